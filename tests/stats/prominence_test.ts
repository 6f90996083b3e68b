import assert from "node:assert/strict";
import * as aq from "arquero";
import { actorProminence } from "../../lib/stats/prominence.ts";

const articles = aq.table({
  article_id: ["a", "b", "c"],
  n_words: [1000, 500, 2000],
  conflict: ["iraq", "iraq;syria", "ukraine"],
});
const mentions = aq.table({
  article_id: ["a", "a", "b", "b", "b", "c"],
  actor_id: ["usa", "usa", "usa", "iraq", null, "russia"],
});

Deno.test("`actorProminence()` counts mentions per 1,000 words of each article", () => {
  const t = actorProminence(mentions, articles);
  assert.deepEqual(t.objects()[0], {
    article_id: "a",
    actor_id: "usa",
    n_mentions: 2,
    n_words: 1000,
    per_1000: 2,
  });
  assert.equal(t.numRows(), 4); // the mention without actor is skipped
});

Deno.test("`actorProminence()` by conflict pools articles and counts shared ones in both", () => {
  const t = actorProminence(mentions, articles, { by: "conflict" });
  const rows = t.objects() as Record<string, unknown>[];
  const usaIraq = rows.find((r) =>
    r.conflict_id === "iraq" && r.actor_id === "usa"
  )!;
  assert.equal(usaIraq.n_mentions, 3);
  assert.equal(usaIraq.n_words, 1500);
  assert.equal(usaIraq.per_1000, 2);
  const syria = rows.filter((r) => r.conflict_id === "syria");
  assert.deepEqual(syria.map((r) => r.actor_id), ["iraq", "usa"]);
  assert.deepEqual([...new Set(t.array("conflict_id"))], [
    "iraq",
    "syria",
    "ukraine",
  ]);
});

Deno.test("`actorProminence()` takes conflicts from an article_conflicts table when given", () => {
  const articleConflicts = aq.table({ article_id: ["c"], conflict_id: ["x"] });
  const t = actorProminence(mentions, articles, {
    by: "conflict",
    articleConflicts,
  });
  assert.deepEqual(t.array("conflict_id"), ["x"]);
});

Deno.test("`actorProminence()` names a missing column and how to fix it", () => {
  assert.throws(
    () => actorProminence(mentions, articles, { actor: "who" }),
    (e: Error) =>
      e instanceof TypeError && /column "who" is missing/.test(e.message),
  );
});
