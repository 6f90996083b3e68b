/**
 * Chart: accuracy of the pipeline's components on the gold fixtures — one
 * dot per score with its 95 % interval.
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
  type DataOption,
  finish,
  langOf,
  marginFor,
  percent,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode validationChart} and {@linkcode validationData}. */
export type ValidationChartOptions = ChartOptions & DataOption;

const TEXT = {
  en: {
    title: "Accuracy on the project's gold fixtures",
    subtitle: "Each component scored on hand-labelled German sentences",
    x: "score →",
    legend: "Component",
    lower: "lower is better",
    caption:
      "Dot: the score; line: its 95 % interval (Wilson for proportions such as precision, recall and accuracy; a seeded bootstrap over items for macro-F1; for F1 the range of the precision and recall intervals). The fixtures are small and written by the project, so read the intervals, not only the dots: they are an upper bound for unfamiliar outlets.",
  },
  de: {
    title: "Genauigkeit auf den Goldstandards des Projekts",
    subtitle: "Jede Komponente an handannotierten deutschen Sätzen gemessen",
    x: "Wert →",
    legend: "Komponente",
    lower: "niedriger ist besser",
    caption:
      "Punkt: der Wert; Linie: sein 95-%-Intervall (Wilson für Anteile wie Präzision, Recall und Genauigkeit; ein Bootstrap mit festem Startwert über die Fälle für Makro-F1; für F1 die Spanne der Intervalle von Präzision und Recall). Die Goldstandards sind klein und vom Projekt geschrieben: Die Intervalle zählen, nicht nur die Punkte; für fremde Medien sind die Werte eine Obergrenze.",
  },
};

/**
 * The columns of {@linkcode validationData}'s table that {@linkcode validationChart} draws
 * from: a `data` table without them is an error (see `checkData`).
 */
export const VALIDATION_DATA_COLUMNS = [
  "component",
  "label",
  "value",
  "ci_low",
  "ci_high",
  "counts",
] as const;

/**
 * The rows drawn by {@linkcode validationChart}: a validation table
 * (lib/validation: `component`, `fixture`, `split`, `measure`, `value`,
 * `n`, `ci_low`, `ci_high`, `counts`) with `label`, the row's name on the
 * chart (`component · measure · split or fixture`), added.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { validationData } from "./validation_chart.ts";
 * const v = aq.table({
 *   component: ["frames"], fixture: ["frame_sentences.tsv"], split: ["all"],
 *   measure: ["recall"], value: [0.98], n: [51], ci_low: [0.9], ci_high: [1], counts: ["50 of 51"],
 * });
 * assert.equal(validationData(v).get("label", 0), "frames · recall");
 * ```
 */
export function validationData(
  validation: Table,
  options: ValidationChartOptions = {},
): Table {
  const lang = langOf(options);
  const data = rows(validation);
  // Name the split (or fixture) only where a component has several.
  const variants = new Map<string, Set<string>>();
  const variant = (d: Record<string, unknown>) =>
    d.split === "all"
      ? String(d.fixture).replace(/^.*\//, "").replace(/\.[a-z]+$/, "")
      : String(d.split);
  for (const d of data) {
    const key = `${d.component}\u0000${d.measure}`;
    if (!variants.has(key)) variants.set(key, new Set());
    variants.get(key)!.add(variant(d));
  }
  const lower = TEXT[lang].lower;
  const label = data.map((d) => {
    const many = variants.get(`${d.component}\u0000${d.measure}`)!.size > 1;
    const m = String(d.measure).replaceAll("_", " ");
    const name = `${d.component} · ${m}${many ? ` · ${variant(d)}` : ""}`;
    return d.measure === "false_positive_rate" ? `${name} (${lower})` : name;
  });
  return (validation as aq.ColumnTable).assign(aq.table({ label }));
}

/**
 * Dot-and-interval chart of a validation table: one row per component,
 * measure and split, x from 0 to 1, colour per component (swatch legend),
 * the value printed beside each dot.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { renderSvg, validationChart } from "./mod.ts";
 * const v = aq.table({
 *   component: ["frames"], fixture: ["frame_sentences.tsv"], split: ["all"],
 *   measure: ["recall"], value: [0.98], n: [51], ci_low: [0.9], ci_high: [1], counts: ["50 of 51"],
 * });
 * assert.ok(renderSvg(validationChart(v)).includes("frames · recall"));
 * ```
 */
export function validationChart(
  validation: Table,
  options: ValidationChartOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const data = rows(
    checkData(
      options.data,
      VALIDATION_DATA_COLUMNS,
      "validationChart",
      "validationData",
    ) ?? validationData(validation, options),
  );
  const labels = data.map((d) => d.label as string);
  const components = [...new Set(data.map((d) => d.component as string))];
  return finish({
    title: t.title,
    subtitle: t.subtitle,
    caption: t.caption,
    width: 720,
    height: Math.max(120, labels.length * 20 + 50),
    marginLeft: marginFor(labels, 40),
    marginRight: 50,
    x: { label: t.x, domain: [0, 1], grid: true, tickFormat: "%" },
    y: { label: null, domain: labels },
    color: {
      type: "ordinal",
      legend: true,
      domain: components,
      range: categorical(components.length),
      label: t.legend,
    },
    marks: [
      Plot.ruleY(data, {
        y: "label",
        x1: "ci_low",
        x2: "ci_high",
        stroke: "component",
        strokeWidth: 2,
        strokeOpacity: 0.6,
      }),
      Plot.dot(data, {
        y: "label",
        x: "value",
        fill: "component",
        r: 4.5,
        stroke: "white",
        title: (d) =>
          `${d.label}\n${percent(d.value, lang)} (${percent(d.ci_low, lang)}–${
            percent(d.ci_high, lang)
          }) · ${d.counts}`,
      }),
      Plot.text(data, {
        y: "label",
        x: 1,
        text: (d) => percent(d.value, lang),
        textAnchor: "start",
        dx: 6,
        fontSize: 10,
      }),
    ],
  }, options);
}
