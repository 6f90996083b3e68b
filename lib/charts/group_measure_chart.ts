/**
 * Charts for outlets and time: small multiples of a measure (frame share,
 * tone, prominence) with intervals, one panel per outlet; and the measure
 * over periods as lines with an interval band.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { Table } from "arquero";
import {
  type ChartOptions,
  compare,
  finish,
  marginFor,
  type Row,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode groupMeasureChart} and {@linkcode periodSeriesChart}. */
export interface GroupMeasureChartOptions extends ChartOptions {
  /** What `value` measures, for the axis, e.g. "Share of sentences". */
  measure: string;
  /** Label of an item (frame or actor id). @default the id */
  itemLabel?: (item: string) => string;
  /** Format values as percentages. @default false */
  percent?: boolean;
  /** What a group is, for the title. @default "group" */
  groupName?: string;
}

function prepared(table: Table, options: GroupMeasureChartOptions): Row[] {
  const label = options.itemLabel ?? ((s: string) => s);
  return rows(table).map((d) => ({ ...d, item_label: label(String(d.item)) }));
}

/**
 * One panel per group (outlet): a dot per item at its value and a bar over
 * its bootstrap interval. Takes `measureByGroup` output (`group`, `item`,
 * `n_articles`, `value`, `low`, `high`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { groupMeasureChart, renderSvg } from "./mod.ts";
 * const t = aq.table({ group: ["A", "B"], item: ["war", "war"], n_articles: [3, 4],
 *   value: [0.2, 0.1], low: [0.1, 0.05], high: [0.3, 0.2] });
 * const svg = renderSvg(groupMeasureChart(t, { measure: "Share of sentences", percent: true }));
 * assert.ok(svg.includes(">A</text>") && svg.includes(">B</text>"));
 * ```
 */
export function groupMeasureChart(
  table: Table,
  options: GroupMeasureChartOptions,
): ChartSpec {
  const data = prepared(table, options);
  const groups = [...new Set(data.map((d) => String(d.group)))];
  const items = [...new Set(data.map((d) => d.item_label as string))].sort(
    compare,
  );
  const fmt = options.percent ? "%" : ".2f";
  return finish({
    title: `${options.measure}, by ${options.groupName ?? "group"}`,
    subtitle: `One panel per ${
      options.groupName ?? "group"
    }; dot: value, bar: 95% bootstrap interval`,
    caption:
      "Articles are resampled (1,000 times, seeded) for the interval, because sentences and mentions of one article are not independent. Panels with few articles have wide intervals.",
    height: Math.max(140, groups.length * (items.length * 18 + 24) + 60),
    marginLeft: marginFor(items),
    marginRight: marginFor(groups),
    x: { label: options.measure, grid: true, tickFormat: fmt },
    y: { label: null, domain: items },
    fy: { label: null, domain: groups },
    marks: [
      Plot.ruleY(data, {
        y: "item_label",
        fy: "group",
        x1: "low",
        x2: "high",
        stroke: "#888",
        strokeWidth: 2,
      }),
      Plot.dot(data, {
        y: "item_label",
        fy: "group",
        x: "value",
        fill: "#1f5f8b",
        r: 3.5,
        title: (d: Row) =>
          `${d.group} · ${d.item_label}: ${
            options.percent
              ? `${Math.round(d.value * 100)}%`
              : Number(d.value).toFixed(2)
          } (${d.n_articles} articles)`,
      }),
    ],
  }, options);
}

/**
 * The measure over periods: one line per item with its interval as a band,
 * one panel per item. Takes `measureByGroup` output over periods.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { periodSeriesChart, renderSvg } from "./mod.ts";
 * const t = aq.table({ group: ["2016-Q1", "2016-Q2"], item: ["war", "war"], n_articles: [3, 4],
 *   value: [0.2, 0.1], low: [0.1, 0.05], high: [0.3, 0.2] });
 * assert.ok(renderSvg(periodSeriesChart(t, { measure: "Share" })).includes("<path"));
 * ```
 */
export function periodSeriesChart(
  table: Table,
  options: GroupMeasureChartOptions,
): ChartSpec {
  const data = prepared(table, options);
  const periods = [...new Set(data.map((d) => String(d.group)))].sort(compare);
  const items = [...new Set(data.map((d) => d.item_label as string))].sort(
    compare,
  );
  const fmt = options.percent ? "%" : ".2f";
  return finish({
    title: `${options.measure} over time`,
    subtitle: "Line: value per period; band: 95% bootstrap interval",
    caption:
      "Each point pools the articles of one period; the band resamples those articles. A period with few articles has a wide band: a change inside the bands is not a finding.",
    height: Math.max(160, items.length * 120 + 60),
    marginLeft: 50,
    marginRight: marginFor(items),
    marginBottom: 50,
    x: { label: null, domain: periods, type: "point", tickRotate: -30 },
    y: { label: options.measure, grid: true, tickFormat: fmt },
    fy: { label: null, domain: items },
    marks: [
      Plot.areaY(data, {
        x: "group",
        fy: "item_label",
        y1: "low",
        y2: "high",
        fill: "#1f5f8b",
        fillOpacity: 0.18,
      }),
      Plot.lineY(data, {
        x: "group",
        fy: "item_label",
        y: "value",
        stroke: "#1f5f8b",
      }),
      Plot.dot(data, {
        x: "group",
        fy: "item_label",
        y: "value",
        fill: "#1f5f8b",
        r: 2.5,
        title: (d: Row) =>
          `${d.item_label}, ${d.group}: ${d.n_articles} articles`,
      }),
    ],
  }, options);
}
