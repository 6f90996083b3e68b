/**
 * Analyse a corpus in batches of articles, for corpora larger than memory:
 * each batch becomes a set of Arquero tables, is handed to the caller (to be
 * written as Parquet shards, say) and then dropped, so memory stays bounded
 * by the batch size, not the corpus size.
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import { join } from "node:path";
import { corpusRoot, readInput } from "../corpus/readers/read_input.ts";
import type { ArticleInput } from "../corpus/article.ts";
import { CorpusError, type CorpusProblem } from "../corpus/problems.ts";
import type { ArticleSummary, ChunkResult } from "./analyze_chunk.ts";
import { articleSource } from "./article_source.ts";
import { concatParts, toTables } from "./merge.ts";
import type { AnalyzeOptions } from "./options.ts";
import { analyzeStream } from "./article_stream.ts";
import { loadResources, resourcePaths } from "./resources.ts";
import { shardOf, type ShardSpec } from "./shard.ts";
import type { PendingArticle } from "./analyze_chunk.ts";

/** Options for {@linkcode analyzeBatches}. */
export interface BatchOptions extends AnalyzeOptions {
  /** Articles read per batch. @default 500 */
  batchSize?: number;
  /**
   * Tables not to build into batches, e.g. `["tokens"]`: the token table
   * is most of the memory of a run (see README, Performance).
   * @default []
   */
  leaveOut?: string[];
  /** Called after each article, e.g. to draw progress. */
  onArticle?: (article: ArticleSummary) => void;
  /**
   * Analyse only the articles of this shard (see shard.ts). Every article
   * is still read, so problems and positions are those of the whole corpus;
   * a shard that gets no article yields no batch instead of failing.
   */
  shard?: ShardSpec;
}

/** One batch of per-article tables. */
export interface Batch {
  /** 0-based batch number. */
  index: number;
  /** The batch's tables (built on first read). */
  readonly tables: Record<string, Table>;
  /**
   * The chunks the batch is made of, in order: what a consumer that only
   * stores the rows (see table_spill.ts) uses instead of `tables`, without
   * decoding what workers sent.
   */
  chunks: ChunkResult[];
  /**
   * For each row of the batch's articles table, the article's position
   * among the readable articles of the whole corpus (0-based): what puts
   * the rows of several shards back in corpus order.
   */
  positions: number[];
}

/** Articles per chunk sent to a worker (or analysed in this thread). */
const CHUNK = 32;

/**
 * Yield the per-article tables (articles, sentences, tokens, mentions, …)
 * batch by batch, in corpus order; a batch holds the articles of
 * `batchSize` consecutive readable articles (less any whose analysis
 * failed). Corpus-level tables (aggregates over all articles) are not built
 * here: compute them over the written shards (see lib/io/duckdb_shards.ts)
 * or use {@linkcode analyzeCorpus}. `problems` receives every input problem
 * found.
 */
export async function* analyzeBatches(
  input: string | ArticleInput[],
  problems: CorpusProblem[],
  options: BatchOptions = {},
): AsyncGenerator<Batch> {
  const size = Math.max(1, options.batchSize ?? 500);
  // Loaded once here and (with workers) once per worker. Resources load on
  // first use; loading up front makes a bad data file fail the run at once,
  // with its own message, rather than every article. With workers this
  // thread only reads articles: it needs the boilerplate rules and
  // conflicts, and the workers load the rest.
  const resources = loadResources(options);
  if ((options.workers ?? 1) <= 1) Object.values(resources);
  else void [resources.boilerplate, resources.conflicts];
  let pending: ChunkResult[] = [];
  let pendingPositions: number[] = [];
  // Positions of the articles sent and not yet back, in order.
  const sentPositions: number[] = [];
  let readAll = 0;
  const shard = options.shard;
  function* ofShard(items: Iterable<PendingArticle>) {
    for (const item of items) {
      const position = readAll++;
      if (shard && shardOf(item.article.id, shard.count) !== shard.index) {
        continue;
      }
      sentPositions.push(position);
      yield item;
    }
  }
  // A batch in which every article failed has no tables and is not yielded.
  const flush = (): Batch | null => {
    const chunks = pending;
    const positions = pendingPositions;
    pending = [];
    pendingPositions = [];
    if (positions.length === 0) return null;
    let tables: Record<string, Table> | undefined;
    return {
      index: index++,
      chunks,
      positions,
      get tables() {
        return tables ??= toTables(
          concatParts(chunks.flatMap((c) => c.parts ?? [c.tables])),
        );
      },
    };
  };
  let read = 0;
  let index = 0;
  let total = 0;
  // Export files and folders without manifest are read here, up front;
  // a folder with manifest.csv is read lazily, article by article.
  const source = typeof input === "string"
    ? (await readInput(input, problems, options)) ?? input
    : input;
  for await (
    const chunk of analyzeStream(
      ofShard(articleSource(source, resources, problems, options)),
      resources,
      {
        workers: options.workers,
        paths: resourcePaths(options),
        chunkSize: CHUNK,
        leaveOut: options.leaveOut,
        boundary: size,
        stages: options.stages,
      },
    )
  ) {
    for (const a of chunk.articles) {
      options.onArticle?.(a);
      read++;
      const position = sentPositions.shift()!;
      if (a.error === undefined) {
        total++;
        pendingPositions.push(position);
        continue;
      }
      problems.push({
        file: a.file
          ? (typeof input === "string"
            ? join(corpusRoot(input), a.file)
            : a.file)
          : `article "${a.article_id}"`,
        line: null,
        severity: "error",
        message:
          `the analysis of article "${a.article_id}" failed: ${a.error}; it was skipped (a bug in the library: please report it with the article)`,
      });
      if (options.strict) {
        throw new CorpusError(
          problems,
          "Cannot analyse the corpus (strict mode)",
        );
      }
    }
    pending.push(chunk);
    if (read % size === 0) {
      const batch = flush();
      if (batch) yield batch;
    }
  }
  const last = flush();
  if (last) yield last;
  if (options.strict && problems.some((p) => p.severity === "error")) {
    throw new CorpusError(problems, "Cannot analyse the corpus (strict mode)");
  }
  if (total === 0 && !(shard && readAll > 0)) {
    throw new CorpusError(
      problems,
      "Cannot analyse the corpus: no article could be read",
    );
  }
}
