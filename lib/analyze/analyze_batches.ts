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
import { articleSource } from "./article_source.ts";
import { mergeResults, toTables } from "./merge.ts";
import type { AnalyzeOptions } from "./options.ts";
import type { ArticleResult } from "./article_result.ts";
import { analyzeStream } from "./article_stream.ts";
import { loadResources, resourcePaths } from "./resources.ts";

/** Options for {@linkcode analyzeBatches}. */
export interface BatchOptions extends AnalyzeOptions {
  /** Articles per batch. @default 500 */
  batchSize?: number;
  /** Called after each article, e.g. to draw progress. */
  onArticle?: (result: ArticleResult) => void;
}

/** One batch of per-article tables. */
export interface Batch {
  /** 0-based batch number. */
  index: number;
  tables: Record<string, Table>;
}

/**
 * Yield the per-article tables (articles, sentences, tokens, mentions, …)
 * batch by batch, in corpus order. Corpus-level tables (aggregates over all
 * articles) are not built here: compute them over the written shards (see
 * lib/io/duckdb_shards.ts) or use {@linkcode analyzeCorpus}.
 * `problems` receives every input problem found.
 */
export async function* analyzeBatches(
  input: string | ArticleInput[],
  problems: CorpusProblem[],
  options: BatchOptions = {},
): AsyncGenerator<Batch> {
  const size = Math.max(1, options.batchSize ?? 500);
  // Loaded once here and (with workers) once per worker.
  const resources = loadResources(options);
  let pending: ArticleResult[] = [];
  let index = 0;
  let total = 0;
  // Export files and folders without manifest are read here, up front;
  // a folder with manifest.csv is read lazily, article by article.
  const source = typeof input === "string"
    ? (await readInput(input, problems, options)) ?? input
    : input;
  for await (
    const r of analyzeStream(
      articleSource(source, resources, problems, options),
      resources,
      {
        workers: options.workers,
        paths: resourcePaths(options),
        stages: options.stages,
      },
    )
  ) {
    options.onArticle?.(r);
    if (r.error !== undefined) {
      problems.push({
        file: r.file
          ? (typeof input === "string"
            ? join(corpusRoot(input), r.file)
            : r.file)
          : `article "${r.article_id}"`,
        line: null,
        severity: "error",
        message:
          `the analysis of article "${r.article_id}" failed: ${r.error}; it was skipped (a bug in the library: please report it with the article)`,
      });
      if (options.strict) {
        throw new CorpusError(
          problems,
          "Cannot analyse the corpus (strict mode)",
        );
      }
      continue;
    }
    pending.push(r);
    total++;
    if (pending.length === size) {
      yield { index: index++, tables: toTables(mergeResults(pending)) };
      pending = [];
    }
  }
  if (pending.length) {
    yield { index: index++, tables: toTables(mergeResults(pending)) };
  }
  if (options.strict && problems.some((p) => p.severity === "error")) {
    throw new CorpusError(problems, "Cannot analyse the corpus (strict mode)");
  }
  if (total === 0) {
    throw new CorpusError(
      problems,
      "Cannot analyse the corpus: no article could be read",
    );
  }
}
