import assert from "node:assert/strict";
import { analyzeCorpus } from "../../lib/mod.ts";

Deno.test("`analyzeCorpus()` writes a mentions table with article offsets, types and affiliations", async () => {
  const text = "Kairo.\n\nBagdad forderte den Abzug. Der IS verlor.";
  const t = await analyzeCorpus([{ id: "a1", text }]);
  const rows = t.mentions.objects() as Record<string, unknown>[];
  assert.deepEqual(rows.map((r) => r.actor_id), [
    "iraq_government",
    "islamic_state",
  ]);
  for (const r of rows) {
    assert.equal(text.slice(r.start as number, r.end as number), r.surface);
  }
  assert.equal(rows[0].affiliation, "iraq");
  assert.equal(rows[0].actor_type, "government");
  assert.equal(rows[1].sentence_id, "a1:s1");
  assert.equal(rows[0].mention_id, "a1:m0");
});

Deno.test("`analyzeCorpus()` writes the gazetteer as the actors table", async () => {
  const t = await analyzeCorpus([{ id: "a1", text: "Nichts." }]);
  assert.equal(t.mentions.numRows(), 0);
  const ids = t.actors.array("actor_id") as string[];
  assert.ok(ids.includes("usa") && ids.includes("jens_stoltenberg"));
});
