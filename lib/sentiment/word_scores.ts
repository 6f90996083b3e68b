/**
 * The word features of the tone model: `w:<stem>` of each word of the
 * span's sentence, and `pre:`/`suf:` character n-grams of its long words
 * (as in {@linkcode sentenceFeatures}, without word pairs). Two ways to the
 * same numbers:
 * - {@linkcode wordFeatures} places them as features with their sources
 *   (training, {@linkcode toneFeatures});
 * - {@linkcode addWordScores} adds their learned weights straight to the
 *   class scores and the per-token contributions (prediction): one cached
 *   look-up per token, with no feature names built, so the tone stage
 *   does little more work than without word features.
 *
 * @module
 */
import type { LogisticModel } from "../learn/logistic.ts";
import type { MatchedTokens } from "./match_terms.ts";
import {
  placer,
  type SentenceFeatures,
  wordNames,
} from "./sentence_features.ts";
import type { ContributionSums } from "./sentiment_model.ts";

/** The word features of the tokens `[from, to)`, with their sources. */
export function wordFeatures(
  mt: MatchedTokens,
  from: number,
  to: number,
): SentenceFeatures {
  const out: SentenceFeatures = { features: new Map(), sources: [] };
  const place = placer(out);
  for (let k = from; k < to; k++) {
    const t = mt.tokens[k];
    if (!t.isWord) continue;
    const wn = wordNames(t.lower, t.norm);
    place(wn.word, k, k, 1);
    if (wn.pre !== undefined) {
      place(wn.pre, k, k, 1);
      place(wn.suf!, k, k, 1);
    }
  }
  return out;
}

/** Per model: a word's summed weights per class, or null (none known). */
const vectors = new WeakMap<LogisticModel, Map<string, Float64Array | null>>();
const VECTOR_CACHE_LIMIT = 200_000;

/** The summed weights of a word's features in `model`, or null. */
function wordVector(
  model: LogisticModel,
  cache: Map<string, Float64Array | null>,
  lower: string,
  norm: string,
): Float64Array | null {
  let v = cache.get(lower);
  if (v === undefined) {
    const wn = wordNames(lower, norm);
    const parts = [wn.word, wn.pre, wn.suf].map((k) =>
      k === undefined ? undefined : model.weights.get(k)
    ).filter((w) => w !== undefined);
    v = null;
    if (parts.length > 0) {
      v = new Float64Array(model.classes.length);
      for (const w of parts) {
        for (let c = 0; c < v.length; c++) v[c] += w[c];
      }
    }
    if (cache.size >= VECTOR_CACHE_LIMIT) cache.clear();
    cache.set(lower, v);
  }
  return v;
}

/**
 * Add the word features of the tokens `[from, to)` to class scores
 * `logits` (as {@linkcode logitsOf} over {@linkcode wordFeatures} would)
 * and their contributions to the log-odds of positive over negative to
 * `sums.byToken` (as {@linkcode addContributions} would). Classes must be
 * negative, neutral, positive.
 */
export function addWordScores(
  model: LogisticModel,
  mt: MatchedTokens,
  from: number,
  to: number,
  logits: number[],
  sums: ContributionSums,
): void {
  const { byToken } = sums;
  let cache = vectors.get(model);
  if (!cache) vectors.set(model, cache = new Map());
  const { tokens } = mt;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.isWord) continue;
    const v = wordVector(model, cache, t.lower, t.norm);
    if (v === null) continue;
    for (let c = 0; c < v.length; c++) logits[c] += v[c];
    const contribution = v[2] - v[0];
    if (contribution !== 0) {
      byToken[k] = (byToken[k] ?? 0) + contribution;
    }
  }
}
