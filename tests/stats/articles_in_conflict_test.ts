import assert from "node:assert/strict";
import * as aq from "arquero";
import { articlesInConflict } from "../../lib/stats/articles_in_conflict.ts";

Deno.test("`articlesInConflict()` finds articles listed under several conflicts", () => {
  const articles = aq.table({
    article_id: ["a", "b", "c"],
    conflict: ["x", "", "y; x"],
  });
  assert.deepEqual(articlesInConflict(articles, "x"), ["a", "c"]);
  assert.deepEqual(articlesInConflict(articles, "z"), []);
});

Deno.test("`articlesInConflict()` prefers an article_conflicts table when given", () => {
  const articles = aq.table({ article_id: ["a", "b"], conflict: ["x", "x"] });
  const ac = aq.table({ article_id: ["b"], conflict_id: ["x"] });
  assert.deepEqual(articlesInConflict(articles, "x", ac), ["b"]);
});
