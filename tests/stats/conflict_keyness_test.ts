import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  conflictKeyness,
  keyConflict,
} from "../../lib/stats/conflict_keyness.ts";

const articles = aq.table({
  article_id: ["a", "b", "c"],
  conflict: ["iraq", "iraq", "syria"],
});
const words = ["bagdad", "truppen", "bagdad", "aleppo", "truppen"];
const tokens = aq.table({
  article_id: ["a", "a", "b", "c", "c"],
  lower: words,
  norm: words,
  is_word: words.map(() => true),
});

Deno.test("`conflictKeyness()` compares a conflict's articles with the rest", () => {
  const k = conflictKeyness(tokens, articles, "iraq");
  assert.equal(k.get("feature", 0), "bagdad");
  assert.equal(k.get("n_target", 0), 2);
});

Deno.test("`conflictKeyness()` gives an empty table for a conflict with no article", () => {
  assert.equal(conflictKeyness(tokens, articles, "ukraine").numRows(), 0);
});

Deno.test("`keyConflict()` takes the largest conflict that leaves articles out, and none on a one-conflict corpus", () => {
  assert.equal(keyConflict(articles), "iraq");
  const one = aq.table({ article_id: ["a", "b"], conflict: ["iraq", "iraq"] });
  assert.equal(keyConflict(one), undefined);
  const assigned = aq.table({
    article_id: ["a", "b", "c"],
    conflict_id: ["syria", "syria", "iraq"],
  });
  assert.equal(keyConflict(articles, assigned), "syria");
});
