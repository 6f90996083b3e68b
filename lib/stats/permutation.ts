/**
 * Permutation tests between two groups of articles, for a pooled ratio:
 * the share of sentences with a frame (sentences with it / sentences) or the
 * mean tone of mentions (sum of scores / mentions). Articles, not sentences,
 * are permuted and resampled, because sentences of one article are not
 * independent.
 *
 * @module
 */
import { mulberry32 } from "../util/prng.ts";

/** One article's contribution: a sum, its sum of squares, and a count. */
export interface RatioUnit {
  /** Sentences with the frame, or the sum of tone scores. */
  sum: number;
  /** Sum of squared values (for tone: Σ score²; for shares, = sum). */
  sumSq: number;
  /** Sentences, or mentions. */
  n: number;
}

/** Options for {@linkcode permutationTest}. */
export interface PermutationOptions {
  /** Label permutations. @default 2000 */
  permutations?: number;
  /** Bootstrap resamples for the interval of the difference. @default 1000 */
  resamples?: number;
  /** Interval coverage. @default 0.95 */
  level?: number;
  /** PRNG seed. @default 20260101 */
  seed?: number;
  /**
   * `share` (values are 0/1: effect size Cohen's h) or `mean` (effect size
   * Cohen's d on the pooled values). @default "mean"
   */
  kind?: "share" | "mean";
}

/** The result of {@linkcode permutationTest}. */
export interface PermutationResult {
  /** Pooled ratio of group a, of group b, and a − b. */
  a: number;
  b: number;
  diff: number;
  /** Percentile bootstrap interval of the difference (articles resampled). */
  low: number;
  high: number;
  /** Two-sided permutation p-value, (1 + #|perm| ≥ |obs|) / (1 + B). */
  p: number;
  /** Cohen's h (shares) or d (means); NaN when undefined. */
  effect: number;
  /** Articles and counts (sentences or mentions) in each group. */
  articles_a: number;
  articles_b: number;
  n_a: number;
  n_b: number;
}

function pooled(units: readonly RatioUnit[], pick?: ArrayLike<number>) {
  let s = 0, ss = 0, n = 0;
  const len = pick ? pick.length : units.length;
  for (let i = 0; i < len; i++) {
    const u = units[pick ? pick[i] : i];
    s += u.sum;
    ss += u.sumSq;
    n += u.n;
  }
  return { s, ss, n };
}

const ratio = (x: { s: number; n: number }) => (x.n > 0 ? x.s / x.n : NaN);

function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Test whether the pooled ratio differs between articles `a` and `b`.
 * Deterministic for a given seed.
 *
 * @example Frame share in two outlets
 * ```ts
 * import assert from "node:assert/strict";
 * import { permutationTest } from "./permutation.ts";
 * const unit = (k: number, n: number) => ({ sum: k, sumSq: k, n });
 * const a = [unit(4, 10), unit(5, 10), unit(3, 10), unit(4, 10), unit(5, 10)];
 * const b = [unit(1, 10), unit(0, 10), unit(1, 10), unit(2, 10), unit(1, 10)];
 * const r = permutationTest(a, b, { kind: "share" });
 * assert.ok(Math.abs(r.diff - 0.32) < 1e-9);
 * assert.ok(r.p < 0.05 && r.low > 0);
 * ```
 */
export function permutationTest(
  a: readonly RatioUnit[],
  b: readonly RatioUnit[],
  options: PermutationOptions = {},
): PermutationResult {
  const B = options.permutations ?? 2000;
  const R = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const rand = mulberry32(options.seed ?? 20260101);
  const pa = pooled(a), pb = pooled(b);
  const ra = ratio(pa), rb = ratio(pb);
  const diff = ra - rb;
  const base = {
    a: ra,
    b: rb,
    diff,
    articles_a: a.length,
    articles_b: b.length,
    n_a: pa.n,
    n_b: pb.n,
  };
  if (!Number.isFinite(diff)) {
    return { ...base, low: NaN, high: NaN, p: NaN, effect: NaN };
  }
  // Permutation: shuffle article labels, keep group sizes.
  const all = [...a, ...b];
  const idx = Int32Array.from(all.map((_, i) => i));
  let extreme = 0;
  const obs = Math.abs(diff) - 1e-12;
  for (let r = 0; r < B; r++) {
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    const x = pooled(all, idx.subarray(0, a.length));
    const y = pooled(all, idx.subarray(a.length));
    const d = ratio(x) - ratio(y);
    if (Math.abs(d) >= obs) extreme++;
  }
  // Bootstrap: resample articles within each group.
  const diffs = new Float64Array(R);
  const pickA = new Int32Array(a.length), pickB = new Int32Array(b.length);
  let k = 0;
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < a.length; i++) pickA[i] = Math.floor(rand() * a.length);
    for (let i = 0; i < b.length; i++) pickB[i] = Math.floor(rand() * b.length);
    const d = ratio(pooled(a, pickA)) - ratio(pooled(b, pickB));
    if (Number.isFinite(d)) diffs[k++] = d;
  }
  const sorted = diffs.subarray(0, k).sort();
  const alpha = (1 - level) / 2;
  let effect: number;
  if (options.kind === "share") {
    effect = 2 * Math.asin(Math.sqrt(ra)) - 2 * Math.asin(Math.sqrt(rb));
  } else {
    const va = pa.ss / pa.n - ra * ra, vb = pb.ss / pb.n - rb * rb;
    const sd = Math.sqrt(
      (va * pa.n + vb * pb.n) / Math.max(1, pa.n + pb.n - 2),
    );
    effect = sd > 0 ? diff / sd : NaN;
  }
  return {
    ...base,
    low: k ? quantile(sorted, alpha) : NaN,
    high: k ? quantile(sorted, 1 - alpha) : NaN,
    p: (1 + extreme) / (1 + B),
    effect,
  };
}

/** Pooled ratio of `units` and its percentile bootstrap interval. */
export interface RatioInterval {
  value: number;
  low: number;
  high: number;
}

/**
 * The pooled ratio (Σ sum / Σ n) of articles and its percentile bootstrap
 * interval, articles resampled; seeded, so deterministic.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bootstrapRatio } from "./permutation.ts";
 * const r = bootstrapRatio([{ sum: 1, sumSq: 1, n: 10 }, { sum: 3, sumSq: 3, n: 10 }]);
 * assert.equal(r.value, 0.2);
 * assert.ok(r.low <= 0.2 && r.high >= 0.2);
 * ```
 */
export function bootstrapRatio(
  units: readonly RatioUnit[],
  options: Pick<PermutationOptions, "resamples" | "level" | "seed"> = {},
): RatioInterval {
  const value = ratio(pooled(units));
  if (!Number.isFinite(value) || units.length < 2) {
    return { value, low: value, high: value };
  }
  const R = options.resamples ?? 1000;
  const rand = mulberry32(options.seed ?? 20260101);
  const pick = new Int32Array(units.length);
  const out = new Float64Array(R);
  let k = 0;
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < pick.length; i++) {
      pick[i] = Math.floor(rand() * units.length);
    }
    const v = ratio(pooled(units, pick));
    if (Number.isFinite(v)) out[k++] = v;
  }
  const sorted = out.subarray(0, k).sort();
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  return {
    value,
    low: quantile(sorted, alpha),
    high: quantile(sorted, 1 - alpha),
  };
}
