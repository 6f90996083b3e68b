/**
 * Percentile bootstrap interval of a mean with a seeded PRNG, so the same
 * values always give the same interval.
 *
 * @module
 */
import { mulberry32 } from "../util/prng.ts";

/** Options for {@linkcode bootstrapMean}. */
export interface BootstrapOptions {
  /**
   * Number of resamples (Monte Carlo); samples of at most
   * {@linkcode EXACT_MAX} values use the exact bootstrap distribution
   * instead. @default 1000
   */
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
 * import assert from "node:assert/strict";
 * import { bootstrapMean } from "./bootstrap.ts";
 * const a = bootstrapMean([-0.5, -0.2, 0, 0.1], { seed: 7 });
 * const b = bootstrapMean([-0.5, -0.2, 0, 0.1], { seed: 7 });
 * assert.ok(a.low === b.low && a.low <= a.mean && a.mean <= a.high);
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
  const level = options.level ?? 0.95;
  if (n <= EXACT_MAX) {
    return exactInterval(
      Float64Array.from(values),
      new Float64Array(n).fill(1),
      mean,
      level,
    );
  }
  const b = options.resamples ?? 1000;
  let min = values[0], max = values[0];
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return { mean, low: mean, high: mean };
  // mulberry32 inlined (the same sequence as lib/util/prng.ts, so intervals
  // are unchanged): the resampling loop runs b × n times per group and was
  // 38% of a profiled 100× run as a closure call per draw.
  // The state is kept as an int32 (the same bits as the uint32 of
  // lib/util/prng.ts, without boxing values above 2^31), and the index is
  // u·(n/2^32), equal to (u/2^32)·n because both products are exact.
  let state = (options.seed ?? 20260101) | 0;
  const scale = n / 4294967296;
  const v = Float64Array.from(values);
  const means = new Float64Array(b);
  for (let r = 0; r < b; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
      // x | 0 is Math.floor(x) for 0 <= x < 2^31, and faster here.
      s += v[(((t ^ (t >>> 14)) >>> 0) * scale) | 0];
    }
    means[r] = s / n;
  }
  const lo = Math.floor(((1 - level) / 2) * (b - 1));
  const hi = Math.ceil((1 - (1 - level) / 2) * (b - 1));
  // Two order statistics by selection instead of a full sort (O(b)).
  return { mean, low: select(means, lo), high: select(means, hi) };
}

/** The k-th smallest value of `a` (0-based); reorders `a`. Hoare's select. */
function select(a: Float64Array, k: number): number {
  let left = 0, right = a.length - 1;
  while (left < right) {
    const pivot = a[(left + right) >>> 1];
    let i = left, j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}

/** One cluster (e.g. one article): the sum and count of its values. */
export interface Cluster {
  sum: number;
  n: number;
}

/**
 * The mean of clustered values and its percentile *cluster* bootstrap
 * interval: each resample draws whole clusters with replacement and takes
 * the pooled mean. Use it where values within a cluster are not
 * independent — mentions of an actor within one article repeat that
 * article's view, so a conflict's interval must resample articles, not
 * mentions. One cluster gives a zero-width interval.
 *
 * @example Two articles, one consistently negative
 * ```ts
 * import assert from "node:assert/strict";
 * import { bootstrapClusterMean } from "./bootstrap.ts";
 * const ci = bootstrapClusterMean([{ sum: -3, n: 3 }, { sum: 0.5, n: 1 }], { seed: 1 });
 * assert.equal(ci.mean, -0.625);
 * assert.ok(ci.low <= ci.mean && ci.mean <= ci.high);
 * ```
 */
export function bootstrapClusterMean(
  clusters: readonly Cluster[],
  options: BootstrapOptions = {},
): MeanInterval {
  const k = clusters.length;
  let total = 0, count = 0;
  for (const c of clusters) {
    total += c.sum;
    count += c.n;
  }
  if (count === 0) return { mean: NaN, low: NaN, high: NaN };
  const mean = total / count;
  if (k === 1) return { mean, low: mean, high: mean };
  const level = options.level ?? 0.95;
  const sums = Float64Array.from(clusters, (c) => c.sum);
  const ns = Float64Array.from(clusters, (c) => c.n);
  if (k <= EXACT_MAX) return exactInterval(sums, ns, mean, level);
  const b = options.resamples ?? 1000;
  // Inlined mulberry32 as in bootstrapMean.
  let state = (options.seed ?? 20260101) | 0;
  const scale = k / 4294967296;
  const both = new Float64Array(2 * k);
  for (let i = 0; i < k; i++) {
    both[2 * i] = sums[i];
    both[2 * i + 1] = ns[i];
  }
  const means = new Float64Array(b);
  for (let r = 0; r < b; r++) {
    let s = 0, m = 0;
    for (let i = 0; i < k; i++) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
      // Sum and count side by side: one cache line per draw.
      const j = 2 * ((((t ^ (t >>> 14)) >>> 0) * scale) | 0);
      s += both[j];
      m += both[j + 1];
    }
    means[r] = s / m;
  }
  const lo = Math.floor(((1 - level) / 2) * (b - 1));
  const hi = Math.ceil((1 - (1 - level) / 2) * (b - 1));
  return { mean, low: select(means, lo), high: select(means, hi) };
}

/**
 * Samples up to this size get the exact bootstrap distribution: all
 * C(2n−1, n) resamples (462 for n = 6) with their multinomial
 * probabilities, instead of Monte Carlo draws. Most actor × article groups
 * are this small, and for them the exact interval is both cheaper and free
 * of simulation error.
 */
export const EXACT_MAX = 6;

/**
 * Every count vector c of k clusters (Σ c_i = k), in a fixed order, with its
 * multinomial probability. They depend on k alone, so they are built once
 * per k (at most {@linkcode EXACT_MAX}) and shared by every group.
 */
interface ExactLayout {
  /** Count vectors, k per resample, flattened. */
  counts: Int32Array;
  /** Probability of each count vector. */
  probs: Float64Array;
}

const exactLayouts = new Map<number, ExactLayout>();

function exactLayout(k: number): ExactLayout {
  const cached = exactLayouts.get(k);
  if (cached) return cached;
  const fact = [1];
  for (let i = 1; i <= k; i++) fact[i] = fact[i - 1] * i;
  const total = Math.pow(k, k);
  const flat: number[] = [];
  const probs: number[] = [];
  const counts = new Array<number>(k).fill(0);
  const walk = (i: number, left: number) => {
    if (i === k - 1) {
      counts[i] = left;
      let denom = 1;
      for (let j = 0; j < k; j++) denom *= fact[counts[j]];
      for (let j = 0; j < k; j++) flat.push(counts[j]);
      probs.push(fact[k] / denom / total);
      return;
    }
    for (let c = 0; c <= left; c++) {
      counts[i] = c;
      walk(i + 1, left - c);
    }
  };
  walk(0, k);
  const layout = {
    counts: Int32Array.from(flat),
    probs: Float64Array.from(probs),
  };
  exactLayouts.set(k, layout);
  return layout;
}

/**
 * Percentile interval from the exact bootstrap distribution of the pooled
 * mean Σ c_i·sum_i / Σ c_i·n_i over every count vector c (Σ c_i = k).
 */
function exactInterval(
  sums: Float64Array,
  ns: Float64Array,
  mean: number,
  level: number,
): MeanInterval {
  const k = sums.length;
  let allSame = true;
  for (let i = 1; i < k; i++) {
    if (sums[i] / ns[i] !== sums[0] / ns[0]) allSame = false;
  }
  if (allSame) return { mean, low: mean, high: mean };
  const { counts, probs } = exactLayout(k);
  const size = probs.length;
  const values = new Float64Array(size);
  for (let r = 0, o = 0; r < size; r++, o += k) {
    let s = 0, m = 0;
    for (let j = 0; j < k; j++) {
      s += counts[o + j] * sums[j];
      m += counts[o + j] * ns[j];
    }
    values[r] = s / m;
  }
  const order = sortedIndexes(values);
  const qLow = (1 - level) / 2, qHigh = 1 - (1 - level) / 2;
  let cum = 0, low = NaN, high = NaN;
  for (let r = 0; r < size; r++) {
    const i = order[r];
    cum += probs[i];
    // A small tolerance so that rounding in the probabilities cannot skip
    // a quantile that falls exactly on a step.
    if (Number.isNaN(low) && cum >= qLow - 1e-12) low = values[i];
    if (cum >= qHigh - 1e-12) {
      high = values[i];
      break;
    }
  }
  return { mean, low, high };
}

/**
 * Indexes of `values` in ascending order of value, ties by index (a total
 * order, so the result is that of any correct sort). A bottom-up merge
 * sort on typed arrays: stable, so ties keep index order, and with no
 * comparator closure; the arrays hold at most 462 values (an insertion
 * sort, quadratic, was a tenth of the tone aggregates' time).
 */
function sortedIndexes(values: Float64Array): Int32Array {
  const n = values.length;
  let order = new Int32Array(n);
  let spare = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        // Take from the right run only when strictly smaller: stable.
        spare[k++] = values[order[j]] < values[order[i]]
          ? order[j++]
          : order[i++];
      }
      while (i < mid) spare[k++] = order[i++];
      while (j < hi) spare[k++] = order[j++];
    }
    const t = order;
    order = spare;
    spare = t;
  }
  return order;
}

/**
 * Percentile bootstrap interval of any statistic of `n` items (e.g. the
 * macro-F1 of predictions): each of the `resamples` draws n item indexes
 * with replacement (seeded) and calls `statistic` with them. Returns the
 * statistic on all items and the interval.
 *
 * @example Same seed, same interval
 * ```ts
 * import assert from "node:assert/strict";
 * import { bootstrapStatistic } from "./bootstrap.ts";
 * const hit = [1, 0, 1, 1, 0, 1, 1, 1];
 * const acc = (idx: Int32Array) => idx.reduce((s, i) => s + hit[i], 0) / idx.length;
 * const a = bootstrapStatistic(hit.length, acc, { seed: 3 });
 * assert.deepEqual(a, bootstrapStatistic(hit.length, acc, { seed: 3 }));
 * assert.ok(a.low <= a.mean && a.mean <= a.high && a.mean === 0.75);
 * ```
 */
export function bootstrapStatistic(
  n: number,
  statistic: (indexes: Int32Array) => number,
  options: BootstrapOptions = {},
): MeanInterval {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const mean = statistic(all);
  if (n < 2) return { mean, low: mean, high: mean };
  const level = options.level ?? 0.95;
  const b = options.resamples ?? 1000;
  const random = mulberry32(options.seed ?? 20260101);
  const values = new Float64Array(b);
  const idx = new Int32Array(n);
  for (let r = 0; r < b; r++) {
    for (let i = 0; i < n; i++) idx[i] = Math.floor(random() * n);
    values[r] = statistic(idx);
  }
  const lo = Math.floor(((1 - level) / 2) * (b - 1));
  const hi = Math.ceil((1 - (1 - level) / 2) * (b - 1));
  return { mean, low: select(values, lo), high: select(values, hi) };
}

/** Counts of one resampling unit (an article, a sentence). */
export interface CountUnit {
  [count: string]: number;
}

/** A statistic and its percentile bootstrap interval. */
export interface StatInterval {
  value: number;
  low: number;
  high: number;
}

/**
 * Percentile bootstrap interval of a statistic of summed counts, resampling
 * whole units (articles, sentences) with replacement: precision, recall or
 * F1 of span matches, where matches within a unit are not independent.
 *
 * @example Recall over three articles
 * ```ts
 * import assert from "node:assert/strict";
 * import { bootstrapCounts } from "./bootstrap.ts";
 * const units = [{ found: 8, gold: 10 }, { found: 3, gold: 5 }, { found: 9, gold: 9 }];
 * const r = bootstrapCounts(units, (c) => c.found / c.gold, { seed: 1 });
 * assert.equal(r.value.toFixed(3), "0.833");
 * assert.ok(r.low <= r.value && r.value <= r.high);
 * ```
 */
export function bootstrapCounts(
  units: readonly CountUnit[],
  statistic: (sums: CountUnit) => number,
  options: BootstrapOptions = {},
): StatInterval {
  const keys = units.length > 0 ? Object.keys(units[0]) : [];
  const sum = (indexes: Int32Array): CountUnit => {
    const s: CountUnit = Object.fromEntries(keys.map((k) => [k, 0]));
    for (const i of indexes) for (const k of keys) s[k] += units[i][k];
    return s;
  };
  const r = bootstrapStatistic(
    units.length,
    (indexes) => statistic(sum(indexes)),
    options,
  );
  return { value: r.mean, low: r.low, high: r.high };
}
