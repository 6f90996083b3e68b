import assert from "node:assert/strict";
import { bootstrapMean, mulberry32 } from "../../lib/stats/bootstrap.ts";

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

Deno.test("`mulberry32()` gives numbers in [0, 1) and repeats for a seed", () => {
  const r1 = mulberry32(42), r2 = mulberry32(42);
  for (let i = 0; i < 100; i++) {
    const x = r1();
    assert.equal(x, r2());
    assert.ok(x >= 0 && x < 1);
  }
});
