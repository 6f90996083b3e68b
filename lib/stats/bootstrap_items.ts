/**
 * Percentile bootstrap of any statistic over items (documents, quotes):
 * resample the items with replacement, recompute the statistic, take the
 * percentiles. For ratios such as precision, recall and F1 that are not a
 * mean of per-item values. Seeded, so the same items give the same
 * interval.
 *
 * @module
 */
import { mulberry32 } from "../util/prng.ts";

/** Options for {@linkcode bootstrapStatistic}. */
export interface StatisticBootstrapOptions {
  /** Number of resamples. @default 1000 */
  resamples?: number;
  /** Coverage of the interval. @default 0.95 */
  level?: number;
  /** PRNG seed. @default 1 */
  seed?: number;
}

/** A statistic and its percentile bootstrap interval. */
export interface StatisticInterval {
  value: number;
  low: number;
  high: number;
}

/**
 * `statistic(items)` and its 95% percentile bootstrap interval over items.
 * NaN resamples (a ratio with an empty denominator) are left out.
 *
 * @example Recall of 3 hits in 4, per document
 * ```ts
 * import assert from "node:assert/strict";
 * import { bootstrapStatistic } from "./bootstrap_items.ts";
 * const docs = [{ hit: 1, gold: 2 }, { hit: 2, gold: 2 }];
 * const recall = (d: typeof docs) =>
 *   d.reduce((s, x) => s + x.hit, 0) / d.reduce((s, x) => s + x.gold, 0);
 * const r = bootstrapStatistic(docs, recall, { seed: 3 });
 * assert.equal(r.value, 0.75);
 * assert.ok(r.low <= 0.75 && 0.75 <= r.high);
 * ```
 */
export function bootstrapStatistic<T>(
  items: readonly T[],
  statistic: (sample: T[]) => number,
  options: StatisticBootstrapOptions = {},
): StatisticInterval {
  const value = statistic(items.slice());
  const n = items.length;
  if (n < 2) return { value, low: value, high: value };
  const random = mulberry32(options.seed ?? 1);
  const b = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const stats: number[] = [];
  const sample = new Array<T>(n);
  for (let r = 0; r < b; r++) {
    for (let i = 0; i < n; i++) sample[i] = items[Math.floor(random() * n)];
    const s = statistic(sample);
    if (!Number.isNaN(s)) stats.push(s);
  }
  if (stats.length === 0) return { value, low: NaN, high: NaN };
  stats.sort((a, b) => a - b);
  const at = (q: number) =>
    stats[
      Math.min(
        stats.length - 1,
        Math.max(0, Math.round(q * (stats.length - 1))),
      )
    ];
  return { value, low: at((1 - level) / 2), high: at(1 - (1 - level) / 2) };
}
