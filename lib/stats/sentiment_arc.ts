/**
 * The sentiment arc of each article: sentence scores in reading order and
 * their centred moving average. The numbers behind the sentiment-arc chart
 * (`sentimentArcData`).
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import { column } from "./_groups.ts";

/** Options for {@linkcode sentimentArc}. */
export interface SentimentArcCountOptions {
  /** Sentences in the centred moving average (odd; 1 = none). @default 3 */
  window?: number;
  /** Only these articles, in this order. @default every article */
  articleIds?: string[];
}

/**
 * Join sentence sentiment (`sentence_id`, `score`, `label`) to the
 * sentences (`article_id`, `sentence_id`, `index`) and add a centred moving
 * average per article. Returns columns `article_id`, `sentence_id`,
 * `index`, `position` (1-based sentence number), `score`, `label`,
 * `moving_average`, in article and sentence order. Sentences without a
 * score are left out.
 *
 * @example Moving average over three sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { sentimentArc } from "./sentiment_arc.ts";
 * const sentences = aq.table({ article_id: ["a", "a", "a"], sentence_id: ["a:s0", "a:s1", "a:s2"], index: [0, 1, 2] });
 * const sentiment = aq.table({ sentence_id: ["a:s0", "a:s1", "a:s2"], score: [0.3, 0, -0.3], label: ["positive", "neutral", "negative"] });
 * assert.deepEqual(sentimentArc(sentiment, sentences).array("moving_average"), [0.15, 0, -0.15]);
 * ```
 */
export function sentimentArc(
  sentiment: Table,
  sentences: Table,
  options: SentimentArcCountOptions = {},
): Table {
  const half = Math.max(0, Math.floor((options.window ?? 3) / 2));
  const byId = new Map<string, { score: number; label: string }>();
  const ids = column(sentiment, "sentence_id", "sentence sentiment");
  const scores = column(sentiment, "score", "sentence sentiment");
  const labels = sentiment.columnNames().includes("label")
    ? sentiment.array("label") as unknown[]
    : ids.map(() => "");
  for (let i = 0; i < ids.length; i++) {
    if (scores[i] === null || scores[i] === undefined) continue;
    byId.set(String(ids[i]), {
      score: Number(scores[i]),
      label: String(labels[i] ?? ""),
    });
  }
  const keep = options.articleIds ? new Set(options.articleIds) : null;
  const perArticle = new Map<string, { id: string; index: number }[]>();
  const sArt = column(sentences, "article_id", "sentences");
  const sIds = column(sentences, "sentence_id", "sentences");
  const sIdx = column(sentences, "index", "sentences");
  for (let i = 0; i < sIds.length; i++) {
    const a = String(sArt[i]);
    if (keep && !keep.has(a)) continue;
    if (!byId.has(String(sIds[i]))) continue;
    let list = perArticle.get(a);
    if (!list) perArticle.set(a, list = []);
    list.push({ id: String(sIds[i]), index: Number(sIdx[i]) });
  }
  const articleOrder = options.articleIds
    ? options.articleIds.filter((a) => perArticle.has(a))
    : [...perArticle.keys()];
  const out = {
    article_id: [] as string[],
    sentence_id: [] as string[],
    index: [] as number[],
    position: [] as number[],
    score: [] as number[],
    label: [] as string[],
    moving_average: [] as number[],
  };
  for (const a of articleOrder) {
    const list = perArticle.get(a)!.sort((x, y) => x.index - y.index);
    const s = list.map((x) => byId.get(x.id)!);
    for (let i = 0; i < list.length; i++) {
      let sum = 0;
      let n = 0;
      for (
        let j = Math.max(0, i - half);
        j <= Math.min(list.length - 1, i + half);
        j++
      ) {
        sum += s[j].score;
        n++;
      }
      out.article_id.push(a);
      out.sentence_id.push(list[i].id);
      out.index.push(list[i].index);
      out.position.push(list[i].index + 1);
      out.score.push(s[i].score);
      out.label.push(s[i].label);
      out.moving_average.push(Math.round((sum / n) * 1e12) / 1e12);
    }
  }
  return aq.table(out);
}
