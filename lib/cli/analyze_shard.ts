/**
 * `deno task analyze --shard I/N`: analyse one shard of a corpus and write
 * its article-level tables as Parquet into `<outputs>/shards/I/` (see
 * lib/analyze/shard_files.ts); `deno task merge` then builds the corpus
 * tables from all shards.
 *
 * @module
 */
import { analyzeBatches } from "../analyze/analyze_batches.ts";
import type { ShardSpec } from "../analyze/shard.ts";
import { shardDir, writeShardInfo } from "../analyze/shard_files.ts";
import { type CorpusProblem, formatProblem } from "../corpus/problems.ts";
import { replaceDirAtomically } from "../io/atomic_dir.ts";
import { writeParquetShard } from "../io/parquet_shards.ts";
import type { Progress } from "./progress.ts";

/** Options of one shard's run. */
export interface ShardRunOptions {
  strict: boolean;
  workers: number;
  batchSize: number;
  quiet: boolean;
  progress: Progress;
  /** Tables not to write (see analyze.ts, --tables). */
  leaveOut: string[];
  /** Longest article file read, in bytes (see analyze.ts). */
  maxArticleBytes?: number;
  /** Input format and columns of an export file (see analyze.ts). */
  format?: string;
  columns?: string;
}

/** Analyse shard `shard` of `corpus` into `<out>/shards/<I>/`; exit code. */
export async function analyzeShard(
  corpus: string,
  out: string,
  shard: ShardSpec,
  options: ShardRunOptions,
): Promise<number> {
  const problems: CorpusProblem[] = [];
  const dir = shardDir(out, shard.index);
  const summary = { articles: 0, tokens: 0 };
  await replaceDirAtomically(dir, async (tmp) => {
    const positions: number[] = [];
    for await (
      const batch of analyzeBatches(corpus, problems, {
        strict: options.strict,
        workers: options.workers,
        batchSize: options.batchSize,
        shard,
        leaveOut: options.leaveOut,
        maxArticleBytes: options.maxArticleBytes,
        format: options.format,
        columns: options.columns,
        onArticle: (a) => {
          options.progress.tick(a.tokens);
          summary.tokens += a.tokens;
        },
      })
    ) {
      writeParquetShard(batch.tables, tmp, batch.index);
      for (const p of batch.positions) positions.push(p);
      summary.articles += batch.tables.articles.numRows();
    }
    options.progress.done();
    writeShardInfo(tmp, { ...shard, corpus, positions, problems });
  });
  for (const p of problems) console.error(formatProblem(p));
  if (!options.quiet) {
    console.error(
      `shard ${shard.index}/${shard.count}: analysed ${summary.articles} article(s), ${summary.tokens} tokens → ${dir}`,
    );
  }
  return 0;
}
