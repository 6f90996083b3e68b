/**
 * Accuracy records: figures measured on the labelled dev sets, written as
 * `lib/data/accuracy/<component>.json` so reports can show them where the
 * dev sets are absent. Keys in a fixed order, numbers rounded to three
 * decimals, no timestamps.
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import { bootstrapStatistic } from "../stats/bootstrap.ts";

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
  baselines?: Baseline[];
  notes: string;
}

/** A baseline's figures on the same items. */
export interface Baseline {
  name: string;
  metrics: Record<string, number>;
}

/** The method line of a rule-based component. */
export const RULE_BASED =
  "rule-based; rules developed with this dev set in view — expect lower on unseen text";

/** A metric over items: its value and seeded bootstrap interval. */
export function metric<T>(
  name: string,
  items: readonly T[],
  statistic: (sample: T[]) => number,
): RecordMetric {
  const r = bootstrapStatistic(
    items.length,
    (idx) => statistic(Array.from(idx, (i) => items[i])),
    { seed: 1, resamples: 1000 },
  );
  return { name, value: r.mean, ci_low: r.low, ci_high: r.high };
}

/** F1 from precision and recall (0 when both are 0). */
export const f1 = (p: number, r: number): number =>
  p + r > 0 ? (2 * p * r) / (p + r) : 0;

/** A number rounded to 3 decimals (null stays null; -0 becomes 0). */
function r3<T extends number | null>(x: T): T {
  if (x === null) return x;
  const r = Math.round((x as number) * 1000) / 1000;
  return (r === 0 ? 0 : r) as T;
}

/**
 * The record as JSON text: keys in the documented order, numbers rounded to
 * 3 decimals, 2-space indent, final newline, no timestamps, so the same
 * figures give the same bytes. The one writer of every record, fitted or
 * rule-based.
 */
export function formatRecord(record: AccuracyRecord): string {
  const ordered = {
    component: record.component,
    dataset: record.dataset,
    method: record.method,
    n: record.n,
    metrics: record.metrics.map((m) => ({
      name: m.name,
      value: r3(m.value),
      ci_low: r3(m.ci_low),
      ci_high: r3(m.ci_high),
      ...(m.fold_sd === undefined ? {} : { fold_sd: r3(m.fold_sd) }),
    })),
    ...(record.per_class === undefined ? {} : {
      per_class: record.per_class.map((c) => ({
        class: c.class,
        precision: r3(c.precision),
        recall: r3(c.recall),
        f1: r3(c.f1),
        support: c.support,
      })),
    }),
    ...(record.baselines === undefined ? {} : {
      baselines: record.baselines.map((b) => ({
        name: b.name,
        metrics: Object.fromEntries(
          Object.entries(b.metrics).map(([k, v]) => [k, r3(v)]),
        ),
      })),
    }),
    notes: record.notes,
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}

/** Write a record to `path`. */
export function writeRecord(path: string, record: AccuracyRecord): void {
  writeFileSync(path, formatRecord(record));
}
