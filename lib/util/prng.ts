/**
 * A small seeded pseudo-random generator (mulberry32), so that everything
 * random in this project — bootstrap intervals, scaled corpora, layouts — is
 * reproducible from a seed.
 *
 * @module
 */

/**
 * Return a function giving floats in [0, 1) from a 32-bit seed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mulberry32 } from "./prng.ts";
 * const a = mulberry32(1), b = mulberry32(1);
 * assert.equal(a(), b());
 * ```
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
