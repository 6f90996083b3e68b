/**
 * Framing analysis of conflict reporting in German-language news.
 *
 * A corpus folder (or an array of articles) goes in; Arquero tables of
 * articles, sentences, tokens and the measurements built on them come out.
 * This entry point holds the pipeline, the text functions (`split*`,
 * `find*`, `score*`), the readers and writers, the statistics, the notebook
 * helpers and the charts (as the namespace `charts`; `./charts/mod.ts`
 * exports them one by one).
 *
 * @example Split German text into sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import { splitSentences } from "./mod.ts";
 * const s = splitSentences("Die 4. Infanteriedivision rückt vor. Bagdad wartet.");
 * assert.equal(s.length, 2);
 * ```
 *
 * Other entry points, so that importing this module stays light:
 * - `./charts/mod.ts`: every chart and the data it draws;
 * - `./stats/mod.ts`: every statistic, with the group comparisons (outlets,
 *   periods), permutation tests and bootstrap intervals;
 * - `./validation/mod.ts`: evaluation against gold data (`evaluate*`);
 * - `./danfo.ts`: the danfojs adapter and the Excel workbook writer
 *   (danfojs loads TensorFlow.js, about two seconds);
 * - `./scale.ts`: Parquet shards and DuckDB aggregates.
 *
 * @module
 */

// The pipeline: read, analyse, write.
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
export { readTables } from "./io/read_tables.ts";
// Export files (Nexis, Factiva, CSV, …): formats, options and the article
// type in ./corpus/readers/read_input.ts and ./corpus/readers/types.ts.
export { readInput } from "./corpus/readers/read_input.ts";

// Text.
export {
  type SentenceSpan,
  splitSentences,
  type SplitSentencesOptions,
} from "./text/sentences.ts";
export { normalize, type Token, tokenize } from "./text/tokens.ts";

// Sentiment and tone.
export {
  ruleSentiment,
  scoreSentiment,
  type SentimentLabel,
  type SentimentOptions,
  type SentimentResult,
} from "./sentiment/score_sentiment.ts";
export {
  type RoleEvidence,
  ruleTone,
  scoreTone,
  type ToneResult,
  type ToneRole,
} from "./sentiment/score_tone.ts";
export type {
  AppliedModifier,
  SentimentMatch,
} from "./sentiment/match_terms.ts";
export {
  type LexiconFormat,
  loadSentimentLexicon,
  type SentimentLexicon,
} from "./sentiment/lexicon.ts";
export { sentenceSentiment } from "./sentiment/sentence_sentiment.ts";
export { evidenceTerms } from "./sentiment/evidence_terms.ts";

// Actors, names, quotes, demands.
export {
  type ActorMention,
  findActors,
  type FindActorsOptions,
  type MentionKind,
} from "./actors/find_actors.ts";
export {
  type Actor,
  type ActorType,
  type Gazetteer,
  loadGazetteer,
} from "./actors/gazetteer.ts";
export {
  findNames,
  type FindNamesOptions,
  type FoundName,
  type NameKind,
} from "./actors/find_names.ts";
export {
  findQuotes,
  type FindQuotesOptions,
  type Quote,
} from "./actors/find_quotes.ts";
export { type Demand, findDemands } from "./actors/find_demands.ts";

// Frames and conflicts.
export { type Codebook, type Frame, loadCodebook } from "./frames/codebook.ts";
export {
  findFrames,
  type FindFramesOptions,
  FRAME_THRESHOLD,
  type FrameHit,
} from "./frames/find_frames.ts";
export { classifyFrames } from "./frames/classify_frames.ts";
export type { FrameDecision } from "./frames/frame_model.ts";
export { type Conflict, loadConflicts } from "./conflicts/conflicts_file.ts";
export {
  assignConflicts,
  type AssignConflictsOptions,
  type ConflictAssignment,
} from "./conflicts/assign_conflicts.ts";

// Statistics.
export { actorProminence, type ProminenceOptions } from "./stats/prominence.ts";
export {
  actorCooccurrence,
  type CooccurrenceOptions,
} from "./stats/cooccurrence.ts";
export { type KeynessOptions, textstatKeyness } from "./stats/keyness.ts";
export { kwic, type KwicOptions } from "./stats/kwic.ts";
export { mentionKwic, type MentionKwicOptions } from "./stats/mention_kwic.ts";
export { articlesInConflict } from "./stats/articles_in_conflict.ts";
export { conflictKeyness, keyConflict } from "./stats/conflict_keyness.ts";
export { loadStopwords } from "./stats/stopwords.ts";
export { articleSentiment } from "./stats/article_sentiment.ts";

// Notebooks.
export { type Displayable, html, showTable, text } from "./notebook/display.ts";
export { figure, type FigureOptions } from "./notebook/figure.ts";
export { type NotebookConfig, notebookConfig } from "./notebook/config.ts";
export { articleLabels } from "./notebook/article_labels.ts";
export { formatPercent, formatSigned } from "./notebook/format.ts";

// Charts: `charts.prominenceChart(…)`, or import from `./charts/mod.ts`.
export * as charts from "./charts/mod.ts";
export { type ChartSpec, renderSvg } from "./charts/render.ts";
