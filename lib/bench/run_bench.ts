/**
 * `deno task bench`: the reproducible benchmark.
 *
 * Builds corpora of 1×, 10×, 100× and 1000× the source folder (default
 * corpus/) by recombining its sentences with a fixed seed, runs the full
 * analysis on each in a fresh process, and in the same run measures the
 * regex floor (one Unicode-regex tokenising pass over the same files) and
 * nlp.js German sentiment on the same sentences. At the speed-up size the
 * analysis runs with 1, 2, … N workers (N = cores): the worker curve.
 * Writes outputs/bench/bench.csv, bench.json and bench.svg (log-log plot of
 * time against size).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { benchChart } from "../charts/bench_chart.ts";
import { renderSvg } from "../charts/render.ts";
import { readCorpus } from "../corpus/read_corpus.ts";
import { splitSentences } from "../text/sentences.ts";
import { scaleCorpus } from "./scale_corpus.ts";
import { nlpjsGerman } from "./nlpjs_baseline.ts";
import { regexFloor } from "./regex_floor.ts";

/** Articles per batch and V8 heap cap (MB) of the streaming measurement. */
const STREAM_BATCH = 100;
const STREAM_HEAP_MB = 256;

interface Point {
  size: number;
  workers: number;
  articles: number;
  tokens: number;
  bytes: number;
  seconds: number;
  /** CPU time of the process, all threads. */
  cpu_seconds: number;
  tokens_per_s: number;
  /** Tokens per CPU-second: per-core speed, steadier on a loaded machine. */
  tokens_per_cpu_s: number;
  /** Regex floor on the same files, same run (tokens/s). */
  floor_tokens_per_s: number;
  /** tokens_per_cpu_s as a fraction of the floor. */
  ratio_to_floor: number;
  mb_per_s: number;
  peak_rss_mb: number;
  rss_per_corpus_byte: number;
  /**
   * Peak RSS of `deno task analyze` with its defaults (1 worker): the
   * path a user takes.
   */
  cli_peak_rss_mb: number;
  cli_rss_per_corpus_byte: number;
}

async function measure(dir: string, workers: number, mode = "memory") {
  const cmd = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      // Streaming holds one batch at a time; capping V8's heap makes it
      // collect instead of growing lazily, so RSS shows the live data.
      ...(mode === "stream"
        ? [`--v8-flags=--max-old-space-size=${STREAM_HEAP_MB}`]
        : []),
      // Deno grants /proc/self/status (peak RSS, VmHWM) only with --allow-all.
      "--allow-all",
      new URL("./bench_one.ts", import.meta.url).pathname,
      "--corpus",
      dir,
      "--workers",
      String(workers),
      "--mode",
      mode,
      "--batch-size",
      String(STREAM_BATCH),
    ],
    stderr: "inherit",
  });
  const out = await cmd.output();
  if (!out.success) {
    throw new Error(`Cannot benchmark ${dir}: the measuring process failed`);
  }
  return JSON.parse(new TextDecoder().decode(out.stdout).trim());
}

async function nlpjsRate(sourceDir: string, limitWords: number) {
  const { articles } = readCorpus(sourceDir);
  const sentences = articles.flatMap((a) =>
    a.layout.regions.flatMap((r) =>
      splitSentences(a.text.slice(r.start, r.end)).map((s) => s.text)
    )
  );
  const score = nlpjsGerman();
  let words = 0;
  const t0 = performance.now();
  outer: for (;;) {
    for (const s of sentences) {
      await score(s);
      words += s.split(/\s+/u).length;
      if (words >= limitWords) break outer;
    }
  }
  return words / ((performance.now() - t0) / 1000);
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      source: { type: "string", default: "corpus" },
      sizes: { type: "string", default: "1,10,100,1000" },
      out: { type: "string", default: "outputs/bench" },
      "speedup-size": { type: "string", default: "100" },
      // The worker curve runs 1 … this many workers (default: cores).
      workers: { type: "string" },
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const cores = Number(values.workers ?? navigator.hardwareConcurrency);
  const speedupSize = Number(values["speedup-size"]);
  mkdirSync(values.out, { recursive: true });
  const work = join(values.out, ".corpora");
  const points: Point[] = [];
  for (const size of sizes) {
    const dir = join(work, `${size}x`);
    rmSync(dir, { recursive: true, force: true });
    const scaled = scaleCorpus(values.source, dir, size);
    const floor = regexFloor(dir).tokens_per_s;
    // Memory of the default command, which is what a user meets.
    const cli = (await measure(dir, 1, "cli")).peak_rss as number;
    const curve = size === speedupSize
      ? Array.from({ length: cores }, (_, i) => i + 1)
      : [1];
    for (const workers of curve) {
      const m = await measure(dir, workers);
      const p: Point = {
        size,
        workers,
        articles: m.articles,
        tokens: m.tokens,
        bytes: scaled.bytes,
        seconds: m.seconds,
        cpu_seconds: m.cpu_seconds,
        tokens_per_s: m.tokens / m.seconds,
        tokens_per_cpu_s: m.tokens / m.cpu_seconds,
        floor_tokens_per_s: floor,
        ratio_to_floor: m.tokens / m.cpu_seconds / floor,
        mb_per_s: scaled.bytes / 1e6 / m.seconds,
        peak_rss_mb: m.peak_rss / 1e6,
        rss_per_corpus_byte: m.peak_rss / scaled.bytes,
        cli_peak_rss_mb: cli / 1e6,
        cli_rss_per_corpus_byte: cli / scaled.bytes,
      };
      points.push(p);
      console.error(
        `${String(size).padStart(5)}× ${workers} worker(s): ${
          p.tokens.toLocaleString("en")
        } tokens in ${p.seconds.toFixed(2)} s = ${
          Math.round(p.tokens_per_s).toLocaleString("en")
        } tokens/s (${
          Math.round(p.tokens_per_cpu_s).toLocaleString("en")
        } per CPU-second = ${
          (p.ratio_to_floor * 100).toFixed(1)
        }% of the regex floor, ${
          Math.round(floor).toLocaleString("en")
        } per CPU-second), ${p.mb_per_s.toFixed(2)} MB/s, peak RSS ${
          p.peak_rss_mb.toFixed(0)
        } MB (${
          p.rss_per_corpus_byte.toFixed(1)
        }× corpus, all tables in memory); deno task analyze ${
          p.cli_peak_rss_mb.toFixed(0)
        } MB (${p.cli_rss_per_corpus_byte.toFixed(1)}×)`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
  const nlpjs = await nlpjsRate(values.source, 50_000);
  const ref = points.find((p) => p.size === speedupSize && p.workers === 1) ??
    points[points.length - 1];
  const two = points.find((p) => p.size === speedupSize && p.workers === 2);
  const curve = points.filter((p) => p.size === speedupSize).map((p) => ({
    workers: p.workers,
    tokens_per_s: p.tokens_per_s,
    speedup: ref.seconds / p.seconds,
  }));
  const summary = {
    cores: navigator.hardwareConcurrency,
    nlpjs_words_per_s: nlpjs,
    ratio_vs_nlpjs: ref.tokens_per_s / nlpjs,
    speedup_2_workers: two ? ref.seconds / two.seconds : null,
    worker_curve: curve,
    points,
  };
  console.error(
    `worker curve at ${speedupSize}× (${navigator.hardwareConcurrency} cores): ` +
      curve.map((c) =>
        `${c.workers}: ${
          Math.round(c.tokens_per_s).toLocaleString("en")
        } tokens/s (${c.speedup.toFixed(2)}×)`
      ).join(", "),
  );
  console.error(
    `nlp.js German sentiment: ${
      Math.round(nlpjs).toLocaleString("en")
    } words/s; ` +
      `this pipeline (${ref.size}×, 1 worker) runs at ${
        summary.ratio_vs_nlpjs.toFixed(2)
      }× that speed` +
      (two
        ? `; 2 workers: ${summary.speedup_2_workers!.toFixed(2)}× speed-up`
        : ""),
  );
  writeFileSync(
    join(values.out, "bench.json"),
    JSON.stringify(summary, null, 2) + "\n",
  );
  writeFileSync(join(values.out, "bench.csv"), aq.toCSV(aq.from(points)));
  writeFileSync(
    join(values.out, "bench.svg"),
    renderSvg(benchChart(points.map((p) => ({ ...p, workers: p.workers })))),
  );
}
