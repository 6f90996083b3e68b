import assert from "node:assert/strict";
import * as aq from "arquero";
import { articleSentiment } from "../../lib/stats/article_sentiment.ts";

const sentiment = aq.table({
  article_id: ["a", "a", "a", "b", "b", "b", "c"],
  index: [0, 1, 2, 0, 1, 2, 0],
  score: [0.5, -0.5, -0.6, -0.2, 0.3, 0.4, -0.3],
  label: [
    "positive",
    "negative",
    "negative",
    "neutral",
    "positive",
    "positive",
    "negative",
  ],
});
const articles = aq.table({
  article_id: ["a", "b", "c"],
  n_sentences: [3, 3, 1],
});

Deno.test("articleSentiment sums sentence sentiment up per article", () => {
  const rows = articleSentiment(sentiment, articles).objects() as Record<
    string,
    number | string
  >[];
  assert.deepEqual(rows.map((r) => r.article_id), ["a", "b", "c"]);
  const [a, b, c] = rows;
  assert.equal(a.n, 3);
  assert.ok(Math.abs((a.mean_score as number) - -0.2) < 1e-12);
  assert.equal(a.min_score, -0.6);
  assert.equal(a.n_negative, 2);
  assert.equal(a.share_negative, 2 / 3);
  assert.equal(b.share_positive, 2 / 3);
  // Halves by index against n_sentences: 0 and 1 are the first half of 3.
  assert.equal(a.first_half, 0);
  assert.equal(a.second_half, -0.6);
  assert.equal(a.change, -0.6);
  assert.ok((b.change as number) > 0);
  // One sentence: no second half, no change.
  assert.equal(c.first_half, -0.3);
  assert.ok(Number.isNaN(c.change as number));
});
