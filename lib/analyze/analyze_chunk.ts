/**
 * A chunk of consecutive articles analysed into one set of columns per
 * table: the unit a worker analyses and sends back, and the unit the main
 * thread concatenates. Chunking keeps per-article objects off the message
 * channel and the merge.
 *
 * @module
 */
import type { Article } from "../corpus/article.ts";
import { analyzeToResultSafely, type TablePart } from "./article_result.ts";
import { concatParts } from "./merge.ts";
import type { EncodedTable } from "./columns_ipc.ts";
import type { Resources } from "./resources.ts";
import type { ArticleStage } from "./stages/types.ts";

/** An article and the notes reading it produced. */
export interface PendingArticle {
  article: Article;
  notes: string[];
}

/** What the caller learns about each article of a chunk. */
export interface ArticleSummary {
  article_id: string;
  /** The article's file ("" for in-memory input), for the report. */
  file: string;
  /** Rows it added to the token table. */
  tokens: number;
  /** Rows it added to the sentence table. */
  sentences: number;
  /** Set when its analysis threw: the reason; it added no rows. */
  error?: string;
}

/** The rows of a chunk of articles, in article order. */
export interface ChunkResult {
  /** The chunk's tables, its articles' rows concatenated (see parts). */
  readonly tables: Record<string, TablePart>;
  /**
   * The per-article tables the chunk is made of, in order, when it was
   * analysed in this thread: a batch of many chunks concatenates these
   * once, rather than the chunks' concatenations a second time (the
   * second copy was 4% of the run's allocations, profiled at 400×).
   */
  parts?: Record<string, TablePart>[];
  articles: ArticleSummary[];
  /**
   * The same tables as a worker sent them (Arrow IPC), when they came from
   * one: a consumer that only stores them (a spill) need not decode them.
   */
  encoded?: Record<string, EncodedTable>;
}

/**
 * Analyse `items` in order; an article that throws is reported, not fatal.
 * Tables named in `leaveOut` are dropped before they are merged or sent.
 */
export function analyzeChunk(
  items: readonly PendingArticle[],
  resources: Resources,
  leaveOut: readonly string[] = [],
  stages?: readonly ArticleStage[],
): ChunkResult {
  const parts: Record<string, TablePart>[] = [];
  const articles: ArticleSummary[] = [];
  for (const { article, notes } of items) {
    const r = analyzeToResultSafely(article, resources, notes, stages);
    articles.push({
      article_id: r.article_id,
      file: article.file,
      tokens: r.tables.tokens?.columns.start.length ?? 0,
      sentences: r.tables.sentences?.columns.sentence_id.length ?? 0,
      ...(r.error !== undefined ? { error: r.error } : {}),
    });
    if (r.error === undefined) {
      for (const name of leaveOut) delete r.tables[name];
      parts.push(r.tables);
    }
  }
  return {
    articles,
    parts,
    // Concatenated on each read, not kept: a consumer that reads it once
    // (a worker sending it, a spill writing it) would otherwise hold the
    // rows twice, with the parts, until the batch is dropped.
    get tables() {
      return concatParts(parts);
    },
  };
}

/** The result of a chunk that could not be analysed at all. */
export function failedChunk(
  items: readonly { id: string; file: string }[],
  message: string,
): ChunkResult {
  return {
    tables: {},
    articles: items.map((a) => ({
      article_id: a.id,
      file: a.file,
      tokens: 0,
      sentences: 0,
      error: message,
    })),
  };
}
