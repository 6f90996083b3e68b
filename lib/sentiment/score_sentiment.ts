/**
 * Sentence sentiment for German news: a multinomial logistic model (weights
 * in lib/data/sentiment_sentence_weights.tsv, fitted by `deno task train`
 * on GerNTSA) over the lexicon terms with their rules (see
 * match_terms.ts), word stems and pairs, and context features (see
 * sentence_features.ts). The result lists the terms that drove the
 * decision with their learned contributions.
 *
 * @module
 */
import { tokenize } from "../text/tokens.ts";
import { loadSentimentLexicon } from "./lexicon.ts";
import type { SentimentLexicon } from "./lexicon_builder.ts";
import {
  type MatchedTokens,
  matchTerms,
  publicMatch,
  type SentimentMatch,
} from "./match_terms.ts";
import { sentenceFeatures } from "./sentence_features.ts";
import {
  contributions,
  explainMatches,
  loadSentimentModel,
  predictSentiment,
  SENTENCE_WEIGHTS,
  type SentimentLabel,
} from "./sentiment_model.ts";

export { publicMatch };

export type { SentimentLabel };

/** Result of {@linkcode scoreSentiment}. */
export interface SentimentResult {
  /**
   * The model's signed confidence: P(positive) − P(negative), in (-1, 1).
   * (Rule-based results from {@linkcode summarize}: the squashed sum of
   * the match values.)
   */
  score: number;
  /** The most probable class (or, with `neutralBand` given, by the band). */
  label: SentimentLabel;
  /** Sum of the positive lexicon match values (≥ 0). */
  positive: number;
  /** Sum of the negative lexicon match values (≤ 0). */
  negative: number;
  /**
   * The terms behind the decision, in text order: every lexicon match
   * (offsets, lexicon weight, value after the rules, rules applied) with
   * `learned`, its contribution to the model's log-odds of positive over
   * negative, and the non-lexicon words the model weighed most
   * (`entry` "", `learned` only).
   */
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
   * Label by the score instead of the most probable class: |score| below
   * this is neutral. @default undefined (most probable class)
   */
  neutralBand?: number;
}

/**
 * Half-width of the neutral band of the rule-based {@linkcode summarize}
 * (the lexicon-rules baseline of `deno task train`): one clear term
 * ("Anschlag" -0.8) makes a sentence polar, a single mild one does not.
 *
 * @example A band instead of the most probable class
 * ```ts
 * import assert from "node:assert/strict";
 * import { NEUTRAL_BAND, scoreSentiment } from "../mod.ts";
 * const r = scoreSentiment("Die Verhandlungen werden fortgesetzt.");
 * const wide = scoreSentiment("Die Verhandlungen werden fortgesetzt.", { neutralBand: 0.99 });
 * assert.equal(wide.label, "neutral");
 * assert.equal(wide.score, r.score);
 * assert.ok(NEUTRAL_BAND > 0);
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

/** Rule-based result: match values summed, squashed and labelled by the band. */
export function summarize(
  matches: SentimentMatch[],
  band: number = NEUTRAL_BAND,
): SentimentResult {
  const { positive, negative } = sums(matches);
  const score = squash(positive + negative);
  return {
    score,
    label: labelScore(score, band),
    positive,
    negative,
    matches,
  };
}

/** Sums of the positive and negative match values. */
export function sums(
  matches: readonly SentimentMatch[],
): { positive: number; negative: number } {
  let positive = 0, negative = 0;
  for (const m of matches) {
    if (m.value > 0) positive += m.value;
    else negative += m.value;
  }
  return { positive, negative };
}

/**
 * The lexicon rules alone (the scorer before the learned model, and its
 * baseline): the values of the matched terms after the modifier rules,
 * summed, squashed into (-1, 1) and labelled with the neutral band.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ruleSentiment } from "./score_sentiment.ts";
 * const r = ruleSentiment("Die Gespräche brachten nicht den erhofften Durchbruch.");
 * assert.equal(r.label, "negative");
 * assert.equal(r.matches[0].modifiers[0].kind, "negated");
 * ```
 */
export function ruleSentiment(
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

/**
 * Classify the tokens `[from, to)` of matched tokens with the sentence
 * model (the sentiment of a sentence of an analysed article).
 */
export function sentenceFromMatches(
  mt: MatchedTokens,
  neutralBand?: number,
  from = 0,
  to = mt.tokens.length,
): SentimentResult {
  const model = loadSentimentModel(SENTENCE_WEIGHTS);
  const sf = sentenceFeatures(mt, from, to);
  const p = predictSentiment(model, sf.features);
  const matches = explainMatches(
    mt,
    sf.sources,
    contributions(model, sf.sources),
    from,
    to,
  );
  return {
    score: p.score,
    label: neutralBand === undefined
      ? p.label
      : labelScore(p.score, neutralBand),
    ...sums(matches),
    matches,
  };
}

/**
 * Score the sentiment of German text (usually one sentence).
 *
 * @example A negative sentence, and the terms behind it
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreSentiment } from "../mod.ts";
 * const r = scoreSentiment("Bei dem Anschlag wurden drei Menschen getötet.");
 * assert.equal(r.label, "negative");
 * assert.ok(r.score < 0);
 * const anschlag = r.matches.find((m) => m.term === "Anschlag")!;
 * assert.ok(anschlag.learned! < 0); // pulls toward negative
 * ```
 *
 * @example A negated positive term keeps its rule
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreSentiment } from "../mod.ts";
 * const r = scoreSentiment("Die Gespräche brachten nicht den erhofften Durchbruch.");
 * const m = r.matches.find((m) => m.modifiers.length > 0)!;
 * assert.equal(m.modifiers[0].kind, "negated");
 * assert.ok(m.value < 0);
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
  return sentenceFromMatches(
    matchTerms(text, tokenize(text), lex),
    options.neutralBand,
  );
}
