/**
 * Measure one benchmark point in its own process: analyse a corpus folder
 * into Arquero tables and print one JSON line with tokens, bytes, wall time
 * and peak resident memory. Run by run_bench.ts; a fresh process per point
 * keeps the memory figures apart.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { main as analyzeMain } from "../cli/analyze.ts";
import process from "node:process";
import { analyzeCorpus } from "../analyze/analyze_corpus.ts";
import { analyzeBatches } from "../analyze/analyze_batches.ts";

/** Peak resident set size of this process in bytes (Linux VmHWM). */
export function peakRss(): number {
  const status = readFileSync("/proc/self/status", "utf8");
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : Deno.memoryUsage().rss;
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      corpus: { type: "string" },
      workers: { type: "string", default: "1" },
      // memory: every table of the corpus in memory (analyzeCorpus);
      // stream: batches of articles into Arquero tables, each dropped after
      // use (analyzeBatches), as for a corpus larger than memory;
      // cli: `deno task analyze` as a user runs it (default options), into
      // a temporary folder.
      mode: { type: "string", default: "memory" },
      "batch-size": { type: "string", default: "500" },
    },
  });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let tokens = 0, articles = 0, sentences = 0;
  if (values.mode === "cli") {
    const out = Deno.makeTempDirSync();
    const code = await analyzeMain([
      values.corpus!,
      out,
      "--quiet",
      "--workers",
      values.workers,
    ]);
    if (code !== 0) throw new Error(`deno task analyze exited with ${code}`);
    const t = aq.fromArrow(readFileSync(join(out, "tables/articles.arrow")));
    articles = t.numRows();
    tokens = t.rollup({ n: aq.op.sum("n_tokens") }).get("n", 0) as number;
    sentences = t.rollup({ n: aq.op.sum("n_sentences") }).get("n", 0) as number;
    rmSync(out, { recursive: true });
  } else if (values.mode === "stream") {
    for await (
      const b of analyzeBatches(values.corpus!, [], {
        workers: Number(values.workers),
        batchSize: Number(values["batch-size"]),
      })
    ) {
      tokens += b.tables.tokens.numRows();
      articles += b.tables.articles.numRows();
      sentences += b.tables.sentences.numRows();
    }
  } else {
    const tables = await analyzeCorpus(values.corpus!, {
      workers: Number(values.workers),
    });
    tokens = tables.tokens.numRows();
    articles = tables.articles.numRows();
    sentences = tables.sentences.numRows();
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  console.log(JSON.stringify({
    tokens,
    articles,
    sentences,
    seconds,
    // CPU time of the whole process (all threads): steadier than wall time
    // on a loaded machine.
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    peak_rss: peakRss(),
  }));
}
