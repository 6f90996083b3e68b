/**
 * Scores for classifiers (one label per item): accuracy, macro-F1 and the
 * confusion table.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable } from "arquero";

/**
 * Macro-averaged F1: F1 per class in `labels`, averaged with equal weight,
 * so a rare class counts as much as a frequent one. `labels` defaults to
 * the classes seen in `gold` and `predicted`, in code-point order.
 *
 * @example Three sentiment classes
 * ```ts
 * import assert from "node:assert/strict";
 * import { macroF1 } from "./classes.ts";
 * const gold = ["negative", "neutral", "positive", "neutral"];
 * assert.equal(macroF1(gold, gold), 1);
 * assert.ok(macroF1(gold, ["neutral", "neutral", "neutral", "neutral"]) < 0.5);
 * ```
 */
export function macroF1(
  gold: readonly string[],
  predicted: readonly string[],
  labels?: readonly string[],
): number {
  const classes = labels ?? classesOf(gold, predicted);
  if (classes.length === 0) return 0;
  let sum = 0;
  for (const c of classes) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    sum += p + r ? (2 * p * r) / (p + r) : 0;
  }
  return sum / classes.length;
}

/**
 * Share of items whose predicted label equals the gold label.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { accuracy } from "./classes.ts";
 * assert.equal(accuracy(["a", "b"], ["a", "a"]), 0.5);
 * ```
 */
export function accuracy(
  gold: readonly string[],
  predicted: readonly string[],
): number {
  if (gold.length === 0) return 0;
  let right = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) right++;
  return right / gold.length;
}

/**
 * The confusion table: one row per gold × predicted label in `labels`
 * (every combination, zeros included), columns `gold`, `predicted`, `n`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { confusionTable } from "./classes.ts";
 * const t = confusionTable(["a", "b"], ["a", "a"], ["a", "b"]);
 * assert.deepEqual(t.array("n"), [1, 0, 1, 0]);
 * ```
 */
export function confusionTable(
  gold: readonly string[],
  predicted: readonly string[],
  labels?: readonly string[],
): ColumnTable {
  const classes = labels ?? classesOf(gold, predicted);
  const counts = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const k = `${gold[i]}\u0000${predicted[i]}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const g: string[] = [], p: string[] = [], n: number[] = [];
  for (const a of classes) {
    for (const b of classes) {
      g.push(a);
      p.push(b);
      n.push(counts.get(`${a}\u0000${b}`) ?? 0);
    }
  }
  return aq.table({ gold: g, predicted: p, n });
}

function classesOf(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort((x, y) => x < y ? -1 : x > y ? 1 : 0);
}
