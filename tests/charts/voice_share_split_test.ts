import assert from "node:assert/strict";
import * as aq from "arquero";
import { voiceShareData } from "../../lib/charts/mod.ts";

Deno.test("voiceShareData splits a speaker's share by how the speaker was found", () => {
  const quotes = aq.table({
    quote_id: ["q1", "q2", "q3"],
    article_id: ["a", "a", "a"],
    speaker: ["usa", "usa", ""],
    kind: ["direct", "direct", "reported"],
    speaker_kind: ["named", "pronoun_resolved", "unresolved"],
  });
  const t = voiceShareData(quotes, { split: "speaker_kind" });
  assert.deepEqual(t.array("kind"), [
    "named",
    "pronoun_resolved",
    "unresolved",
  ]);
  assert.deepEqual(t.array("kind_label"), [
    "named",
    "pronoun resolved",
    "unresolved",
  ]);
  assert.deepEqual(t.array("share"), [1 / 3, 1 / 3, 1 / 3]);
  // The default split is unchanged: by kind of quote.
  assert.deepEqual(voiceShareData(quotes).array("kind"), [
    "direct",
    "reported",
  ]);
});
