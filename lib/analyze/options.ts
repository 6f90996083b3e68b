/**
 * Options of the corpus analysis, shared by analyzeCorpus and
 * analyzeBatches.
 *
 * @module
 */
import type { ResourcePaths } from "./resources.ts";
import type { ArticleStage, CorpusStage } from "./stages/types.ts";

/** Options for {@linkcode analyzeCorpus}. */
export interface AnalyzeOptions extends ResourcePaths {
  /**
   * Stop at the first bad article or manifest row instead of reporting it
   * and analysing the rest.
   * @default false
   */
  strict?: boolean;
  /**
   * Number of Web Workers analysing articles in parallel; the tables are
   * identical for any number. Workers need Deno (not Node.js).
   * @default 1
   */
  workers?: number;
  /**
   * Article files longer than this many bytes are skipped with an error
   * naming them (`--max-article-mb`).
   * @default 20 MB
   */
  maxArticleBytes?: number;
  /**
   * Input format of a corpus path that is not a folder with `manifest.csv`
   * (`csv`, `tsv`, `jsonl`, `json`, `parquet`, `nexis`, `factiva-html`,
   * `factiva-text`, `html`, `txt`).
   * @default chosen by file extension
   */
  format?: string;
  /**
   * Columns of CSV/TSV/JSON/Parquet input, as `text=body,date=published_at`
   * or an object; common names are recognised without it (README, Your own
   * corpus).
   */
  columns?: string | Partial<Record<string, string>>;
  /**
   * The article stages to run instead of the registered ones (only in this
   * thread: stages are code and cannot be sent to workers).
   * @default ARTICLE_STAGES
   */
  stages?: readonly ArticleStage[];
  /** The corpus stages to run. @default CORPUS_STAGES */
  corpusStages?: readonly CorpusStage[];
}
