/**
 * Benjamini–Hochberg false-discovery-rate correction: q-values for a family
 * of p-values (Benjamini & Hochberg 1995; R's `p.adjust(p, "BH")`).
 *
 * @module
 */

/**
 * The BH-adjusted p-values (q-values), in the order of `p`. NaN p-values
 * stay NaN and do not count as tests.
 *
 * @example As R's p.adjust(c(0.01, 0.04, 0.03, 0.2), "BH")
 * ```ts
 * import assert from "node:assert/strict";
 * import { benjaminiHochberg } from "./fdr.ts";
 * const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
 * assert.deepEqual(q.map((x) => Math.round(x * 1e4) / 1e4), [0.04, 0.0533, 0.0533, 0.2]);
 * ```
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const idx = p.map((_, i) => i).filter((i) => !Number.isNaN(p[i]));
  const m = idx.length;
  const q = p.map(() => NaN);
  // Largest p first; q is the running minimum of p·m/rank.
  idx.sort((a, b) => p[b] - p[a] || b - a);
  let min = 1;
  idx.forEach((i, k) => {
    const rank = m - k;
    min = Math.min(min, (p[i] * m) / rank);
    q[i] = min;
  });
  return q;
}
