import assert from "node:assert/strict";
import * as aq from "arquero";
import { sentenceSentiment } from "../../lib/sentiment/sentence_sentiment.ts";
import { scoreSentiment } from "../../lib/sentiment/score_sentiment.ts";

const article =
  "Bagdad wartet. Die Gespräche brachten nicht den erhofften Durchbruch.";
const sentences = aq.table({
  article_id: ["a", "a"],
  sentence_id: ["a:s0", "a:s1"],
  index: [0, 1],
  start: [0, 15],
  text: [article.slice(0, 14), article.slice(15)],
});

Deno.test("`sentenceSentiment()` gives one row per sentence with the score `scoreSentiment()` gives", () => {
  const s = sentenceSentiment(sentences);
  assert.deepEqual(s.array("sentence_id"), ["a:s0", "a:s1"]);
  const direct = scoreSentiment(article.slice(15));
  assert.equal(s.get("label", 1), direct.label);
  assert.equal(s.get("score", 1), Math.round(direct.score * 1e4) / 1e4);
  assert.equal(s.get("n_terms", 0), 0);
});

Deno.test("`sentenceSentiment()` evidence offsets point into the article text", () => {
  const evidence = String(sentenceSentiment(sentences).get("evidence", 1));
  assert.ok(evidence.length > 0);
  for (const part of evidence.split("; ")) {
    const m = part.match(/^(.+)@(\d+)-(\d+):-?\d/)!;
    assert.equal(article.slice(Number(m[2]), Number(m[3])), m[1]);
  }
});

Deno.test("`sentenceSentiment()` names the missing column", () => {
  assert.throws(
    () => sentenceSentiment(aq.table({ sentence_id: ["x"] })),
    /no "article_id" column/,
  );
});
