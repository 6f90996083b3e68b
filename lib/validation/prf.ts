/**
 * Precision, recall and F1 from match counts, and the Wilson interval for a
 * proportion: the scores every span or boundary check in this project uses.
 *
 * @module
 */

/** Matches of predicted against gold items. */
export interface MatchCounts {
  /** Predicted and in the gold. */
  tp: number;
  /** Predicted, not in the gold. */
  fp: number;
  /** In the gold, not predicted. */
  fn: number;
}

/** Precision, recall and F1 (0 where undefined, e.g. nothing predicted). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision tp/(tp+fp), recall tp/(tp+fn) and their harmonic mean F1.
 *
 * @example Two of three found, one spurious
 * ```ts
 * import assert from "node:assert/strict";
 * import { prf } from "./prf.ts";
 * const s = prf({ tp: 2, fp: 1, fn: 1 });
 * assert.equal(s.precision, 2 / 3);
 * assert.equal(s.recall, 2 / 3);
 * ```
 */
export function prf(counts: MatchCounts): Prf {
  const { tp, fp, fn } = counts;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0
    ? (2 * precision * recall) / (precision + recall)
    : 0;
  return { precision, recall, f1 };
}

/**
 * Count matches of `predicted` against `gold` keys (e.g. `start:end:actor`
 * or boundary offsets): a key counts once however often it repeats.
 *
 * @example Boundaries at 10 and 20 against gold 10 and 30
 * ```ts
 * import assert from "node:assert/strict";
 * import { matchCounts } from "./prf.ts";
 * assert.deepEqual(matchCounts([10, 20], [10, 30]), { tp: 1, fp: 1, fn: 1 });
 * ```
 */
export function matchCounts<T>(
  predicted: Iterable<T>,
  gold: Iterable<T>,
): MatchCounts {
  const p = new Set(predicted);
  const g = new Set(gold);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

/** Add match counts up. */
export function addCounts(a: MatchCounts, b: MatchCounts): MatchCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * The 95 % Wilson score interval for `k` successes in `n` trials; `[0, 1]`
 * when `n` is 0. Unlike the normal approximation it stays inside [0, 1] and
 * is honest at 0 or n successes, which small gold sets often give.
 *
 * @example Ten of ten is not certainty
 * ```ts
 * import assert from "node:assert/strict";
 * import { wilsonInterval } from "./prf.ts";
 * const [lo, hi] = wilsonInterval(10, 10);
 * assert.ok(lo > 0.69 && lo < 0.73 && hi === 1);
 * ```
 */
export function wilsonInterval(k: number, n: number): [number, number] {
  if (n <= 0) return [0, 1];
  const z = 1.959963984540054;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) *
    Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exactly 0 and 1 at the ends (floating point would give 0.9999…).
  return [
    k === 0 ? 0 : Math.max(0, centre - half),
    k === n ? 1 : Math.min(1, centre + half),
  ];
}
