/**
 * Charts: how long the articles and their sentences are — words per
 * article (bars coloured by conflict) and words per sentence (one dot per
 * sentence, a tick at each article's median).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
import {
  categorical,
  type ChartOptions,
  checkData,
  compare,
  type DataOption,
  finish,
  labeler,
  type Labels,
  langOf,
  marginFor,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for the length charts. */
export interface LengthChartOptions extends ChartOptions, DataOption {
  /** Article labels (e.g. from `articleLabels`). */
  groups?: Labels;
  /** Conflict labels (e.g. `loadConflicts()`), for the colour legend. */
  conflicts?: Labels;
}

const TEXT = {
  en: {
    words: "Words per article",
    wordsSub: "Running text, boilerplate removed",
    wordsX: "words →",
    wordsCaption:
      "Words in running text per article (datelines, image credits, captions and related links removed; a word is a token with a letter or digit). Colour: the conflict(s) the manifest assigns. Longer articles weigh more in every corpus-wide share, which is why later charts use rates per 1,000 words.",
    conflict: "Conflict",
    none: "(none)",
    sentences: "Words per sentence",
    sentencesSub: "One dot per sentence; tick: the article's median",
    sentencesX: "words per sentence →",
    sentencesCaption:
      "Each dot is one sentence as the pipeline split it, placed by its number of words; the black tick marks the article's median. Long sentences carry more clauses, so one sentence can mention several actors and frames.",
  },
  de: {
    words: "Wörter je Artikel",
    wordsSub: "Fließtext ohne Beiwerk",
    wordsX: "Wörter →",
    wordsCaption:
      "Wörter im Fließtext je Artikel (ohne Ortsmarken, Bildnachweise, Bildunterschriften und Linkhinweise; ein Wort ist ein Token mit Buchstabe oder Ziffer). Farbe: der laut Manifest zugeordnete Konflikt. Längere Artikel wiegen in jedem Korpusanteil schwerer; spätere Diagramme rechnen deshalb je 1.000 Wörter.",
    conflict: "Konflikt",
    none: "(keiner)",
    sentences: "Wörter je Satz",
    sentencesSub: "Ein Punkt je Satz; Strich: Median des Artikels",
    sentencesX: "Wörter je Satz →",
    sentencesCaption:
      "Jeder Punkt ist ein Satz, wie die Pipeline ihn getrennt hat, nach seiner Wortzahl; der schwarze Strich markiert den Median des Artikels. Lange Sätze tragen mehr Teilsätze und können mehrere Akteure und Frames zugleich nennen.",
  },
};

/**
 * The columns of {@linkcode articleLengthData}'s table that {@linkcode articleLengthChart} draws
 * from: a `data` table without them is an error (see `checkData`).
 */
export const ARTICLE_LENGTH_DATA_COLUMNS = [
  "article_id",
  "article_label",
  "conflict_label",
  "n_sentences",
  "n_words",
] as const;

/**
 * The rows drawn by {@linkcode articleLengthChart}: `article_id`,
 * `article_label`, `conflict` (manifest ids, `;`-separated),
 * `conflict_label`, `n_sentences`, `n_words`, in article order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { articleLengthData } from "./length_chart.ts";
 * const a = aq.table({ article_id: ["a"], conflict: ["syria"], n_sentences: [3], n_words: [40] });
 * assert.equal(articleLengthData(a, { conflicts: { syria: "Syria" } }).get("conflict_label", 0), "Syria");
 * ```
 */
export function articleLengthData(
  articles: Table,
  options: LengthChartOptions = {},
): Table {
  const lang = langOf(options);
  const group = labeler(options.groups, lang);
  const conflict = labeler(options.conflicts, lang);
  const data = rows(articles);
  return aq.table({
    article_id: data.map((d) => d.article_id),
    article_label: data.map((d) => group(d.article_id)),
    conflict: data.map((d) => d.conflict ?? ""),
    conflict_label: data.map((d) =>
      String(d.conflict ?? "").split(";").filter(Boolean).map(conflict)
        .join(" + ") || TEXT[lang].none
    ),
    n_sentences: data.map((d) => d.n_sentences),
    n_words: data.map((d) => d.n_words),
  });
}

/**
 * Horizontal bars of words per article, coloured by conflict (swatch
 * legend). Takes the `articles` table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { articleLengthChart, renderSvg } from "./mod.ts";
 * const a = aq.table({ article_id: ["a"], conflict: ["syria"], n_sentences: [3], n_words: [40] });
 * assert.ok(renderSvg(articleLengthChart(a)).includes("Words per article"));
 * ```
 */
export function articleLengthChart(
  articles: Table,
  options: LengthChartOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const data = rows(
    checkData(
      options.data,
      ARTICLE_LENGTH_DATA_COLUMNS,
      "articleLengthChart",
      "articleLengthData",
    ) ?? articleLengthData(articles, options),
  );
  const labels = data.map((d) => d.article_label as string);
  const conflicts = [...new Set(data.map((d) => d.conflict_label as string))]
    .sort(compare);
  return finish({
    title: t.words,
    subtitle: t.wordsSub,
    caption: t.wordsCaption,
    height: Math.max(100, labels.length * 26 + 40),
    marginLeft: marginFor(labels),
    marginRight: 40,
    x: { label: t.wordsX, grid: true },
    y: { label: null, domain: labels },
    color: {
      type: "ordinal",
      legend: true,
      domain: conflicts,
      range: categorical(conflicts.length),
      label: t.conflict,
    },
    marks: [
      Plot.barX(data, {
        y: "article_label",
        x: "n_words",
        fill: "conflict_label",
        title: (d) =>
          `${d.article_id}\n${d.conflict_label}\n${d.n_words} · ${d.n_sentences}`,
      }),
      Plot.text(data, {
        y: "article_label",
        x: "n_words",
        text: (d) => String(d.n_words),
        textAnchor: "start",
        dx: 4,
        fontSize: 10,
      }),
      Plot.ruleX([0]),
    ],
  }, options);
}

/**
 * The columns of {@linkcode sentenceLengthData}'s table that {@linkcode sentenceLengthChart} draws
 * from: a `data` table without them is an error (see `checkData`).
 */
export const SENTENCE_LENGTH_DATA_COLUMNS = [
  "article_label",
  "sentence_id",
  "n_words",
] as const;

/**
 * The rows drawn by {@linkcode sentenceLengthChart}: one per sentence,
 * `article_id`, `article_label`, `sentence_id`, `index`, `n_words`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { sentenceLengthData } from "./length_chart.ts";
 * const s = aq.table({ article_id: ["a"], sentence_id: ["a:s0"], index: [0], n_words: [12] });
 * assert.deepEqual(sentenceLengthData(s).columnNames(), ["article_id", "article_label", "sentence_id", "index", "n_words"]);
 * ```
 */
export function sentenceLengthData(
  sentences: Table,
  options: LengthChartOptions = {},
): Table {
  const group = labeler(options.groups, langOf(options));
  const data = rows(sentences);
  return aq.table({
    article_id: data.map((d) => d.article_id),
    article_label: data.map((d) => group(d.article_id)),
    sentence_id: data.map((d) => d.sentence_id),
    index: data.map((d) => d.index),
    n_words: data.map((d) => d.n_words),
  });
}

/**
 * One dot per sentence by its word count, one row per article, a tick at
 * each article's median. Takes the `sentences` table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { renderSvg, sentenceLengthChart } from "./mod.ts";
 * const s = aq.table({ article_id: ["a"], sentence_id: ["a:s0"], index: [0], n_words: [12] });
 * assert.ok(renderSvg(sentenceLengthChart(s)).includes("Words per sentence"));
 * ```
 */
export function sentenceLengthChart(
  sentences: Table,
  options: LengthChartOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const data = rows(
    checkData(
      options.data,
      SENTENCE_LENGTH_DATA_COLUMNS,
      "sentenceLengthChart",
      "sentenceLengthData",
    ) ?? sentenceLengthData(sentences, options),
  );
  const labels = [...new Set(data.map((d) => d.article_label as string))];
  return finish({
    title: t.sentences,
    subtitle: t.sentencesSub,
    caption: t.sentencesCaption,
    height: Math.max(100, labels.length * 30 + 40),
    marginLeft: marginFor(labels),
    x: { label: t.sentencesX, grid: true, zero: true },
    y: { label: null, domain: labels },
    marks: [
      Plot.dot(data, {
        y: "article_label",
        x: "n_words",
        r: 3,
        fill: "#4269d0",
        fillOpacity: 0.5,
        title: (d) => `${d.sentence_id}: ${d.n_words}`,
      }),
      Plot.tickX(
        data,
        Plot.groupY({ x: "median" }, {
          y: "article_label",
          x: "n_words",
          strokeWidth: 2,
        }),
      ),
    ],
  }, options);
}
