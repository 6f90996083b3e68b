/**
 * Evaluation: measuring the pipeline's components against gold data (the
 * project's fixtures in tests/fixtures/). Its own entry point, apart from
 * `lib/mod.ts`: "score" there means computing sentiment or tone; here the
 * functions that compare with gold are named `evaluate*`. Every scorer the
 * tests use lives here, so the tests and the validation notebook measure the
 * same thing.
 *
 * The earlier names (`validate*`, `scoreSeedMentions`,
 * `scoreSentenceMentions`, `scoreSentenceNames`, `scoreBoundaries`) stay
 * exported for code written against them; they are the same functions.
 *
 * @example Evaluate frame detection on its gold sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import { evaluateFrames, framePredictions } from "./mod.ts";
 * const v = evaluateFrames(framePredictions());
 * assert.deepEqual(v.array("measure"), ["recall", "false_positive_rate"]);
 * ```
 *
 * @module
 */
export {
  addCounts,
  type MatchCounts,
  matchCounts,
  type Prf,
  prf,
  wilsonInterval,
} from "./prf.ts";
export { accuracy, confusionTable, macroF1 } from "./classes.ts";
export {
  goldBoundaries,
  parseSentenceGold,
  scoreBoundaries,
  sentenceBoundaries,
  type SentenceGoldCase,
} from "./sentence_gold.ts";
export {
  fixturePath,
  FIXTURES_DIR,
  type FrameGoldRow,
  readFrameGold,
  readSentimentGold,
  readToneGold,
  readTsvFixture,
  type SentimentGoldRow,
  type ToneGoldRow,
} from "./fixtures.ts";
export {
  bootstrapScore,
  prfRows,
  proportionRow,
  VALIDATION_COLUMNS,
  type ValidationRow,
  validationTable,
} from "./validation_rows.ts";
export {
  validateSentences,
  type ValidateSentencesOptions,
} from "./validate_sentences.ts";
export {
  SENTIMENT_LABELS,
  sentimentConfusion,
  sentimentPredictions,
  validateSentiment,
} from "./validate_sentiment.ts";
export { tonePredictions, validateTone } from "./validate_tone.ts";
export {
  carriedFrames,
  framePredictions,
  validateFrames,
} from "./validate_frames.ts";
export {
  type MentionScore,
  type NameScore,
  scoreSeedMentions,
  scoreSentenceMentions,
  scoreSentenceNames,
  validateMentions,
} from "./validate_mentions.ts";

export { scoreBoundaries as evaluateBoundaries } from "./sentence_gold.ts";
export { validateSentences as evaluateSentences } from "./validate_sentences.ts";
export { validateSentiment as evaluateSentiment } from "./validate_sentiment.ts";
export { validateTone as evaluateTone } from "./validate_tone.ts";
export { validateFrames as evaluateFrames } from "./validate_frames.ts";
export {
  scoreSeedMentions as evaluateSeedMentions,
  scoreSentenceMentions as evaluateSentenceMentions,
  scoreSentenceNames as evaluateSentenceNames,
  validateMentions as evaluateMentions,
} from "./validate_mentions.ts";
export {
  type AccuracyRecord,
  type RecordClass,
  type RecordMetric,
} from "./accuracy_record.ts";
export {
  ACCURACY_DIR,
  baselineTable,
  checkAccuracyRecord,
  devAccuracyTable,
  isCrossValidated,
  perClassTable,
  readAccuracyRecords,
} from "./dev_accuracy.ts";
