/**
 * `deno task bench`: the reproducible benchmark.
 *
 * Builds corpora of 1×, 10×, 100× and 1000× the source folder (default
 * corpus/) by recombining its sentences with a fixed seed, runs the full
 * analysis on each in a fresh process (1 worker, and 2 workers for the
 * speed-up), and times nlp.js German sentiment on the same sentences.
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
  tokens_per_s: number;
  mb_per_s: number;
  peak_rss_mb: number;
  rss_per_corpus_byte: number;
  /** Peak RSS of the streaming run (batches of 100 articles, dropped). */
  stream_peak_rss_mb: number;
  stream_rss_per_corpus_byte: number;
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
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const speedupSize = Number(values["speedup-size"]);
  mkdirSync(values.out, { recursive: true });
  const work = join(values.out, ".corpora");
  const points: Point[] = [];
  for (const size of sizes) {
    const dir = join(work, `${size}x`);
    rmSync(dir, { recursive: true, force: true });
    const scaled = scaleCorpus(values.source, dir, size);
    // Memory of the streaming path, which is what bounds a large corpus.
    const stream = (await measure(dir, 1, "stream")).peak_rss as number;
    for (const workers of size === speedupSize ? [1, 2] : [1]) {
      const m = await measure(dir, workers);
      const p: Point = {
        size,
        workers,
        articles: m.articles,
        tokens: m.tokens,
        bytes: scaled.bytes,
        seconds: m.seconds,
        tokens_per_s: m.tokens / m.seconds,
        mb_per_s: scaled.bytes / 1e6 / m.seconds,
        peak_rss_mb: m.peak_rss / 1e6,
        rss_per_corpus_byte: m.peak_rss / scaled.bytes,
        stream_peak_rss_mb: stream / 1e6,
        stream_rss_per_corpus_byte: stream / scaled.bytes,
      };
      points.push(p);
      console.error(
        `${String(size).padStart(5)}× ${workers} worker(s): ${
          p.tokens.toLocaleString("en")
        } tokens in ${p.seconds.toFixed(2)} s = ${
          Math.round(p.tokens_per_s).toLocaleString("en")
        } tokens/s, ${p.mb_per_s.toFixed(2)} MB/s, peak RSS ${
          p.peak_rss_mb.toFixed(0)
        } MB (${p.rss_per_corpus_byte.toFixed(1)}× corpus); streaming ${
          p.stream_peak_rss_mb.toFixed(0)
        } MB (${p.stream_rss_per_corpus_byte.toFixed(1)}×)`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
  const nlpjs = await nlpjsRate(values.source, 50_000);
  const ref = points.find((p) => p.size === speedupSize && p.workers === 1) ??
    points[points.length - 1];
  const two = points.find((p) => p.size === speedupSize && p.workers === 2);
  const summary = {
    nlpjs_words_per_s: nlpjs,
    ratio_vs_nlpjs: ref.tokens_per_s / nlpjs,
    speedup_2_workers: two ? ref.seconds / two.seconds : null,
    points,
  };
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
