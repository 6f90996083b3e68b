import assert from "node:assert/strict";
import {
  bootstrapClusterMean,
  bootstrapMean,
  hashString,
} from "../../lib/stats/bootstrap.ts";
import { mulberry32 } from "../../lib/util/prng.ts";

Deno.test("`bootstrapMean()` is deterministic for a seed and brackets the mean", () => {
  const values = [-0.8, -0.3, -0.1, 0, 0.2, 0.4];
  const a = bootstrapMean(values, { seed: 1 });
  assert.deepEqual(a, bootstrapMean(values, { seed: 1 }));
  assert.ok(a.low < a.mean && a.mean < a.high);
  assert.ok(a.low >= -0.8 && a.high <= 0.4);
});

Deno.test("`bootstrapMean()` of no values is NaN and of one value a point", () => {
  assert.ok(Number.isNaN(bootstrapMean([]).mean));
  assert.deepEqual(bootstrapMean([0.3]), { mean: 0.3, low: 0.3, high: 0.3 });
});

Deno.test("`hashString()` gives different seeds for different group keys", () => {
  assert.notEqual(hashString("a\u0000usa"), hashString("a\u0000iraq"));
  assert.equal(hashString("x"), hashString("x"));
});

Deno.test("`bootstrapMean()` gives the exact bootstrap interval for two values", () => {
  // Resamples of {a, b}: a (p = 1/4), (a + b) / 2 (1/2), b (1/4).
  assert.deepEqual(bootstrapMean([-0.4, 0.2]), {
    mean: -0.1,
    low: -0.4,
    high: 0.2,
  });
});

Deno.test("`bootstrapMean()` exact interval agrees with a large Monte Carlo run", () => {
  const values = [-0.6, -0.1, 0, 0.3, 0.45, 0.05];
  const exact = bootstrapMean(values);
  const mc = bootstrapMean([...values, ...values], { resamples: 20000 });
  // Twelve values (each twice) have the same mean and a narrower spread, so
  // compare against six values resampled by brute force instead.
  const rand = mulberry32(3);
  const means: number[] = [];
  for (let r = 0; r < 20000; r++) {
    let s = 0;
    for (let i = 0; i < 6; i++) s += values[Math.floor(rand() * 6)];
    means.push(s / 6);
  }
  means.sort((a, b) => a - b);
  assert.ok(Math.abs(exact.low - means[Math.floor(0.025 * 19999)]) < 0.03);
  assert.ok(Math.abs(exact.high - means[Math.ceil(0.975 * 19999)]) < 0.03);
  assert.ok(mc.low > exact.low && mc.high < exact.high);
});

Deno.test("`bootstrapClusterMean()` resamples whole clusters", () => {
  // Two articles: resampling articles gives -1 (1/4), pooled (1/2), 0.5 (1/4).
  const ci = bootstrapClusterMean([{ sum: -3, n: 3 }, { sum: 0.5, n: 1 }]);
  assert.equal(ci.mean, -0.625);
  assert.equal(ci.low, -1);
  assert.equal(ci.high, 0.5);
});
