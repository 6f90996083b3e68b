import assert from "node:assert/strict";
import * as aq from "arquero";
import { evidenceTerms } from "../../lib/sentiment/evidence_terms.ts";

Deno.test("`evidenceTerms()` gives one row per term with its key columns, and none for empty evidence", () => {
  const tone = aq.table({
    mention_id: ["a:m0", "a:m1"],
    article_id: ["a", "a"],
    sentence_id: ["a:s0", "a:s1"],
    actor_id: ["usa", "iraq"],
    evidence: ["ums Leben@10-19:-0.8; gut@25-28:0.4", ""],
  });
  const e = evidenceTerms(tone);
  assert.deepEqual(e.columnNames(), [
    "mention_id",
    "article_id",
    "sentence_id",
    "actor_id",
    "term",
    "start",
    "end",
    "value",
  ]);
  assert.deepEqual(e.array("term"), ["ums Leben", "gut"]);
  assert.deepEqual(e.array("start"), [10, 25]);
});

Deno.test("`evidenceTerms()` names a malformed entry", () => {
  assert.throws(
    () => evidenceTerms(aq.table({ evidence: ["kaputt"] })),
    /Cannot read evidence "kaputt"/,
  );
});
