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
import { type ClassFigures, macroF1, perClass } from "./metrics.ts";

/** One figure with its 95% bootstrap interval and spread over folds. */
export interface MetricFigure {
  name: string;
  value: number;
  ci_low: number;
  ci_high: number;
  /** Standard deviation over the cross-validation folds. */
  fold_sd?: number;
}

/** A baseline's figures. */
export interface Baseline {
  name: string;
  metrics: Record<string, number>;
}

/** The record written to `lib/data/accuracy/<component>.json`. */
export interface AccuracyRecord {
  component: string;
  dataset: string;
  method: string;
  n: number;
  metrics: MetricFigure[];
  per_class: ClassFigures[];
  baselines: Baseline[];
  notes: string;
}

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

const r3 = (x: number) => {
  const r = Math.round(x * 1000) / 1000;
  return r === 0 ? 0 : r;
};

/**
 * The record as JSON text: keys in the documented order, numbers rounded to
 * 3 decimals, 2-space indent, final newline.
 */
export function formatAccuracyRecord(r: AccuracyRecord): string {
  const ordered = {
    component: r.component,
    dataset: r.dataset,
    method: r.method,
    n: r.n,
    metrics: r.metrics.map((m) => ({
      name: m.name,
      value: r3(m.value),
      ci_low: r3(m.ci_low),
      ci_high: r3(m.ci_high),
      ...(m.fold_sd === undefined ? {} : { fold_sd: r3(m.fold_sd) }),
    })),
    per_class: r.per_class.map((c) => ({
      class: c.class,
      precision: r3(c.precision),
      recall: r3(c.recall),
      f1: r3(c.f1),
      support: c.support,
    })),
    baselines: r.baselines.map((b) => ({
      name: b.name,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([k, v]) => [k, r3(v)]),
      ),
    })),
    notes: r.notes,
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}
