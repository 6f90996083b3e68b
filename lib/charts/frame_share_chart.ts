/**
 * Chart: share of sentences carrying each frame, per article or conflict —
 * the `frame_profile` / `conflict_frame_profile` tables as a heatmap.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
import { column } from "../stats/_groups.ts";
import {
  type ChartOptions,
  checkData,
  compare,
  type DataOption,
  finish,
  has,
  labeler,
  type Labels,
  langOf,
  marginFor,
  percent,
  rotatedMargin,
  type Row,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode frameShareChart} and {@linkcode frameShareData}. */
export interface FrameShareOptions extends ChartOptions, DataOption {
  /** Frame labels: the codebook (`id`, `label_de`, `label_en`) or a map. */
  frameLabels?: Labels;
  /** Labels for the articles or conflicts (titles, the conflicts file). */
  groups?: Labels;
  /** Only these articles or conflicts (ids), in this order. */
  groupIds?: string[];
}

const TEXT = {
  en: {
    title: "Frames: share of sentences",
    subtitle: (by: string) =>
      `Share of sentences that carry each frame, by ${by}`,
    article: "article",
    conflict: "conflict",
    legend: "Share of sentences",
    caption:
      "Each cell: the share of the unit's sentences that carry the frame, i.e. whose cues for that frame (words and phrases of the frame codebook, weighted) add up to at least 1. A sentence can carry several frames or none, so a row need not sum to 100 %. A conflict pools the sentences of all articles assigned to it.",
    of: "of",
    sentences: "sentences",
  },
  de: {
    title: "Frames: Anteil der Sätze",
    subtitle: (by: string) =>
      `Anteil der Sätze, die einen Frame tragen, nach ${by}`,
    article: "Artikel",
    conflict: "Konflikt",
    legend: "Anteil der Sätze",
    caption:
      "Jede Zelle: der Anteil der Sätze einer Einheit, die den Frame tragen, deren Signale für diesen Frame (gewichtete Wörter und Wendungen des Frame-Codebuchs) also zusammen mindestens 1 ergeben. Ein Satz kann mehrere oder keinen Frame tragen, eine Zeile muss also nicht 100 % ergeben. Ein Konflikt fasst die Sätze aller ihm zugeordneten Artikel zusammen.",
    of: "von",
    sentences: "Sätzen",
  },
};

/**
 * The columns of {@linkcode frameShareData}'s table that {@linkcode frameShareChart} draws
 * from (and the profile's `n_sentences`, `n_sentences_with_frame` when there): a `data` table without them is an error (see `checkData`).
 */
export const FRAME_SHARE_DATA_COLUMNS = [
  "group_label",
  "frame_id",
  "frame_label",
  "share",
] as const;

/**
 * The rows drawn by {@linkcode frameShareChart}: the `frame_profile` (per
 * article) or `conflict_frame_profile` (per conflict) table — `frame_id`,
 * `n_sentences`, `n_sentences_with_frame`, `share` — with `group_label`
 * and `frame_label` added, limited to `groupIds` when given.
 *
 * @example Labels added to a frame profile
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { frameShareData } from "./frame_share_chart.ts";
 * const profile = aq.table({
 *   article_id: ["a"], frame_id: ["diplomacy"], n_sentences: [10],
 *   n_sentences_with_frame: [3], share: [0.3],
 * });
 * const d = frameShareData(profile, { frameLabels: { diplomacy: "Diplomatie" } });
 * assert.equal(d.get("frame_label", 0), "Diplomatie");
 * ```
 */
export function frameShareData(
  profile: Table,
  options: FrameShareOptions = {},
): Table {
  const lang = langOf(options);
  const groupCol = has(profile, "conflict_id") ? "conflict_id" : "article_id";
  column(profile, "share", "frame profile");
  const groupLabel = labeler(options.groups, lang);
  const frameLabel = labeler(options.frameLabels, lang);
  let data = rows(profile);
  if (options.groupIds) {
    const rank = new Map(options.groupIds.map((g, i) => [g, i]));
    data = data.filter((d) => rank.has(String(d[groupCol]))).sort((a, b) =>
      rank.get(String(a[groupCol]))! - rank.get(String(b[groupCol]))! ||
      compare(a.frame_id, b.frame_id)
    );
  }
  const names = profile.columnNames();
  const out: Record<string, unknown[]> = {};
  for (const n of names) out[n] = data.map((d) => d[n]);
  out.group_label = data.map((d) => groupLabel(d[groupCol]));
  out.frame_label = data.map((d) => frameLabel(d.frame_id));
  return aq.table(out);
}

/**
 * Heatmap of frame shares: one row per article or conflict, one column per
 * frame, colour in five steps of the share of sentences carrying the frame
 * (stepped legend), the percentage printed. Takes `frame_profile` or
 * `conflict_frame_profile`.
 *
 * @example Frame shares per conflict
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { frameShareChart, renderSvg } from "./mod.ts";
 * const profile = aq.table({
 *   conflict_id: ["iraq", "iraq"], frame_id: ["diplomacy", "military_action"],
 *   n_sentences: [40, 40], n_sentences_with_frame: [4, 18], share: [0.1, 0.45],
 * });
 * assert.ok(renderSvg(frameShareChart(profile)).includes("share of sentences"));
 * ```
 */
export function frameShareChart(
  profile: Table,
  options: FrameShareOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const byConflict = has(profile, "conflict_id");
  const data = rows(
    checkData(
      options.data,
      FRAME_SHARE_DATA_COLUMNS,
      "frameShareChart",
      "frameShareData",
    ) ?? frameShareData(profile, options),
  );
  const groups = [...new Set(data.map((d) => d.group_label as string))];
  const frameIds = [...new Set(data.map((d) => d.frame_id as string))].sort(
    compare,
  );
  const frameLabel = labeler(options.frameLabels, lang);
  const frames = frameIds.map(frameLabel);
  const max = Math.max(0.1, ...data.map((d) => Number(d.share) || 0));
  const top = Math.min(1, Math.ceil(max * 10) / 10);
  const rotate = frames.length > 5;
  const dark = top * 0.6;
  return finish({
    title: t.title,
    subtitle: t.subtitle(byConflict ? t.conflict : t.article),
    caption: t.caption,
    height: groups.length * 26 + (rotate ? rotatedMargin(frames) : 30) + 20,
    marginLeft: marginFor(groups),
    marginBottom: rotate ? rotatedMargin(frames) : 30,
    x: { label: null, domain: frames, tickRotate: rotate ? -35 : 0 },
    y: { label: null, domain: groups },
    color: {
      type: "quantize",
      domain: [0, top],
      n: 5,
      scheme: "purples",
      legend: true,
      label: t.legend,
      tickFormat: (d: number) => `${Math.round(d * 100)} %`,
    },
    marks: [
      Plot.cell(data, {
        x: "frame_label",
        y: "group_label",
        fill: "share",
        inset: 0.5,
        title: (d) =>
          `${d.group_label} · ${d.frame_label}\n${percent(d.share, lang)} · ${
            d.n_sentences_with_frame ?? "?"
          } ${t.of} ${d.n_sentences ?? "?"} ${t.sentences}`,
      }),
      ...[["black", (d: Row) => d.share > 0 && d.share < dark], [
        "white",
        (d: Row) => d.share >= dark,
      ]].map(([fill, filter]) =>
        Plot.text(data, {
          x: "frame_label",
          y: "group_label",
          text: (d) => `${Math.round(d.share * 100)} %`,
          fill: fill as string,
          filter: filter as (d: Row) => boolean,
        })
      ),
    ],
  }, options);
}
