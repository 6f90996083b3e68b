/**
 * Framing analysis of conflict reporting in German-language news.
 *
 * A corpus folder (or an array of articles) goes in; Arquero tables of
 * articles, sentences, tokens and the measurements built on them come out.
 *
 * @example Split German text into sentences
 * ```ts
 * import { splitSentences } from "./mod.ts";
 * const s = splitSentences("Die 4. Infanteriedivision rückt vor. Bagdad wartet.");
 * console.assert(s.length === 2);
 * ```
 *
 * @module
 */
export { type SentenceSpan, splitSentences } from "./text/sentences.ts";
export { normalize, type Token, tokenize } from "./text/tokens.ts";
export {
  analyzeCorpus,
  type AnalyzeOptions,
  type CorpusTables,
} from "./analyze/analyze_corpus.ts";
export type { ArticleInput } from "./corpus/article.ts";
export {
  CorpusError,
  type CorpusProblem,
  formatProblem,
} from "./corpus/problems.ts";
export { readCorpus } from "./corpus/read_corpus.ts";
export { writeTables } from "./io/write_tables.ts";
export {
  type DanfoDtype,
  danfoDtype,
  fromDanfo,
  type FromDanfoOptions,
  toDanfo,
} from "./io/danfo.ts";
export {
  FRAMING_WORKBOOK_TABLES,
  workbookBytes,
  writeFramingWorkbook,
  writeWorkbook,
} from "./io/write_excel.ts";
