import assert from "node:assert/strict";
import { bootstrapMean, hashString } from "../../lib/stats/bootstrap.ts";

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
