/**
 * Sentiment of every sentence of an analysed corpus, computed on demand from
 * the `sentences` table (not a pipeline stage: the arc chart and the
 * notebooks need it, the pipeline's own tables do not).
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { scoreSentiment, type SentimentOptions } from "./score_sentiment.ts";
import { formatEvidence, round4 } from "./format_evidence.ts";
import { loadSentimentLexicon } from "./lexicon.ts";

/**
 * Score each sentence of a `sentences` table (`article_id`, `sentence_id`,
 * `index`, `text`, `start`) with `scoreSentiment`. Returns one row per
 * sentence, in the input order: `article_id`, `sentence_id`, `index`,
 * `score` (in (-1, 1), rounded to 4 decimals), `label`, `positive`,
 * `negative`, `n_terms`, and `evidence` — every matched term as
 * `term@start-end:value`, with offsets into the ARTICLE text (the
 * sentence's `start` added), the same format as the `tone` table.
 *
 * @example Score two sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { sentenceSentiment } from "./sentence_sentiment.ts";
 * const sentences = aq.table({
 *   article_id: ["a", "a"], sentence_id: ["a:s0", "a:s1"], index: [0, 1],
 *   start: [0, 30], text: ["Ein Anschlag tötete drei Menschen.", "Bagdad wartet."],
 * });
 * const s = sentenceSentiment(sentences);
 * assert.deepEqual(s.array("label"), ["negative", "neutral"]);
 * assert.ok(String(s.get("evidence", 0)).startsWith("Anschlag@4-12:"));
 * ```
 */
export function sentenceSentiment(
  sentences: Table,
  options: SentimentOptions = {},
): ColumnTable {
  const opts = {
    ...options,
    lexicon: options.lexicon ?? loadSentimentLexicon(),
  };
  const names = sentences.columnNames();
  for (const c of ["article_id", "sentence_id", "text"]) {
    if (!names.includes(c)) {
      throw new TypeError(
        `Cannot score sentence sentiment: the table has no "${c}" column; pass the sentences table of an analysed corpus`,
      );
    }
  }
  const text = sentences.array("text") as string[];
  const starts = names.includes("start")
    ? sentences.array("start") as number[]
    : text.map(() => 0);
  const n = text.length;
  const score = new Array<number>(n), label = new Array<string>(n);
  const positive = new Array<number>(n), negative = new Array<number>(n);
  const nTerms = new Array<number>(n), evidence = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = scoreSentiment(String(text[i] ?? ""), opts);
    const at = Number(starts[i] ?? 0);
    score[i] = round4(r.score);
    label[i] = r.label;
    positive[i] = round4(r.positive);
    negative[i] = round4(r.negative);
    nTerms[i] = r.matches.length;
    evidence[i] = formatEvidence(
      r.matches.map((m) => ({ ...m, start: m.start + at, end: m.end + at })),
    );
  }
  return aq.table({
    article_id: sentences.array("article_id"),
    sentence_id: sentences.array("sentence_id"),
    index: names.includes("index")
      ? sentences.array("index")
      : text.map((_, i) => i),
    score,
    label,
    positive,
    negative,
    n_terms: nTerms,
    evidence,
  });
}
