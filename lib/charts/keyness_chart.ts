/**
 * Chart: keyness — the words that set one group of articles (e.g. one
 * conflict's coverage) apart from the rest, by signed G².
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
import {
  type ChartOptions,
  checkData,
  type DataOption,
  finish,
  langOf,
  num,
  type Row,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode keynessChart} and {@linkcode keynessData}. */
export interface KeynessChartOptions extends ChartOptions, DataOption {
  /** Words shown on each side. @default 15 */
  k?: number;
  /** Name of the target, e.g. the conflict's label. @default "target" */
  targetLabel?: string;
  /** Name of the reference. @default "reference" / "Rest des Korpus" */
  referenceLabel?: string;
}

const TEXT = {
  en: {
    title: (target: string) => `Key words: ${target}`,
    subtitle: (target: string, ref: string) =>
      `Words over-represented in ${target} (right) and in ${ref} (left)`,
    target: "target",
    reference: "rest of the corpus",
    x: "← reference · signed log-likelihood G² · target →",
    legend: "More frequent in",
    caption: (k: number) =>
      `For every word (lower case, punctuation left out) a 2×2 table of its count and all other words' count in target and reference gives the log-likelihood ratio G² (as quanteda's textstat_keyness, measure "lr", with its default Yates correction for small expected counts), signed + when the word is more frequent in the target than expected. The ${k} highest and lowest are shown; |G²| > 3.84 corresponds to p < 0.05 for one word, but with thousands of words tested, read only large values as evidence.`,
  },
  de: {
    title: (target: string) => `Schlüsselwörter: ${target}`,
    subtitle: (target: string, ref: string) =>
      `Wörter, die in ${target} (rechts) und in ${ref} (links) überrepräsentiert sind`,
    target: "Ziel",
    reference: "Rest des Korpus",
    x: "← Referenz · vorzeichenbehaftete Log-Likelihood G² · Ziel →",
    legend: "Häufiger in",
    caption: (k: number) =>
      `Für jedes Wort (klein geschrieben, ohne Satzzeichen) ergibt eine 2×2-Tafel seiner Häufigkeit und der aller anderen Wörter in Ziel und Referenz das Log-Likelihood-Verhältnis G² (wie quantedas textstat_keyness, measure "lr", mit dessen Yates-Korrektur bei kleinen erwarteten Häufigkeiten), positiv, wenn das Wort im Ziel häufiger ist als erwartet. Gezeigt werden die ${k} höchsten und niedrigsten; |G²| > 3,84 entspricht p < 0,05 für ein Wort, bei Tausenden geprüften Wörtern sind aber nur große Werte belastbar.`,
  },
};

/**
 * The columns of {@linkcode keynessData}'s table that {@linkcode keynessChart} draws
 * from: a `data` table without them is an error (see `checkData`).
 */
export const KEYNESS_DATA_COLUMNS = [
  "feature",
  "g2",
  "p",
  "n_target",
  "n_reference",
  "side",
] as const;

/**
 * The rows drawn by {@linkcode keynessChart}: the `k` features with the
 * highest G² (`side` = `"target"`) and the `k` with the lowest, negative G²
 * (`side` = `"reference"`) from `textstatKeyness` (lib/stats/keyness.ts).
 * Columns: `feature`, `g2`, `p`, `n_target`, `n_reference`, `side`.
 *
 * @example Top word on each side
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { keynessData } from "./keyness_chart.ts";
 * const k = aq.table({
 *   feature: ["bagdad", "krieg", "kiew"], g2: [9, 0.1, -7], p: [0.003, 0.75, 0.008],
 *   n_target: [9, 2, 0], n_reference: [0, 2, 7],
 * });
 * assert.deepEqual(keynessData(k, { k: 1 }).array("feature"), ["bagdad", "kiew"]);
 * ```
 */
export function keynessData(
  keyness: Table,
  options: KeynessChartOptions = {},
): Table {
  const k = options.k ?? 15;
  const all = rows(keyness);
  const pos = all.filter((d) => d.g2 > 0).slice(0, k);
  const neg = all.filter((d) => d.g2 < 0).slice(-k);
  const list = [...pos, ...neg];
  return aq.table({
    feature: list.map((d) => d.feature),
    g2: list.map((d) => d.g2),
    p: list.map((d) => d.p),
    n_target: list.map((d) => d.n_target),
    n_reference: list.map((d) => d.n_reference),
    side: list.map((d) => (d.g2 > 0 ? "target" : "reference")),
  });
}

/**
 * Diverging bars of signed G²: the target's key words to the right, the
 * reference's to the left, sorted by G², coloured by side (swatch legend).
 * Takes the output of `textstatKeyness`.
 *
 * @example Keyness of one conflict's articles
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { keynessChart, renderSvg } from "./mod.ts";
 * const k = aq.table({
 *   feature: ["bagdad", "kiew"], g2: [9, -7], p: [0.003, 0.008],
 *   n_target: [9, 0], n_reference: [0, 7],
 * });
 * const svg = renderSvg(keynessChart(k, { targetLabel: "Irak 2003" }));
 * assert.ok(svg.includes("Key words: Irak 2003"));
 * ```
 */
export function keynessChart(
  keyness: Table,
  options: KeynessChartOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const target = options.targetLabel ?? t.target;
  const reference = options.referenceLabel ?? t.reference;
  const data = rows(
    checkData(
      options.data,
      KEYNESS_DATA_COLUMNS,
      "keynessChart",
      "keynessData",
    ) ?? keynessData(keyness, options),
  ).map((
    d,
  ): Row => ({
    ...d,
    side_label: d.side === "target" ? target : reference,
  }));
  return finish({
    title: t.title(target),
    subtitle: t.subtitle(target, reference),
    caption: t.caption(options.k ?? 15),
    height: Math.max(120, data.length * 18 + 60),
    marginLeft: 20,
    marginRight: 20,
    x: { label: t.x, grid: true, labelAnchor: "center" },
    y: { axis: null, domain: data.map((d) => d.feature) },
    color: {
      type: "ordinal",
      legend: true,
      label: t.legend,
      domain: [target, reference],
      range: ["#4269d0", "#ff725c"],
    },
    marks: [
      Plot.barX(data, {
        x: "g2",
        y: "feature",
        fill: "side_label",
        title: (d) =>
          `${d.feature}\nG² = ${num(d.g2, lang)} · p = ${
            d.p < 0.001 ? "< 0.001" : num(d.p, lang, 3)
          } · ${d.n_target} / ${d.n_reference}`,
      }),
      Plot.text(data, {
        x: 0,
        y: "feature",
        text: "feature",
        textAnchor: "end",
        dx: -4,
        filter: (d) => d.g2 > 0,
      }),
      Plot.text(data, {
        x: 0,
        y: "feature",
        text: "feature",
        textAnchor: "start",
        dx: 4,
        filter: (d) => d.g2 < 0,
      }),
      Plot.ruleX([0]),
    ],
  }, options);
}
