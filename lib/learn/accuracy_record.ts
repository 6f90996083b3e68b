/**
 * Accuracy records: the cross-validated figures of a fitted classifier,
 * committed as `lib/data/accuracy/<component>.json` so that notebook 06 and
 * the README can show them without the labelled data. Keys in a fixed
 * order, numbers rounded to 3 decimals, no timestamps: the same predictions
 * give the same bytes.
 *
 * @module
 */
import { bootstrapStatistic } from "../stats/bootstrap.ts";
import { macroF1, perClass } from "./metrics.ts";

export type {
  AccuracyRecord,
  Baseline,
  RecordMetric as MetricFigure,
} from "../validation/accuracy_record.ts";
export { formatRecord as formatAccuracyRecord } from "../validation/accuracy_record.ts";

/** Mean and (sample) standard deviation. */
export function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const v = xs.reduce((s, x) => s + (x - mean) ** 2, 0) /
    Math.max(1, xs.length - 1);
  return { mean, sd: Math.sqrt(v) };
}

/**
 * Macro-F1 of out-of-fold predictions: the pooled value with its 95%
 * percentile bootstrap interval over items (1,000 resamples, seeded), the
 * per-fold values' mean and standard deviation, and the per-class figures.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreFolds } from "./accuracy_record.ts";
 * const s = scoreFolds(["a", "b", "a", "b"], ["a", "b", "a", "a"], [0, 0, 1, 1], ["a", "b"]);
 * assert.deepEqual(s.foldMacroF1, [1, (2 / 3 + 0) / 2]);
 * assert.equal(s.perClass[1].recall, 0.5);
 * ```
 */
export function scoreFolds(
  gold: readonly string[],
  pred: readonly string[],
  folds: readonly number[],
  classes: readonly string[],
  seed = 1,
) {
  const ci = bootstrapStatistic(gold.length, (idx) => {
    const g = new Array<string>(idx.length), p = new Array<string>(idx.length);
    for (let i = 0; i < idx.length; i++) {
      g[i] = gold[idx[i]], p[i] = pred[idx[i]];
    }
    return macroF1(g, p, classes);
  }, { seed });
  const k = Math.max(...folds) + 1;
  const foldMacroF1 = Array.from({ length: k }, (_, f) => {
    const at = folds.flatMap((x, i) => x === f ? [i] : []);
    return macroF1(at.map((i) => gold[i]), at.map((i) => pred[i]), classes);
  });
  const { mean, sd } = meanSd(foldMacroF1);
  return {
    macroF1: ci.mean,
    ciLow: ci.low,
    ciHigh: ci.high,
    foldMacroF1,
    foldMean: mean,
    foldSd: sd,
    perClass: perClass(gold, pred, classes),
  };
}
