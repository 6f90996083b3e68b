/**
 * Options of the corpus analysis, shared by analyzeCorpus and
 * analyzeBatches.
 *
 * @module
 */
import type { ResourcePaths } from "./resources.ts";

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
}
