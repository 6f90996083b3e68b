/**
 * Percentile bootstrap interval of a mean with a seeded PRNG, so the same
 * values always give the same interval.
 *
 * @module
 */
import { mulberry32 } from "../util/prng.ts";

/** Options for {@linkcode bootstrapMean}. */
export interface BootstrapOptions {
  /** Number of resamples. @default 2000 */
  resamples?: number;
  /** Coverage of the interval. @default 0.95 */
  level?: number;
  /** PRNG seed (an unsigned 32-bit integer). @default 20260101 */
  seed?: number;
}

/** Mean and percentile bootstrap interval. */
export interface MeanInterval {
  mean: number;
  low: number;
  high: number;
}

/** FNV-1a hash of a string, to derive a per-group seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The mean of `values` and its percentile bootstrap interval. One value (or
 * identical values) gives a zero-width interval; no values give NaN.
 *
 * @example Same seed, same interval
 * ```ts
 * import { bootstrapMean } from "./bootstrap.ts";
 * const a = bootstrapMean([-0.5, -0.2, 0, 0.1], { seed: 7 });
 * const b = bootstrapMean([-0.5, -0.2, 0, 0.1], { seed: 7 });
 * console.assert(a.low === b.low && a.low <= a.mean && a.mean <= a.high);
 * ```
 */
export function bootstrapMean(
  values: readonly number[],
  options: BootstrapOptions = {},
): MeanInterval {
  const n = values.length;
  if (n === 0) return { mean: NaN, low: NaN, high: NaN };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (n === 1) return { mean, low: mean, high: mean };
  const b = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const rand = mulberry32(options.seed ?? 20260101);
  const means = new Float64Array(b);
  for (let r = 0; r < b; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[Math.floor(rand() * n)];
    means[r] = s / n;
  }
  means.sort();
  const lo = Math.floor(((1 - level) / 2) * (b - 1));
  const hi = Math.ceil((1 - (1 - level) / 2) * (b - 1));
  return { mean, low: means[lo], high: means[hi] };
}
