/**
 * Log-count-ratio scaling of sparse features, the "NB" of NB-LR / NBSVM
 * (Wang & Manning 2012, "Baselines and Bigrams: Simple, Good Sentiment and
 * Topic Classification"): each selected feature's value is multiplied by
 * how unevenly the feature is spread over the classes in the training
 * examples, so that words seen mostly in one class start out stronger than
 * words seen everywhere, and the L2 penalty shrinks the uninformative ones
 * harder. {@linkcode fitLogistic} applies it with its `countRatio` option
 * and folds the ratios into the fitted weights, so the model is applied to
 * the unscaled features as before.
 *
 * @module
 */

/** Which features to scale, and the smoothing. */
export interface CountRatioOptions {
  /** Features whose name starts with one of these are scaled; others keep their value. */
  prefixes: readonly string[];
  /** Add-α smoothing of the counts. @default 1 */
  alpha?: number;
}

/**
 * The ratio of each selected feature: for every class c, the log of the
 * share of class-c examples that contain the feature over the share of
 * the other examples that do (each smoothed by α), and of these the
 * largest in absolute value (one-vs-rest, so it works for any number of
 * classes). `y` holds each example's class index (0 … `nc` − 1).
 *
 * @example A word of one class and a word of both
 * ```ts
 * import assert from "node:assert/strict";
 * import { countRatios } from "./count_ratio.ts";
 * const rows = [new Map([["w:gut", 1], ["w:der", 1]]), new Map([["w:gut", 1], ["w:der", 1]]),
 *   new Map([["w:der", 1]]), new Map([["w:der", 1]])];
 * const r = countRatios(rows, Int32Array.from([1, 1, 0, 0]), 2, { prefixes: ["w:"] });
 * assert.ok(r.get("w:gut")! > 0.5);
 * assert.equal(r.get("w:der"), 0);
 * ```
 */
export function countRatios(
  rows: readonly ReadonlyMap<string, number>[],
  y: Int32Array,
  nc: number,
  options: CountRatioOptions,
): Map<string, number> {
  const alpha = options.alpha ?? 1;
  const selected = (k: string) => options.prefixes.some((p) => k.startsWith(p));
  const perClass = new Array<number>(nc).fill(0);
  const counts = new Map<string, number[]>();
  rows.forEach((row, i) => {
    perClass[y[i]]++;
    for (const [k, v] of row) {
      if (v === 0 || !selected(k)) continue;
      let c = counts.get(k);
      if (!c) counts.set(k, c = new Array<number>(nc).fill(0));
      c[y[i]]++;
    }
  });
  const n = rows.length;
  const ratios = new Map<string, number>();
  for (const [k, c] of counts) {
    let total = 0;
    for (const x of c) total += x;
    let best = 0;
    for (let j = 0; j < nc; j++) {
      const inClass = (c[j] + alpha) / (perClass[j] + 2 * alpha);
      const outside = (total - c[j] + alpha) / (n - perClass[j] + 2 * alpha);
      const r = Math.abs(Math.log(inClass / outside));
      if (r > best) best = r;
    }
    ratios.set(k, best);
  }
  return ratios;
}

/**
 * A feature vector with the selected features multiplied by their ratio
 * (a selected feature without a ratio gets 0, i.e. is dropped).
 */
export function scaleByRatios(
  row: ReadonlyMap<string, number>,
  ratios: ReadonlyMap<string, number>,
  prefixes: readonly string[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of row) {
    if (!prefixes.some((p) => k.startsWith(p))) out.set(k, v);
    else {
      const r = ratios.get(k);
      if (r) out.set(k, v * r);
    }
  }
  return out;
}
