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
export type { SplitSentencesOptions } from "./text/sentences.ts";
export {
  type AbbreviationKind,
  loadSentenceRules,
  parseAbbreviations,
  parseSentenceWords,
  type SentenceRules,
  type SentenceWords,
} from "./text/sentence_rules.ts";
export {
  type Codebook,
  type CodebookPaths,
  type Frame,
  type FrameCue,
  loadCodebook,
  parseCodebook,
} from "./frames/codebook.ts";
export {
  findFrames,
  type FindFramesOptions,
  FRAME_THRESHOLD,
  type FrameHit,
} from "./frames/find_frames.ts";
export {
  type CueCallback,
  CueIndex,
  type CueKind,
  type MatchHow,
} from "./text/cue_index.ts";
export {
  type Conflict,
  loadConflicts,
  parseConflicts,
} from "./conflicts/conflicts_file.ts";
export {
  type ArticleConflictRow,
  assignConflicts,
  type AssignConflictsOptions,
  compileConflicts,
  type ConflictAssignment,
  type ConflictEvidence,
  type ConflictIndex,
  type SentenceConflictRow,
} from "./conflicts/assign_conflicts.ts";
