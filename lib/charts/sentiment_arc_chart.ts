/**
 * Chart: the sentiment arc of each article, sentence by sentence.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { Table } from "arquero";
import {
  sentimentArc,
  type SentimentArcCountOptions,
} from "../stats/sentiment_arc.ts";
import {
  type ChartOptions,
  checkData,
  type DataOption,
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
export interface SentimentArcOptions
  extends ChartOptions, DataOption, SentimentArcCountOptions {
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
 * The columns of {@linkcode sentimentArcData}'s table that {@linkcode sentimentArcChart} draws
 * from: a `data` table without them is an error (see `checkData`).
 */
export const SENTIMENT_ARC_DATA_COLUMNS = [
  "article_id",
  "sentence_id",
  "position",
  "score",
  "label",
  "moving_average",
] as const;

/**
 * {@linkcode sentimentArc} (lib/stats/sentiment_arc.ts): joins sentence
 * sentiment (`sentence_id`, `score`, `label`) to the sentences
 * (`article_id`, `sentence_id`, `index`) and adds a centred moving average
 * per article. Returns columns `article_id`, `sentence_id`, `index`,
 * `position` (1-based sentence number), `score`, `label`,
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
  return sentimentArc(sentiment, sentences, options);
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
  const data = rows(
    checkData(
      options.data,
      SENTIMENT_ARC_DATA_COLUMNS,
      "sentimentArcChart",
      "sentimentArcData",
    ) ?? sentimentArcData(sentiment, sentences, options),
  ).map((
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
