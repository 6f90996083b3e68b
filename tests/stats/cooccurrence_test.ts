import assert from "node:assert/strict";
import * as aq from "arquero";
import { actorCooccurrence } from "../../lib/stats/cooccurrence.ts";

const mentions = aq.table({
  article_id: ["a", "a", "a", "a", "a", "b", "b"],
  sentence_id: ["a:s0", "a:s0", "a:s0", "a:s1", "a:s1", "b:s0", "b:s0"],
  actor_id: ["usa", "usa", "iraq", "iraq", "un", "usa", "iraq"],
});

Deno.test("`actorCooccurrence()` counts each shared sentence once per pair", () => {
  const t = actorCooccurrence(mentions);
  assert.deepEqual(t.objects(), [
    {
      actor_a: "iraq",
      actor_b: "usa",
      n_units: 2,
      n_articles: 2,
      units: "a:s0;b:s0",
    },
    {
      actor_a: "iraq",
      actor_b: "un",
      n_units: 1,
      n_articles: 1,
      units: "a:s1",
    },
  ]);
});

Deno.test("`actorCooccurrence()` by article pairs actors anywhere in an article", () => {
  const t = actorCooccurrence(mentions, { unit: "article" });
  assert.equal(t.numRows(), 3);
  assert.equal(t.get("units", 0), "a;b");
});
