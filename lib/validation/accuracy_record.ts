/**
 * Accuracy records: figures measured on the labelled dev sets, written as
 * `lib/data/accuracy/<component>.json` so reports can show them where the
 * dev sets are absent. Keys in a fixed order, numbers rounded to three
 * decimals, no timestamps.
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import {
  bootstrapStatistic,
  type StatisticInterval,
} from "../stats/bootstrap_items.ts";

/** One metric with its 95% bootstrap interval. */
export interface RecordMetric {
  name: string;
  value: number;
  ci_low: number;
  ci_high: number;
  /** Standard deviation over cross-validation folds (fitted models only). */
  fold_sd?: number;
}

/** Precision, recall and F1 of one class. */
export interface RecordClass {
  class: string;
  /** Null where the class has no predictions of its own (e.g. gold-only kinds). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number;
}

/** An accuracy record (the shared convention of the validity work). */
export interface AccuracyRecord {
  component: string;
  dataset: string;
  method: string;
  n: number;
  metrics: RecordMetric[];
  per_class?: RecordClass[];
  baselines?: { name: string; metrics: Record<string, number> }[];
  notes: string;
}

/** The method line of a rule-based component. */
export const RULE_BASED =
  "rule-based; rules developed with this dev set in view — expect lower on unseen text";

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A metric over items: its value and seeded bootstrap interval. */
export function metric<T>(
  name: string,
  items: readonly T[],
  statistic: (sample: T[]) => number,
): RecordMetric {
  const r: StatisticInterval = bootstrapStatistic(items, statistic, {
    seed: 1,
    resamples: 1000,
  });
  return { name, value: r.value, ci_low: r.low, ci_high: r.high };
}

/** F1 from precision and recall (0 when both are 0). */
export const f1 = (p: number, r: number): number =>
  p + r > 0 ? (2 * p * r) / (p + r) : 0;

/** The record as pretty-printed JSON, numbers rounded to 3 decimals. */
export function formatRecord(record: AccuracyRecord): string {
  return JSON.stringify(
    record,
    (_k, v) => (typeof v === "number" && !Number.isInteger(v) ? round(v) : v),
    2,
  ) + "\n";
}

/** Write a record to `path`. */
export function writeRecord(path: string, record: AccuracyRecord): void {
  writeFileSync(path, formatRecord(record));
}
