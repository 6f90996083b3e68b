/**
 * Stratified k-fold cross-validation with seeded folds. Items can be grouped
 * (e.g. by sentence text) so that the items of one group always fall into
 * the same fold: nothing of a test sentence is seen in training.
 *
 * @module
 */
import { mulberry32 } from "../util/prng.ts";

/** Options for {@linkcode stratifiedFolds}. */
export interface FoldOptions {
  /** Number of folds. @default 5 */
  k?: number;
  /** PRNG seed of the shuffle. @default 1 */
  seed?: number;
  /**
   * Group key per item: items with the same key share a fold. A group is
   * stratified by the label of its first item. @default every item its own group
   */
  groups?: readonly string[];
}

/**
 * The fold (0 … k−1) of each item. Within each label the groups are
 * shuffled with the seed and dealt to the folds in turn, so every fold holds
 * about the same share of each label. Same labels, groups and seed give the
 * same folds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stratifiedFolds } from "./cross_validation.ts";
 * const labels = ["a", "a", "b", "b", "a", "b"];
 * const folds = stratifiedFolds(labels, { k: 3, seed: 1 });
 * assert.deepEqual(folds, stratifiedFolds(labels, { k: 3, seed: 1 }));
 * for (let f = 0; f < 3; f++) {
 *   assert.equal(labels.filter((l, i) => l === "a" && folds[i] === f).length, 1);
 * }
 * ```
 *
 * @throws {RangeError} when k < 2, k exceeds the number of groups, or
 * `groups` has another length than `labels`.
 */
export function stratifiedFolds(
  labels: readonly string[],
  options: FoldOptions = {},
): number[] {
  const k = options.k ?? 5;
  const groups = options.groups ?? labels.map((_, i) => String(i));
  if (groups.length !== labels.length) {
    throw new RangeError(
      `Cannot make folds: ${labels.length} labels but ${groups.length} group keys`,
    );
  }
  // Groups in order of first appearance, stratified by their first label.
  const first = new Map<string, string>();
  labels.forEach((l, i) => {
    if (!first.has(groups[i])) first.set(groups[i], l);
  });
  if (!Number.isInteger(k) || k < 2 || k > first.size) {
    throw new RangeError(
      `Cannot make ${k} folds of ${first.size} groups: k must be an integer from 2 to the number of groups`,
    );
  }
  const strata = new Map<string, string[]>();
  for (const [g, l] of first) {
    const s = strata.get(l);
    if (s) s.push(g);
    else strata.set(l, [g]);
  }
  const random = mulberry32(options.seed ?? 1);
  const foldOf = new Map<string, number>();
  let next = 0;
  for (const label of [...strata.keys()].sort()) {
    const gs = strata.get(label)!;
    for (let i = gs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [gs[i], gs[j]] = [gs[j], gs[i]];
    }
    // Continue dealing where the previous label stopped, so the folds'
    // sizes stay within one group of each other.
    for (const g of gs) foldOf.set(g, next++ % k);
  }
  return groups.map((g) => foldOf.get(g)!);
}

/** Out-of-fold predictions of {@linkcode crossValidate}. */
export interface CrossValidation {
  /** The fold of each item. */
  folds: number[];
  /** Each item's prediction by the model fitted without its fold. */
  predictions: string[];
}

/**
 * Cross-validate: for each fold, call `fitPredict` with the other folds'
 * items (train) and the fold's items (test); it returns one prediction per
 * test item. Anything fitted (models, thresholds, vocabularies) must be
 * fitted inside `fitPredict` on `train` only.
 *
 * @example Predict the majority label of the training folds
 * ```ts
 * import assert from "node:assert/strict";
 * import { crossValidate } from "./cross_validation.ts";
 * import { majorityLabel } from "./metrics.ts";
 * const items = ["x", "x", "x", "y", "x", "x"].map((label) => ({ label }));
 * const cv = crossValidate(items, (i) => i.label, { k: 3 }, (train, test) => {
 *   const m = majorityLabel(train.map((t) => t.label));
 *   return test.map(() => m);
 * });
 * assert.deepEqual(cv.predictions, ["x", "x", "x", "x", "x", "x"]);
 * ```
 */
export function crossValidate<T>(
  items: readonly T[],
  label: (item: T) => string,
  options: FoldOptions,
  fitPredict: (train: T[], test: T[], fold: number) => string[],
): CrossValidation {
  const folds = stratifiedFolds(items.map(label), options);
  const k = options.k ?? 5;
  const predictions = new Array<string>(items.length);
  for (let f = 0; f < k; f++) {
    const train: T[] = [], test: T[] = [], at: number[] = [];
    items.forEach((it, i) => {
      if (folds[i] === f) test.push(it), at.push(i);
      else train.push(it);
    });
    const p = fitPredict(train, test, f);
    if (p.length !== test.length) {
      throw new RangeError(
        `Cross-validation fold ${f}: ${test.length} test items but ${p.length} predictions`,
      );
    }
    at.forEach((i, j) => predictions[i] = p[j]);
  }
  return { folds, predictions };
}
