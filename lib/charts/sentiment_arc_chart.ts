/**
 * Chart: the sentiment arc of each article, sentence by sentence.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
import { column } from "../stats/_groups.ts";
import {
  type ChartOptions,
  finish,
  integerTicks,
  labeler,
  type Labels,
  langOf,
  marginFor,
  num,
  polarityColor,
  polarityOrder,
  type Row,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode sentimentArcChart} and {@linkcode sentimentArcData}. */
export interface SentimentArcOptions extends ChartOptions {
  /** Sentences in the centred moving average (odd; 1 = none). @default 3 */
  window?: number;
  /** Only these articles, in this order. @default every article */
  articleIds?: string[];
  /** Labels for the article panels (e.g. titles). */
  groups?: Labels;
}

const TEXT = {
  en: {
    title: "Sentiment arc",
    subtitle: "Sentence sentiment through each article",
    x: "Sentence number →",
    y: "Sentiment",
    legend: "Sentence",
    caption: (k: number) =>
      `Each dot is one sentence, in reading order, placed at its sentiment score (lexicon-based, −1 negative … +1 positive) and coloured by its label; the line is the moving average over ${k} sentences. Sentence sentiment describes the wording of the sentence, not the stance toward any actor.`,
  },
  de: {
    title: "Stimmungsverlauf",
    subtitle: "Satz-Sentiment im Verlauf jedes Artikels",
    x: "Satznummer →",
    y: "Sentiment",
    legend: "Satz",
    caption: (k: number) =>
      `Jeder Punkt ist ein Satz in Lesereihenfolge, auf der Höhe seines Sentiment-Werts (lexikonbasiert, −1 negativ … +1 positiv) und nach seiner Einstufung gefärbt; die Linie ist der gleitende Mittelwert über ${k} Sätze. Satz-Sentiment beschreibt die Wortwahl des Satzes, nicht die Haltung gegenüber einem Akteur.`,
  },
};

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
 * import { sentimentArcData } from "./sentiment_arc_chart.ts";
 * const sentences = aq.table({ article_id: ["a", "a", "a"], sentence_id: ["a:s0", "a:s1", "a:s2"], index: [0, 1, 2] });
 * const sentiment = aq.table({ sentence_id: ["a:s0", "a:s1", "a:s2"], score: [0.3, 0, -0.3], label: ["positive", "neutral", "negative"] });
 * assert.deepEqual(sentimentArcData(sentiment, sentences).array("moving_average"), [0.15, 0, -0.15]);
 * ```
 */
export function sentimentArcData(
  sentiment: Table,
  sentences: Table,
  options: SentimentArcOptions = {},
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

/**
 * Sentiment arcs: one panel per article, sentences in reading order along
 * x, score on y, dots coloured by the sentence's label (swatch legend), and
 * the moving average as a line. Takes sentence sentiment and `sentences`.
 *
 * @example A sentiment arc
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { renderSvg, sentimentArcChart } from "./mod.ts";
 * const sentences = aq.table({ article_id: ["a", "a"], sentence_id: ["a:s0", "a:s1"], index: [0, 1] });
 * const sentiment = aq.table({ sentence_id: ["a:s0", "a:s1"], score: [0.3, -0.5], label: ["positive", "negative"] });
 * assert.ok(renderSvg(sentimentArcChart(sentiment, sentences)).includes("Sentiment arc"));
 * ```
 */
export function sentimentArcChart(
  sentiment: Table,
  sentences: Table,
  options: SentimentArcOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const groupLabel = labeler(options.groups, lang);
  const data = rows(sentimentArcData(sentiment, sentences, options)).map((
    d,
  ): Row => ({
    ...d,
    panel: groupLabel(d.article_id),
  }));
  const panels = [...new Set(data.map((d) => d.panel))];
  const labels = polarityOrder(data.map((d) => d.label as string));
  const extent = Math.max(0.1, ...data.map((d) => Math.abs(d.score)));
  const y = Math.min(1, Math.ceil(extent * 10) / 10);
  return finish({
    title: t.title,
    subtitle: t.subtitle,
    caption: t.caption(options.window ?? 3),
    height: Math.max(160, panels.length * 110 + 60),
    marginLeft: 50,
    marginRight: marginFor(panels),
    x: {
      label: t.x,
      grid: true,
      ticks: integerTicks(Math.max(1, ...data.map((d) => d.position))),
      tickFormat: "d",
    },
    y: { label: t.y, domain: [-y, y], ticks: 3 },
    fy: { label: null, domain: panels },
    color: {
      type: "ordinal",
      legend: true,
      label: t.legend,
      domain: labels,
      range: labels.map(polarityColor),
    },
    marks: [
      Plot.frame({ stroke: "#eee" }),
      Plot.ruleY([0], { stroke: "#999" }),
      Plot.line(data, {
        fy: "panel",
        x: "position",
        y: "moving_average",
        stroke: "#555",
        strokeWidth: 1.5,
      }),
      Plot.dot(data, {
        fy: "panel",
        x: "position",
        y: "score",
        fill: "label",
        r: 3.5,
        title: (d) => `${d.sentence_id}\n${d.label} · ${num(d.score, lang)}`,
      }),
    ],
  }, options);
}
