/**
 * Sentence sentiment summed up per article: how negative each article is
 * on average, how many of its sentences are negative or positive, and
 * whether its tone changes from the first half of its sentences to the
 * second.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";

const { op } = aq;

/**
 * One row per article of a sentence sentiment table (from
 * `sentenceSentiment`: `article_id`, `index`, `score`, `label`), in the order
 * articles first appear: `article_id`, `n` (sentences), `mean_score`,
 * `min_score`, `n_negative`, `n_positive`, `share_negative`,
 * `share_positive`, and `first_half`, `second_half` (mean score of the
 * sentences before and from the middle, by `index` against the article's
 * `n_sentences` in `articles`) and `change` (second minus first; `NaN` for
 * an article with one sentence).
 *
 * @example A turn for the worse
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { articleSentiment } from "./article_sentiment.ts";
 * const sentiment = aq.table({
 *   article_id: ["a", "a", "a", "a"], index: [0, 1, 2, 3],
 *   score: [0.2, 0, -0.4, -0.6],
 *   label: ["neutral", "neutral", "negative", "negative"],
 * });
 * const articles = aq.table({ article_id: ["a"], n_sentences: [4] });
 * const row = articleSentiment(sentiment, articles).object(0) as Record<string, number>;
 * assert.equal(row.share_negative, 0.5);
 * assert.equal(row.first_half, 0.1);
 * assert.equal(row.change, -0.6);
 * ```
 */
export function articleSentiment(
  sentiment: Table,
  articles: Table,
): ColumnTable {
  const per = (sentiment as ColumnTable)
    .groupby("article_id")
    .rollup({
      n: op.count(),
      mean_score: op.mean("score"),
      min_score: op.min("score"),
      n_negative: (d: { label: string }) =>
        op.sum(d.label === "negative" ? 1 : 0),
      n_positive: (d: { label: string }) =>
        op.sum(d.label === "positive" ? 1 : 0),
    })
    .derive({
      share_negative: (d: { n_negative: number; n: number }) =>
        d.n_negative / d.n,
      share_positive: (d: { n_positive: number; n: number }) =>
        d.n_positive / d.n,
    });
  const halves = (sentiment as ColumnTable)
    .join(
      (articles as ColumnTable).select("article_id", "n_sentences"),
      "article_id",
    )
    .derive({
      half: (d: { index: number; n_sentences: number }) =>
        d.index < d.n_sentences / 2 ? "first" : "second",
    })
    .groupby("article_id", "half")
    .rollup({ mean: op.mean("score") })
    .groupby("article_id")
    .pivot("half", "mean");
  const names = halves.columnNames();
  const first = names.includes("first")
    ? halves
    : halves.derive({ first: () => undefined });
  const both = first.columnNames().includes("second")
    ? first
    : first.derive({ second: () => undefined });
  return per
    .join_left(
      both.select("article_id", "first", "second")
        .rename({ first: "first_half", second: "second_half" }),
      "article_id",
    )
    .derive({
      change: (d: { first_half: number; second_half: number }) =>
        d.second_half - d.first_half,
    });
}
