/**
 * The statistics: every measure the notebooks compute over the pipeline's
 * tables, and the tests and intervals behind group comparisons. `lib/mod.ts`
 * re-exports the measures most programs use (prominence, co-occurrence,
 * keyness, keywords in context, per-article sentiment); this entry point
 * adds the group comparisons (outlets, periods), permutation tests,
 * bootstrap intervals and the false-discovery-rate adjustment.
 *
 * @example Compare two shares with a permutation test
 * ```ts
 * import assert from "node:assert/strict";
 * import { benjaminiHochberg } from "./mod.ts";
 * assert.deepEqual(benjaminiHochberg([0.01, 0.04]), [0.02, 0.04]);
 * ```
 *
 * @module
 */
export { actorProminence, type ProminenceOptions } from "./prominence.ts";
export { actorCooccurrence, type CooccurrenceOptions } from "./cooccurrence.ts";
export {
  chiSquare1Upper,
  keynessG2,
  type KeynessOptions,
  textstatKeyness,
} from "./keyness.ts";
export { kwic, type KwicOptions } from "./kwic.ts";
export { mentionKwic, type MentionKwicOptions } from "./mention_kwic.ts";
export { articlesInConflict } from "./articles_in_conflict.ts";
export {
  conflictKeyness,
  type ConflictKeynessOptions,
  keyConflict,
} from "./conflict_keyness.ts";
export { loadStopwords, parseStopwords } from "./stopwords.ts";
export { articleSentiment } from "./article_sentiment.ts";
export {
  cooccurrenceNetwork,
  type CooccurrenceNetworkOptions,
} from "./cooccurrence_network.ts";
export { voiceShare, type VoiceShareCountOptions } from "./voice_share.ts";
export { type FrameShareCountOptions, frameShares } from "./frame_shares.ts";
export { type ActorFrameCountOptions, actorFrames } from "./actor_frames.ts";
export {
  sentimentArc,
  type SentimentArcCountOptions,
} from "./sentiment_arc.ts";
export {
  adjustAcross,
  ALL_ACTORS,
  type ArticleGrouping,
  type ComparedMeasure,
  compareGroups,
  type ComparisonRow,
  frameUnits,
  groupArticles,
  groupPairs,
  groupTable,
  measureByGroup,
  prominenceByGroup,
  prominenceUnits,
  stateComparison,
  toneUnits,
  topItems,
} from "./group_compare.ts";
export { benjaminiHochberg } from "./fdr.ts";
export {
  bootstrapRatio,
  type PermutationOptions,
  type PermutationResult,
  permutationTest,
  type RatioInterval,
  type RatioUnit,
} from "./permutation.ts";
export { choosePeriodUnit, periodOf, type PeriodUnit } from "./periods.ts";
export {
  bootstrapClusterMean,
  bootstrapCounts,
  bootstrapMean,
  type BootstrapOptions,
  bootstrapStatistic,
  type CountUnit,
  type MeanInterval,
  type StatInterval,
} from "./bootstrap.ts";
