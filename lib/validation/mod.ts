/**
 * Validation: scoring the pipeline's components on the project's own gold
 * fixtures (tests/fixtures/). Every scorer the tests use lives here, so the
 * tests and the validation notebook measure the same thing.
 *
 * @example Score frame detection on its gold sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import { framePredictions, validateFrames } from "./mod.ts";
 * const v = validateFrames(framePredictions());
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
