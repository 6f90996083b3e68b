import assert from "node:assert/strict";
import {
  addCounts,
  matchCounts,
  prf,
  wilsonInterval,
} from "../../lib/validation/prf.ts";

Deno.test("`prf()` gives precision, recall and their harmonic mean, and 0 where nothing was predicted", () => {
  assert.deepEqual(prf({ tp: 8, fp: 2, fn: 0 }), {
    precision: 0.8,
    recall: 1,
    f1: 2 * 0.8 / 1.8,
  });
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 3 }), {
    precision: 0,
    recall: 0,
    f1: 0,
  });
});

Deno.test("`matchCounts()` counts each key once and adds up with `addCounts()`", () => {
  const a = matchCounts(["x", "x", "y"], ["x", "z"]);
  assert.deepEqual(a, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(addCounts(a, a), { tp: 2, fp: 2, fn: 2 });
});

Deno.test("`wilsonInterval()` stays inside [0, 1], contains the estimate and narrows with n", () => {
  for (const [k, n] of [[0, 5], [5, 5], [3, 10], [30, 100]]) {
    const [lo, hi] = wilsonInterval(k, n);
    assert.ok(lo >= 0 && hi <= 1 && lo <= k / n && k / n <= hi, `${k}/${n}`);
  }
  const w = (n: number) => {
    const [lo, hi] = wilsonInterval(n / 2, n);
    return hi - lo;
  };
  assert.ok(w(100) < w(10));
  assert.deepEqual(wilsonInterval(0, 0), [0, 1]);
});
