/**
 * Classification figures: per-class precision, recall and F1, macro-F1
 * (the unweighted mean over classes) and micro-F1 (from pooled counts).
 *
 * @module
 */

/** Precision, recall, F1 and support of one class. */
export interface ClassFigures {
  class: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold items of the class. */
  support: number;
}

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** F1 from counts; 0 when nothing was predicted or expected. */
export function f1FromCounts({ tp, fp, fn }: Counts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

function check(gold: readonly string[], pred: readonly string[]): void {
  if (gold.length !== pred.length) {
    throw new RangeError(
      `Cannot score: ${gold.length} gold labels but ${pred.length} predictions`,
    );
  }
}

/**
 * Per-class figures of single-label predictions, for `classes` in the order
 * given (classes that never occur get zeros).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { perClass } from "./metrics.ts";
 * const [neg] = perClass(["neg", "pos", "neg"], ["neg", "neg", "pos"], ["neg", "pos"]);
 * assert.deepEqual(neg, { class: "neg", precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
 * ```
 */
export function perClass(
  gold: readonly string[],
  pred: readonly string[],
  classes: readonly string[],
): ClassFigures[] {
  check(gold, pred);
  return classes.map((c) => {
    const k: Counts = { tp: 0, fp: 0, fn: 0 };
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) k.tp++;
      else if (pred[i] === c) k.fp++;
      else if (gold[i] === c) k.fn++;
    }
    return {
      class: c,
      precision: k.tp + k.fp === 0 ? 0 : k.tp / (k.tp + k.fp),
      recall: k.tp + k.fn === 0 ? 0 : k.tp / (k.tp + k.fn),
      f1: f1FromCounts(k),
      support: k.tp + k.fn,
    };
  });
}

/**
 * Macro-F1: the mean of the per-class F1 over `classes`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { macroF1 } from "./metrics.ts";
 * assert.equal(macroF1(["a", "b"], ["a", "b"], ["a", "b"]), 1);
 * assert.equal(macroF1(["a", "b"], ["a", "a"], ["a", "b"]), (2 / 3) / 2);
 * ```
 */
export function macroF1(
  gold: readonly string[],
  pred: readonly string[],
  classes: readonly string[],
): number {
  const f = perClass(gold, pred, classes);
  return f.reduce((s, x) => s + x.f1, 0) / f.length;
}

/**
 * Micro-F1 of multi-label predictions (each item a set of labels, e.g. the
 * frames of a sentence): F1 of the counts pooled over items and labels.
 * For single-label data where every item gets one label this equals
 * accuracy.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { microF1 } from "./metrics.ts";
 * // tp 1 (a), fp 1 (c), fn 1 (b): F1 = 2/(2+1+1)
 * assert.equal(microF1([["a", "b"]], [["a", "c"]]), 0.5);
 * ```
 */
export function microF1(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
): number {
  if (gold.length !== pred.length) {
    throw new RangeError(
      `Cannot score: ${gold.length} gold items but ${pred.length} predictions`,
    );
  }
  const k: Counts = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i]), p = new Set(pred[i]);
    for (const l of p) g.has(l) ? k.tp++ : k.fp++;
    for (const l of g) if (!p.has(l)) k.fn++;
  }
  return f1FromCounts(k);
}

/** The most frequent label (ties: the first in sorted order). */
export function majorityLabel(labels: readonly string[]): string {
  const count = new Map<string, number>();
  for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
  let best = "", n = -1;
  for (const [l, c] of [...count].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
    if (c > n) best = l, n = c;
  }
  return best;
}
