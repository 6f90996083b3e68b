/**
 * The tidy table every validation returns: one row per component, fixture,
 * split and measure, with its interval and the counts behind it.
 *
 * Columns: `component`, `fixture`, `split`, `measure` (`precision`,
 * `recall`, `f1`, `accuracy`, `macro_f1`, `false_positive_rate`), `value`,
 * `n` (items the measure is over), `ci_low`, `ci_high` (95 %: Wilson for
 * proportions, a seeded bootstrap for F1 scores), `counts` (e.g.
 * `tp 120 · fp 0 · fn 1`).
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { mulberry32 } from "../util/prng.ts";
import { type MatchCounts, prf, wilsonInterval } from "./prf.ts";

/** One measured score. */
export interface ValidationRow {
  component: string;
  fixture: string;
  split: string;
  measure: string;
  value: number;
  n: number;
  ci_low: number;
  ci_high: number;
  counts: string;
}

/** The columns of a validation table, in order. */
export const VALIDATION_COLUMNS = [
  "component",
  "fixture",
  "split",
  "measure",
  "value",
  "n",
  "ci_low",
  "ci_high",
  "counts",
] as const;

/** Rows as a table with the validation columns (also when empty). */
export function validationTable(rows: readonly ValidationRow[]): ColumnTable {
  return aq.table(
    Object.fromEntries(
      VALIDATION_COLUMNS.map((c) => [c, rows.map((r) => r[c])]),
    ),
  );
}

/** Precision, recall and F1 rows from match counts. */
export function prfRows(
  where: Pick<ValidationRow, "component" | "fixture" | "split">,
  c: MatchCounts,
): ValidationRow[] {
  const s = prf(c);
  const counts = `tp ${c.tp} · fp ${c.fp} · fn ${c.fn}`;
  const [pl, ph] = wilsonInterval(c.tp, c.tp + c.fp);
  const [rl, rh] = wilsonInterval(c.tp, c.tp + c.fn);
  return [
    {
      ...where,
      measure: "precision",
      value: s.precision,
      n: c.tp + c.fp,
      ci_low: pl,
      ci_high: ph,
      counts,
    },
    {
      ...where,
      measure: "recall",
      value: s.recall,
      n: c.tp + c.fn,
      ci_low: rl,
      ci_high: rh,
      counts,
    },
    {
      ...where,
      measure: "f1",
      value: s.f1,
      n: c.tp + c.fp + c.fn,
      // F1 lies between precision and recall; their intervals bound it.
      ci_low: Math.min(pl, rl),
      ci_high: Math.max(ph, rh),
      counts,
    },
  ];
}

/** A proportion (`k` of `n`) with its Wilson interval. */
export function proportionRow(
  where: Pick<ValidationRow, "component" | "fixture" | "split" | "measure">,
  k: number,
  n: number,
): ValidationRow {
  const [lo, hi] = wilsonInterval(k, n);
  return {
    ...where,
    value: n > 0 ? k / n : 0,
    n,
    ci_low: lo,
    ci_high: hi,
    counts: `${k} of ${n}`,
  };
}

/**
 * A score over paired labels with a percentile bootstrap interval
 * (`reps` resamples of the items, seeded, so the interval is the same on
 * every run).
 */
export function bootstrapScore(
  gold: readonly string[],
  predicted: readonly string[],
  score: (gold: string[], predicted: string[]) => number,
  reps = 1000,
  seed = 1,
): { value: number; ci_low: number; ci_high: number } {
  const n = gold.length;
  const value = score([...gold], [...predicted]);
  if (n === 0) return { value, ci_low: 0, ci_high: 1 };
  const random = mulberry32(seed);
  const scores: number[] = [];
  const g: string[] = new Array(n);
  const p: string[] = new Array(n);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * n);
      g[i] = gold[j];
      p[i] = predicted[j];
    }
    scores.push(score(g, p));
  }
  scores.sort((a, b) => a - b);
  const at = (q: number) => scores[Math.min(reps - 1, Math.floor(q * reps))];
  return { value, ci_low: at(0.025), ci_high: at(0.975) };
}
