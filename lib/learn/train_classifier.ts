/**
 * Cross-validate and fit one classifier, and describe the result as an
 * accuracy record: the common part of every model's training in
 * `deno task train`.
 *
 * @module
 */
import {
  type AccuracyRecord,
  formatAccuracyRecord,
  scoreFolds,
} from "./accuracy_record.ts";
import { crossValidate } from "./cross_validation.ts";
import {
  type Example,
  fitLogistic,
  type FitOptions,
  type LogisticModel,
  predictLogistic,
} from "./logistic.ts";
import { macroF1, majorityLabel } from "./metrics.ts";

/** What to train and how to describe it. */
export interface ClassifierSpec {
  /** Component name of the accuracy record. */
  component: string;
  /** The data, as the record's `dataset` line. */
  dataset: string;
  /** Free-text notes for the record. */
  notes: string;
  examples: readonly Example[];
  /** Group key per example (items of one group share a fold). */
  groups: readonly string[];
  classes: readonly string[];
  fit: FitOptions;
  folds: number;
  seed: number;
  /** Rule-based baselines: their prediction for each example. */
  baselines: { name: string; predictions: readonly string[] }[];
}

/** The fitted model, its record and a one-line summary. */
export interface TrainedClassifier {
  /** Fitted on all examples. */
  model: LogisticModel;
  record: AccuracyRecord;
  /** The record as JSON text. */
  recordText: string;
  /** `name: k-fold CV macro-F1 mean ± sd …` */
  summary: string;
}

const f3 = (x: number) => x.toFixed(3);

/**
 * k-fold cross-validate a logistic model (refitted per fold, folds grouped
 * and seeded), score its out-of-fold predictions and the baselines, then
 * fit it on all examples.
 *
 * @example A binary classifier (e.g. one frame: present or not)
 * ```ts
 * import assert from "node:assert/strict";
 * import { trainClassifier } from "./train_classifier.ts";
 * const texts = Array.from({ length: 20 }, (_, i) => i % 2 ? `Krieg ${i}` : `Wetter ${i}`);
 * const examples = texts.map((t) => ({
 *   features: new Map([[`w:${t.split(" ")[0]}`, 1]]),
 *   label: t.startsWith("Krieg") ? "yes" : "no",
 * }));
 * const t = trainClassifier({
 *   component: "toy_frame", dataset: "toy", notes: "", examples, groups: texts,
 *   classes: ["no", "yes"], fit: { l2: 0.1 }, folds: 5, seed: 1,
 *   baselines: [{ name: "always no", predictions: texts.map(() => "no") }],
 * });
 * assert.equal(t.record.metrics[0].value, 1);
 * assert.ok(t.summary.startsWith("toy_frame: 5-fold CV macro-F1 1.000"));
 * ```
 */
export function trainClassifier(spec: ClassifierSpec): TrainedClassifier {
  const gold = spec.examples.map((e) => e.label);
  const cv = crossValidate(
    spec.examples,
    (e) => e.label,
    { k: spec.folds, seed: spec.seed, groups: spec.groups },
    (train, test) => {
      const m = fitLogistic(train, { ...spec.fit, classes: spec.classes });
      return test.map((t) => predictLogistic(m, t.features).label);
    },
  );
  const s = scoreFolds(
    gold,
    cv.predictions,
    cv.folds,
    spec.classes,
    spec.seed,
  );
  // Majority class of the training folds, per fold.
  const majority = gold.map((_, i) =>
    majorityLabel(gold.filter((_, j) => cv.folds[j] !== cv.folds[i]))
  );
  const baselines = [
    { name: "majority class", predictions: majority },
    ...spec.baselines,
  ].map((b) => ({
    name: b.name,
    metrics: { macro_f1: macroF1(gold, b.predictions, spec.classes) },
  }));
  const record: AccuracyRecord = {
    component: spec.component,
    dataset: spec.dataset,
    method:
      `${spec.folds}-fold cross-validation, folds stratified, grouped by sentence text and seeded (seed ${spec.seed}); model refitted per fold; interval: 95% percentile bootstrap over items (1,000 resamples)`,
    n: gold.length,
    metrics: [{
      name: "macro_f1",
      value: s.macroF1,
      ci_low: s.ciLow,
      ci_high: s.ciHigh,
      fold_sd: s.foldSd,
    }],
    per_class: s.perClass,
    baselines,
    notes: spec.notes,
  };
  const summary = `${spec.component}: ${spec.folds}-fold CV macro-F1 ${
    f3(s.foldMean)
  } ± ${f3(s.foldSd)} (mean ± sd over folds; pooled ${f3(s.macroF1)}, 95% CI ${
    f3(s.ciLow)
  }–${f3(s.ciHigh)}; n=${gold.length}); baselines: ${
    baselines.map((b) => `${b.name} ${f3(b.metrics.macro_f1)}`).join(", ")
  }`;
  const model = fitLogistic(spec.examples, {
    ...spec.fit,
    classes: spec.classes,
  });
  return { model, record, recordText: formatAccuracyRecord(record), summary };
}
