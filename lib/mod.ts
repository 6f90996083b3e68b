/**
 * Framing analysis of conflict reporting in German-language news.
 *
 * A corpus folder (or an array of articles) goes in; Arquero tables of
 * articles, sentences, tokens and the measurements built on them come out.
 *
 * @example Split German text into sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import { splitSentences } from "./mod.ts";
 * const s = splitSentences("Die 4. Infanteriedivision rückt vor. Bagdad wartet.");
 * assert.equal(s.length, 2);
 * ```
 *
 * The danfojs adapter and the Excel workbook writer have their own entry
 * point, `./danfo.ts`: danfojs loads TensorFlow.js, which would add about
 * two seconds to every program that imports this module.
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
  NEUTRAL_BAND,
  scoreSentiment,
  type SentimentLabel,
  type SentimentOptions,
  type SentimentResult,
} from "./sentiment/score_sentiment.ts";
export {
  type RoleEvidence,
  scoreTone,
  type ToneResult,
  type ToneRole,
} from "./sentiment/score_tone.ts";
export type {
  AppliedModifier,
  SentimentMatch,
} from "./sentiment/match_terms.ts";
export {
  type LexiconEntry,
  type LexiconFormat,
  loadSentimentLexicon,
  parseLexicon,
  type SentimentLexicon,
} from "./sentiment/lexicon.ts";
export { type LexiconText, parseSentiWs } from "./sentiment/lexicon_sentiws.ts";
export type { Modifier, ModifierKind } from "./sentiment/modifiers.ts";
export type { PhraseEntry } from "./sentiment/lexicon_builder.ts";
export { parseRauh, type RauhOptions } from "./sentiment/lexicon_rauh.ts";

export { readTables } from "./io/read_tables.ts";
export {
  type Displayable,
  html,
  showTable,
  type ShowTableOptions,
  text,
} from "./notebook/display.ts";
export { figure, type FigureOptions } from "./notebook/figure.ts";
export {
  type NotebookConfig,
  notebookConfig,
  type NotebookConfigOptions,
} from "./notebook/config.ts";
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
  classifyFrames,
  type ClassifyFramesOptions,
} from "./frames/classify_frames.ts";
export {
  decideFrames,
  type FrameDecision,
  type FrameEvidence,
  type FrameModel,
  loadFrameModel,
} from "./frames/frame_model.ts";
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
export { actorProminence, type ProminenceOptions } from "./stats/prominence.ts";
export {
  actorCooccurrence,
  type CooccurrenceOptions,
} from "./stats/cooccurrence.ts";
export {
  chiSquare1Upper,
  keynessG2,
  type KeynessOptions,
  textstatKeyness,
} from "./stats/keyness.ts";
export { kwic, type KwicOptions } from "./stats/kwic.ts";
export { articlesInConflict } from "./stats/articles_in_conflict.ts";
export { loadStopwords, parseStopwords } from "./stats/stopwords.ts";
export {
  actorFrameChart,
  actorFrameData,
  type ActorFrameOptions,
  type ChartOptions,
  type ChartSpec,
  escapeHtml,
  frameProfileChart,
  frameProfileData,
  type FrameProfileOptions,
  frameShareChart,
  frameShareData,
  type FrameShareOptions,
  keynessChart,
  type KeynessChartOptions,
  keynessData,
  kwicHtml,
  kwicTable,
  type KwicTableOptions,
  type LabelledItem,
  type Labels,
  type Lang,
  networkChart,
  networkData,
  type NetworkOptions,
  prominenceChart,
  type ProminenceChartOptions,
  prominenceData,
  renderSvg,
  sentimentArcChart,
  sentimentArcData,
  type SentimentArcOptions,
  toneChart,
  type ToneChartOptions,
  toneData,
  voiceShareChart,
  voiceShareData,
  type VoiceShareOptions,
} from "./charts/mod.ts";
export {
  validationChart,
  type ValidationChartOptions,
  validationData,
} from "./charts/mod.ts";
export {
  accuracy,
  addCounts,
  bootstrapScore,
  carriedFrames,
  confusionTable,
  fixturePath,
  FIXTURES_DIR,
  type FrameGoldRow,
  framePredictions,
  goldBoundaries,
  macroF1,
  type MatchCounts,
  matchCounts,
  type MentionScore,
  parseSentenceGold,
  type Prf,
  prf,
  prfRows,
  proportionRow,
  readFrameGold,
  readSentimentGold,
  readToneGold,
  readTsvFixture,
  scoreBoundaries,
  scoreSeedMentions,
  scoreSentenceMentions,
  sentenceBoundaries,
  type SentenceGoldCase,
  SENTIMENT_LABELS,
  sentimentConfusion,
  type SentimentGoldRow,
  sentimentPredictions,
  type ToneGoldRow,
  tonePredictions,
  validateFrames,
  validateMentions,
  validateSentences,
  type ValidateSentencesOptions,
  validateSentiment,
  validateTone,
  VALIDATION_COLUMNS,
  type ValidationRow,
  validationTable,
  wilsonInterval,
} from "./validation/mod.ts";
export { sentenceSentiment } from "./sentiment/sentence_sentiment.ts";
export {
  type ArticleLabelOptions,
  articleLabels,
} from "./notebook/article_labels.ts";
export { evidenceTerms } from "./sentiment/evidence_terms.ts";
export {
  articleLengthChart,
  articleLengthData,
  type LengthChartOptions,
  sentenceLengthChart,
  sentenceLengthData,
} from "./charts/mod.ts";
export { mentionKwic, type MentionKwicOptions } from "./stats/mention_kwic.ts";
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
  type GazetteerPaths,
  loadGazetteer,
} from "./actors/gazetteer.ts";
export {
  findNames,
  type FindNamesOptions,
  type FoundName,
  type NameKind,
} from "./actors/find_names.ts";
export {
  loadNameLexicon,
  type NameLexicon,
  type NameLexiconPaths,
} from "./actors/name_lexicon.ts";
export {
  findQuotes,
  type FindQuotesOptions,
  type Quote,
} from "./actors/find_quotes.ts";
export {
  loadSpeechCues,
  type SpeechCue,
  type SpeechCues,
} from "./actors/speech_cues.ts";
export {
  frameComparisonChart,
  frameComparisonData,
  type FrameComparisonOptions,
} from "./charts/mod.ts";
export {
  conflictKeyness,
  type ConflictKeynessOptions,
  keyConflict,
} from "./stats/conflict_keyness.ts";
export { type Demand, findDemands } from "./actors/find_demands.ts";
