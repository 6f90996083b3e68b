/**
 * Sentence sentiment for German news: lexicon terms plus rules (see
 * match_terms.ts), summed and squashed into [-1, 1], then labelled with a
 * neutral band.
 *
 * @module
 */
import { tokenize } from "../text/tokens.ts";
import { loadSentimentLexicon } from "./lexicon.ts";
import type { SentimentLexicon } from "./lexicon_builder.ts";
import { matchTerms, type SentimentMatch } from "./match_terms.ts";

/** The three sentiment classes. */
export type SentimentLabel = "positive" | "negative" | "neutral";

/** Result of {@linkcode scoreSentiment}. */
export interface SentimentResult {
  /** raw / sqrt(raw² + {@linkcode SQUASH}), where raw is the sum of match values; in (-1, 1). */
  score: number;
  /** `neutral` when |score| is inside the neutral band. */
  label: SentimentLabel;
  /** Sum of the positive match values (≥ 0). */
  positive: number;
  /** Sum of the negative match values (≤ 0). */
  negative: number;
  /** Every matched term, with offsets, weight and the rules applied. */
  matches: SentimentMatch[];
}

/** Options for {@linkcode scoreSentiment}. */
export interface SentimentOptions {
  /**
   * The lexicon (from {@linkcode loadSentimentLexicon}).
   * @default the shipped lexicon, lib/data/sentiment_lexicon.tsv
   */
  lexicon?: SentimentLexicon;
  /**
   * Scores with |score| below this are neutral.
   * @default NEUTRAL_BAND
   */
  neutralBand?: number;
}

/**
 * Half-width of the neutral band. Most news sentences are neutral; a single
 * mild term ("Konflikt" -0.4, "Verhandlungen" +0.2) must not make a
 * sentence negative or positive, while one clear term ("Anschlag" -0.8,
 * "Erfolg" +0.7) or two mild ones must. Tuned on the dev half of
 * tests/fixtures/sentiment_gold.tsv (see README, Sentiment).
 *
 * @example A narrower band for a corpus with more polar language
 * ```ts
 * import assert from "node:assert/strict";
 * import { NEUTRAL_BAND, scoreSentiment } from "../mod.ts";
 * const text = "Die Verhandlungen werden fortgesetzt.";
 * assert.equal(scoreSentiment(text).label, "neutral");
 * assert.ok(NEUTRAL_BAND > 0.15);
 * assert.equal(scoreSentiment(text, { neutralBand: 0.15 }).label, "positive");
 * ```
 */
export const NEUTRAL_BAND = 0.25;

/** Squashing constant: a raw sum of ±1 gives a score of about ±0.7. */
export const SQUASH = 1;

/** Squash a raw sum into (-1, 1). */
export function squash(raw: number): number {
  return raw / Math.sqrt(raw * raw + SQUASH);
}

/** Label a score with the neutral band. */
export function labelScore(
  score: number,
  band: number = NEUTRAL_BAND,
): SentimentLabel {
  return score >= band ? "positive" : score <= -band ? "negative" : "neutral";
}

/** Sum match values into a result. */
export function summarize(
  matches: SentimentMatch[],
  band: number = NEUTRAL_BAND,
): SentimentResult {
  let positive = 0, negative = 0;
  for (const m of matches) {
    if (m.value > 0) positive += m.value;
    else negative += m.value;
  }
  const score = squash(positive + negative);
  return {
    score,
    label: labelScore(score, band),
    positive,
    negative,
    matches,
  };
}

/**
 * Score the sentiment of German text (usually one sentence).
 *
 * @example A negated positive term turns negative
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreSentiment } from "../mod.ts";
 * const r = scoreSentiment("Die Gespräche brachten nicht den erhofften Durchbruch.");
 * assert.equal(r.label, "negative");
 * assert.equal(r.matches[0].modifiers[0].kind, "negated");
 * ```
 *
 * @example Most news sentences are neutral
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreSentiment } from "../mod.ts";
 * assert.equal(scoreSentiment("Die Sitzung wurde auf Dienstag verschoben.").label, "neutral");
 * ```
 */
export function scoreSentiment(
  text: string,
  options: SentimentOptions = {},
): SentimentResult {
  const lex = options.lexicon ?? loadSentimentLexicon();
  const { matches } = matchTerms(text, tokenize(text), lex);
  return summarize(
    matches.map(publicMatch),
    options.neutralBand ?? NEUTRAL_BAND,
  );
}

/** Drop the token bookkeeping of a located match. */
export function publicMatch(m: SentimentMatch): SentimentMatch {
  return {
    term: m.term,
    entry: m.entry,
    start: m.start,
    end: m.end,
    weight: m.weight,
    value: m.value,
    pos: m.pos,
    modifiers: m.modifiers,
  };
}
