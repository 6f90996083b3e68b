/**
 * Measure one benchmark point in its own process: analyse a corpus folder
 * into Arquero tables and print one JSON line with tokens, bytes, wall time
 * and peak resident memory. Run by run_bench.ts; a fresh process per point
 * keeps the memory figures apart.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import process from "node:process";
import { analyzeCorpus } from "../analyze/analyze_corpus.ts";

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
    },
  });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const tables = await analyzeCorpus(values.corpus!, {
    workers: Number(values.workers),
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const tokens = tables.tokens.numRows();
  console.log(JSON.stringify({
    tokens,
    articles: tables.articles.numRows(),
    sentences: tables.sentences.numRows(),
    seconds,
    // CPU time of the whole process (all threads): steadier than wall time
    // on a loaded machine.
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    peak_rss: peakRss(),
  }));
}
