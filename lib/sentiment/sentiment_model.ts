/**
 * The learned sentiment models (sentence sentiment and tone toward a
 * target): loading their weight files and explaining a prediction by the
 * words that drove it.
 *
 * Both are multinomial logistic regressions over the classes negative,
 * neutral and positive ({@linkcode fitLogistic}), fitted by
 * `deno task train` on GerNTSA (see lib/sentiment/train_sentence.ts and
 * train_tone.ts) and stored in `lib/data/sentiment_*_weights.tsv`.
 *
 * @module
 */
import { memoOn } from "../util/memo.ts";
import { dataPath } from "../io/data_file.ts";
import type { Features, LogisticModel } from "../learn/logistic.ts";
import { logitsOf, predictFromLogits } from "../learn/logistic.ts";
import { readWeights } from "../learn/weights_file.ts";
import {
  type MatchedTokens,
  publicMatch,
  type SentimentMatch,
} from "./match_terms.ts";
import { round4 } from "./format_evidence.ts";
import type { FeatureSource } from "./sentence_features.ts";

/** The three sentiment classes. */
export type SentimentLabel = "positive" | "negative" | "neutral";

/** The classes of both models, in weight-file order. */
export const CLASSES: readonly SentimentLabel[] = [
  "negative",
  "neutral",
  "positive",
];

/** Weight file of the sentence model, in lib/data/. */
export const SENTENCE_WEIGHTS = "sentiment_sentence_weights.tsv";
/** Weight file of the tone model, in lib/data/. */
export const TONE_WEIGHTS = "sentiment_tone_weights.tsv";

const loaded = new Map<string, LogisticModel>();

/**
 * Load a sentiment weight file from lib/data/ (cached). It must have the
 * classes negative, neutral, positive.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSentimentModel, SENTENCE_WEIGHTS } from "./sentiment_model.ts";
 * const model = loadSentimentModel(SENTENCE_WEIGHTS);
 * assert.deepEqual(model.classes, ["negative", "neutral", "positive"]);
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed row, or
 * when the classes are not negative, neutral, positive.
 */
export function loadSentimentModel(name: string): LogisticModel {
  const hit = loaded.get(name);
  if (hit) return hit;
  const path = dataPath(name);
  const { model } = readWeights(path);
  if (model.classes.join(",") !== CLASSES.join(",")) {
    throw new SyntaxError(
      `${path}: classes are ${
        model.classes.join(", ")
      }, expected negative, neutral, positive; rebuild it with \`deno task train\``,
    );
  }
  loaded.set(name, model);
  return model;
}

/** A prediction with its signed confidence. */
export interface SentimentPrediction {
  label: SentimentLabel;
  /** P(positive) − P(negative), in (−1, 1). */
  score: number;
  /** Probabilities of negative, neutral, positive. */
  probabilities: number[];
}

/** Predict with a sentiment model. */
export function predictSentiment(
  model: LogisticModel,
  features: Features,
): SentimentPrediction {
  return sentimentFromLogits(model, logitsOf(model, features));
}

/** The prediction from class scores ({@linkcode logitsOf}). */
export function sentimentFromLogits(
  model: LogisticModel,
  logits: number[],
): SentimentPrediction {
  const p = predictFromLogits(model, logits);
  return {
    label: p.label as SentimentLabel,
    score: p.probabilities[2] - p.probabilities[0],
    probabilities: p.probabilities,
  };
}

/**
 * Each source's contribution to the log-odds of positive over negative:
 * value × (weight for positive − weight for negative). Positive numbers
 * pull toward positive, negative ones toward negative.
 */
export function contributions(
  model: LogisticModel,
  sources: readonly FeatureSource[],
): number[] {
  return sources.map((s) => contributionOf(model, s.feature, s.value));
}

/** One placed feature's contribution (see {@linkcode contributions}). */
export function contributionOf(
  model: LogisticModel,
  feature: string,
  value: number,
): number {
  const w = model.weights.get(feature);
  return w ? value * (w[2] - w[0]) : 0;
}

/** Words outside the lexicon listed as evidence: at most this many … */
export const MAX_WORD_TERMS = 5;
/** … each with at least this contribution (absolute log-odds). */
export const MIN_WORD_CONTRIBUTION = 0.1;

/**
 * The terms behind a prediction: every lexicon match of the tokens
 * `[from, to)` with its learned contribution, and the words outside the
 * lexicon that contributed most (at most {@linkcode MAX_WORD_TERMS}, each
 * at least {@linkcode MIN_WORD_CONTRIBUTION}), in text order. Features of
 * word pairs count half for each word. `base` may give, per index in
 * `mt.matches`, the match to show (e.g. with the tone rules' weighting),
 * made for this prediction: its `learned` is set in place; by default a
 * copy of the lexicon match.
 */
export function explainMatches(
  mt: MatchedTokens,
  sources: readonly FeatureSource[],
  contrib: readonly number[],
  from = 0,
  to = mt.tokens.length,
  base?: readonly (SentimentMatch | undefined)[],
): SentimentMatch[] {
  const sums = emptySums();
  addContributions(sums, sources, contrib);
  return explainSums(mt, sums, from, to, base);
}

/**
 * Contributions summed per lexicon match (`byMatch`, by index in
 * `mt.matches`) and per token of other features (`byToken`), on top of
 * `under` where given: sums shared by many predictions (a sentence's,
 * under each of its mentions') are layered under, not copied. Both are
 * sparse arrays indexed by match or token (a hole: nothing summed there):
 * a sentence's word features set one entry per word, which in a Map cost
 * a rehash every few words.
 */
export interface ContributionSums {
  byMatch: (number | undefined)[];
  byToken: (number | undefined)[];
  under?: ContributionSums;
}

/** Empty sums, layered on `under` if given. */
export function emptySums(under?: ContributionSums): ContributionSums {
  return under ? { byMatch: [], byToken: [], under } : {
    byMatch: [],
    byToken: [],
  };
}

/** The sum of match `i` (`key` of `byMatch`) or token `k` (`byToken`). */
function sumOf(
  sums: ContributionSums,
  map: "byMatch" | "byToken",
  key: number,
): number | undefined {
  return sums[map][key] ??
    (sums.under ? sumOf(sums.under, map, key) : undefined);
}

/**
 * Add the nonzero contributions `contrib` of `sources` to `sums`, in
 * order (so sums of parts added one after another equal the sums of the
 * parts' concatenation). Features of word pairs count half for each word.
 */
export function addContributions(
  sums: ContributionSums,
  sources: readonly FeatureSource[],
  contrib: readonly number[],
): void {
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    addContribution(sums, s.match, s.first, s.last, contrib[i]);
  }
}

/**
 * Add one nonzero contribution `c` of a feature placed at match `match`
 * (or, with `match` -1, at tokens `first`…`last`, shared equally) to `sums`.
 */
export function addContribution(
  sums: ContributionSums,
  match: number,
  first: number,
  last: number,
  c: number,
): void {
  if (c === 0) return;
  if (match >= 0) {
    sums.byMatch[match] = (sumOf(sums, "byMatch", match) ?? 0) + c;
    return;
  }
  const share = c / (last - first + 1);
  for (let k = first; k <= last; k++) {
    sums.byToken[k] = (sumOf(sums, "byToken", k) ?? 0) + share;
  }
}

/** Order of word evidence: larger contribution first, then by token. */
const byWeight = (a: [number, number], b: [number, number]) =>
  Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0];

/** Each token sum of `sums` (the top layer's where layers overlap). */
function forEachToken(
  sums: ContributionSums,
  f: (k: number, c: number) => void,
): void {
  const own = sums.byToken;
  if (sums.under) {
    forEachToken(sums.under, (k, c) => {
      if (own[k] === undefined) f(k, c);
    });
  }
  for (let k = 0; k < own.length; k++) {
    const c = own[k];
    if (c !== undefined) f(k, c);
  }
}

const RANKED = Symbol("rankedTokens");

/**
 * The token sums of a layer (with those under it) large enough to be
 * listed ({@linkcode MIN_WORD_CONTRIBUTION}), in evidence order, computed
 * once per layer: a sentence's sums lie under each of its mentions', and
 * must not change once they do.
 */
function rankedTokens(sums: ContributionSums): [number, number][] {
  return memoOn(sums, RANKED, (s) => {
    const out: [number, number][] = [];
    forEachToken(s, (k, c) => {
      if (Math.abs(c) >= MIN_WORD_CONTRIBUTION) out.push([k, c]);
    });
    return out.sort(byWeight);
  });
}

/**
 * The word evidence of `sums`: at most {@linkcode MAX_WORD_TERMS} token
 * sums of at least {@linkcode MIN_WORD_CONTRIBUTION}, tokens for which
 * `skip` holds left out, in evidence order. The same list as ranking
 * every token sum of every layer, without merging the layers per
 * prediction (the top layer holds a mention's few target features; the
 * layer under it the sentence's words, ranked once).
 */
function topWords(
  sums: ContributionSums,
  skip: (k: number) => boolean,
): [number, number][] {
  const own = sums.byToken;
  const out: [number, number][] = [];
  const keep = (k: number, c: number) =>
    !skip(k) && Math.abs(c) >= MIN_WORD_CONTRIBUTION;
  for (let k = 0; k < own.length; k++) {
    const c = own[k];
    if (c !== undefined && keep(k, c)) out.push([k, c]);
  }
  if (sums.under) {
    // Only the best MAX_WORD_TERMS of the layers under can make the list.
    let taken = 0;
    for (const [k, c] of rankedTokens(sums.under)) {
      if (taken >= MAX_WORD_TERMS) break;
      if (own[k] !== undefined || !keep(k, c)) continue;
      out.push([k, c]);
      taken++;
    }
  }
  return out.sort(byWeight).slice(0, MAX_WORD_TERMS);
}

/** {@linkcode explainMatches} from already summed contributions. */
export function explainSums(
  mt: MatchedTokens,
  sums: ContributionSums,
  from = 0,
  to = mt.tokens.length,
  base?: readonly (SentimentMatch | undefined)[],
): SentimentMatch[] {
  const out: SentimentMatch[] = [];
  // First and last token of each lexicon match shown: their tokens are
  // not listed again as words.
  const spans: number[] = [];
  mt.matches.forEach((m, i) => {
    if (m.first < from || m.last >= to) return;
    spans.push(m.first, m.last);
    // `base` holds matches made for this prediction: set on them directly.
    const p = base?.[i] ?? publicMatch(m);
    p.learned = round4(sumOf(sums, "byMatch", i) ?? 0);
    out.push(p);
  });
  // A sentence has a few matches: scanning them beats building a Set,
  // except on long texts (then the scan would be quadratic).
  let inMatch = (k: number) => {
    for (let j = 0; j < spans.length; j += 2) {
      if (k >= spans[j] && k <= spans[j + 1]) return true;
    }
    return false;
  };
  if (spans.length > 16) {
    const tokens = new Set<number>();
    for (let j = 0; j < spans.length; j += 2) {
      for (let k = spans[j]; k <= spans[j + 1]; k++) tokens.add(k);
    }
    inMatch = (k) => tokens.has(k);
  }
  const words = topWords(sums, inMatch);
  for (const [k, c] of words) {
    const t = mt.tokens[k];
    out.push({
      term: t.token,
      entry: "",
      start: t.start,
      end: t.end,
      weight: 0,
      value: 0,
      pos: "",
      modifiers: [],
      learned: round4(c),
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
