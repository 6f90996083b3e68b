/**
 * Chart: the same frames, conflict by conflict — one dot per conflict at
 * the share of its sentences that carry each frame, a grey line over the
 * range across conflicts.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { Table } from "arquero";
import {
  categorical,
  type ChartOptions,
  checkData,
  compare,
  finish,
  langOf,
  marginFor,
  percent,
  rows,
} from "./_common.ts";
import { frameShareData, type FrameShareOptions } from "./frame_share_chart.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode frameComparisonChart}. */
export type FrameComparisonOptions = FrameShareOptions & ChartOptions;

const TEXT = {
  en: {
    title: "Frames compared across conflicts",
    subtitle: "Share of each conflict's sentences that carry each frame",
    x: "share of sentences →",
    legend: "Conflict",
    caption:
      "One dot per conflict: the share of the sentences of its articles that carry the frame (cue weights ≥ 1). The grey line spans the lowest to the highest share; long lines mark frames in which the conflicts are covered differently. Frames are ordered by that range, widest first. With few articles per conflict, a conflict's dot is one or two outlets' choices.",
    of: "of",
  },
  de: {
    title: "Frames im Vergleich der Konflikte",
    subtitle: "Anteil der Sätze je Konflikt, die einen Frame tragen",
    x: "Anteil der Sätze →",
    legend: "Konflikt",
    caption:
      "Ein Punkt je Konflikt: der Anteil der Sätze seiner Artikel, die den Frame tragen (Signalgewichte ≥ 1). Die graue Linie reicht vom kleinsten zum größten Anteil; lange Linien zeigen Frames, in denen die Konflikte verschieden dargestellt werden. Frames nach dieser Spanne geordnet, die breiteste zuerst. Bei wenigen Artikeln je Konflikt ist ein Punkt die Wahl von ein oder zwei Medien.",
    of: "von",
  },
};

/**
 * The columns of {@linkcode frameComparisonData}'s table that {@linkcode frameComparisonChart} draws
 * from: a `data` table without them is an error (see `checkData`).
 */
export const FRAME_COMPARISON_DATA_COLUMNS = [
  "group_label",
  "frame_label",
  "n_sentences",
  "n_sentences_with_frame",
  "share",
] as const;

/**
 * The rows drawn: {@linkcode frameShareData} of a `conflict_frame_profile`
 * table (`conflict_id`, `group_label`, `frame_id`, `frame_label`,
 * `n_sentences`, `n_sentences_with_frame`, `share`, …).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { frameComparisonData } from "./frame_comparison_chart.ts";
 * const p = aq.table({
 *   conflict_id: ["a", "b"], frame_id: ["diplomacy", "diplomacy"],
 *   n_sentences: [10, 20], n_sentences_with_frame: [1, 10], share: [0.1, 0.5],
 * });
 * assert.deepEqual(frameComparisonData(p).array("share"), [0.1, 0.5]);
 * ```
 */
export function frameComparisonData(
  profile: Table,
  options: FrameComparisonOptions = {},
): Table {
  return frameShareData(profile, options);
}

/**
 * Dot-and-range chart of frame shares across conflicts (or articles): one
 * row per frame, one coloured dot per conflict (swatch legend). Takes
 * `conflict_frame_profile` (or `frame_profile`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { frameComparisonChart, renderSvg } from "./mod.ts";
 * const p = aq.table({
 *   conflict_id: ["a", "b"], frame_id: ["diplomacy", "diplomacy"],
 *   n_sentences: [10, 20], n_sentences_with_frame: [1, 10], share: [0.1, 0.5],
 * });
 * assert.ok(renderSvg(frameComparisonChart(p)).includes("Frames compared"));
 * ```
 */
export function frameComparisonChart(
  profile: Table,
  options: FrameComparisonOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const data = rows(
    checkData(
      options.data,
      FRAME_COMPARISON_DATA_COLUMNS,
      "frameComparisonChart",
      "frameComparisonData",
    ) ?? frameComparisonData(profile, options),
  );
  const range = new Map<string, [number, number]>();
  for (const d of data) {
    const r = range.get(d.frame_label) ?? [Infinity, -Infinity];
    range.set(d.frame_label, [
      Math.min(r[0], d.share),
      Math.max(r[1], d.share),
    ]);
  }
  const frames = [...range].sort((a, b) =>
    (b[1][1] - b[1][0]) - (a[1][1] - a[1][0]) || compare(a[0], b[0])
  ).map(([f]) => f);
  const groups = [...new Set(data.map((d) => d.group_label as string))];
  return finish({
    title: t.title,
    subtitle: t.subtitle,
    caption: t.caption,
    height: Math.max(120, frames.length * 24 + 50),
    marginLeft: marginFor(frames),
    x: { label: t.x, grid: true, domain: [0, 1], tickFormat: "%" },
    y: { label: null, domain: frames },
    color: {
      type: "ordinal",
      legend: true,
      domain: groups,
      range: categorical(groups.length),
      label: t.legend,
    },
    marks: [
      Plot.ruleY(
        data,
        Plot.groupY({ x1: "min", x2: "max" }, {
          y: "frame_label",
          x: "share",
          stroke: "#bbb",
          strokeWidth: 2,
        }),
      ),
      Plot.dot(data, {
        y: "frame_label",
        x: "share",
        fill: "group_label",
        r: 4.5,
        stroke: "white",
        title: (d) =>
          `${d.group_label}\n${d.frame_label}: ${d.n_sentences_with_frame} ${t.of} ${d.n_sentences} (${
            percent(d.share, lang)
          })`,
      }),
    ],
  }, options);
}
