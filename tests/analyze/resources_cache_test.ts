import assert from "node:assert/strict";
import { loadResources } from "../../lib/analyze/resources.ts";
import type { ResourcePaths } from "../../lib/analyze/resources.ts";

Deno.test("loadResources keeps one load for options that differ only in non-path settings", () => {
  const plain = loadResources({});
  // analyzeCorpus passes its options with batchSize added to the batches,
  // then its options alone to the corpus stages: both must get one load.
  const withBatch = loadResources({ batchSize: Infinity } as ResourcePaths);
  assert.equal(withBatch, plain);
  assert.equal(loadResources({}), plain);
});
