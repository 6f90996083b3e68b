/**
 * Chart: frame profile per article or per conflict, as normalised stacked
 * bars (each bar sums to 100 %).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
import { frameShares } from "../stats/frame_shares.ts";
import {
  categorical,
  type ChartOptions,
  checkData,
  compare,
  type DataOption,
  finish,
  keyword,
  labeler,
  type Labels,
  langOf,
  marginFor,
  percent,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode frameProfileChart} and {@linkcode frameProfileData}. */
export interface FrameProfileOptions extends ChartOptions, DataOption {
  /** Only rows of these articles (e.g. one conflict's, see `articlesInConflict`). @default every article */
  articleIds?: Iterable<string>;
  /** One bar per article or per conflict. @default "article" */
  by?: "article" | "conflict";
  /** The `articles` table; needed with `by: "conflict"` (its `conflict` column). */
  articles?: Table;
  /** (`article_id`, `conflict_id`) rows; replaces `articles.conflict`. */
  articleConflicts?: Table;
  /** Frame labels: the codebook table (`id`, `label_de`, `label_en`) or a map. */
  frameLabels?: Labels;
  /** Labels for the articles or conflicts (e.g. titles). */
  groups?: Labels;
  /** Column of `frames` with the cue's weight; missing means 1 per cue. @default "weight" */
  weight?: string;
}

const TEXT = {
  en: {
    title: "Frame profile",
    subtitle: (by: string) => `Share of frame cues, by ${by}`,
    article: "article",
    conflict: "conflict",
    x: "Share of frame cues (%) →",
    legend: "Frame",
    caption: (by: string) =>
      `Each bar is one ${by}: the frame cues found in its sentences (words and phrases from the frame codebook, each with its weight), summed per frame and divided by the total, so each bar sums to 100 %. A conflict pools all articles assigned to it. Shares compare emphasis, not truth; a bar built on few cues is fragile (hover for counts).`,
    cues: "cues",
    sentences: "sentences",
  },
  de: {
    title: "Frame-Profil",
    subtitle: (by: string) => `Anteil der Frame-Signale, nach ${by}`,
    article: "Artikel",
    conflict: "Konflikt",
    x: "Anteil der Frame-Signale (%) →",
    legend: "Frame",
    caption: (by: string) =>
      `Jeder Balken ist ein ${by}: die Frame-Signale in seinen Sätzen (Wörter und Wendungen aus dem Frame-Codebuch, jeweils gewichtet), je Frame summiert und durch die Summe geteilt, sodass jeder Balken 100 % ergibt. Ein Konflikt fasst alle ihm zugeordneten Artikel zusammen. Anteile vergleichen Gewichtungen, nicht Wahrheit; ein Balken aus wenigen Signalen ist wenig belastbar (Details beim Überfahren).`,
    cues: "Signale",
    sentences: "Sätze",
  },
};

/**
 * The columns of {@linkcode frameProfileData}'s table that {@linkcode frameProfileChart} draws
 * from (and the `article_id` or `conflict_id` of its `by`): a `data` table without them is an error (see `checkData`).
 */
export const FRAME_PROFILE_DATA_COLUMNS = [
  "group_label",
  "frame_id",
  "frame_label",
  "n_cues",
  "n_sentences",
  "share",
] as const;

/**
 * {@linkcode frameShares} (lib/stats/frame_shares.ts) with labels: frame
 * shares per article or conflict from the `frames` table
 * (`article_id`, `sentence_id`, `frame_id`, `weight`): the summed weight of
 * each frame's cues divided by the summed weight of all cues in the unit.
 *
 * Returns columns `article_id` (or `conflict_id`), `group_label`,
 * `frame_id`, `frame_label`, `n_cues`, `n_sentences`, `weight`, `share`,
 * and `sentence_ids` (";"-separated: the sentences behind the share).
 * Units in article order (conflicts by id), frames by id.
 *
 * @example Shares in one article
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { frameProfileData } from "./frame_profile_chart.ts";
 * const frames = aq.table({
 *   article_id: ["a", "a", "a"], sentence_id: ["a:s0", "a:s1", "a:s1"],
 *   frame_id: ["war", "war", "humanitarian"], weight: [1, 1, 2],
 * });
 * assert.deepEqual(frameProfileData(frames).array("share"), [0.5, 0.5]);
 * ```
 */
export function frameProfileData(
  frames: Table,
  options: FrameProfileOptions = {},
): Table {
  const lang = langOf(options);
  const frameLabel = labeler(options.frameLabels, lang);
  const groupLabel = labeler(options.groups, lang);
  const shares = frameShares(frames, options);
  const unit = shares.columnNames()[0];
  const groups = shares.array(unit) as string[];
  const frameIds = shares.array("frame_id") as string[];
  return aq.table({
    [unit]: groups,
    group_label: groups.map((g) => groupLabel(g)),
    frame_id: frameIds,
    frame_label: frameIds.map((f) => frameLabel(f)),
    n_cues: shares.array("n_cues"),
    n_sentences: shares.array("n_sentences"),
    weight: shares.array("weight"),
    share: shares.array("share"),
    sentence_ids: shares.array("sentence_ids"),
  });
}

/**
 * Normalised stacked bars of frame shares: one bar per article or conflict,
 * one colour per frame (swatch legend), shares of 8 % and more printed in
 * the bar. Takes the `frames` table.
 *
 * @example A frame profile by conflict
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { frameProfileChart, renderSvg } from "./mod.ts";
 * const frames = aq.table({
 *   article_id: ["a", "b"], sentence_id: ["a:s0", "b:s0"],
 *   frame_id: ["war", "diplomacy"], weight: [1, 1],
 * });
 * const articles = aq.table({ article_id: ["a", "b"], conflict: ["iraq", "ukraine"] });
 * const svg = renderSvg(frameProfileChart(frames, { by: "conflict", articles }));
 * assert.ok(svg.includes("Frame profile"));
 * ```
 */
export function frameProfileChart(
  frames: Table,
  options: FrameProfileOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const by = keyword(options, "by", ["article", "conflict"], "article");
  const groupCol = by === "conflict" ? "conflict_id" : "article_id";
  const data = rows(
    checkData(
      options.data,
      [...FRAME_PROFILE_DATA_COLUMNS, groupCol],
      "frameProfileChart",
      "frameProfileData",
    ) ?? frameProfileData(frames, options),
  );
  const groups = [...new Set(data.map((d) => d.group_label as string))];
  const frameIds = [...new Set(data.map((d) => d.frame_id as string))].sort(
    compare,
  );
  const frameLabel = labeler(options.frameLabels, lang);
  const domain = frameIds.map(frameLabel);
  const unit = by === "conflict" ? t.conflict : t.article;
  const order = (d: { frame_label: string }) => domain.indexOf(d.frame_label);
  return finish({
    title: t.title,
    subtitle: t.subtitle(unit),
    caption: t.caption(unit),
    height: Math.max(110, groups.length * 30 + 60),
    marginLeft: marginFor(groups),
    x: { label: t.x, percent: true, domain: [0, 100] },
    y: { label: null, domain: groups },
    color: {
      type: "ordinal",
      legend: true,
      label: t.legend,
      domain,
      range: categorical(domain.length),
    },
    marks: [
      Plot.barX(
        data,
        Plot.stackX({
          x: "share",
          y: "group_label",
          fill: "frame_label",
          order,
          title: (d) =>
            `${d.group_label} (${d[groupCol]}) · ${d.frame_label}\n${
              percent(d.share, lang)
            } · ${d.n_cues} ${t.cues} · ${d.n_sentences} ${t.sentences}`,
        }),
      ),
      Plot.text(
        data,
        Plot.stackX({
          x: "share",
          y: "group_label",
          z: "frame_label",
          order,
          text: (d) => d.share >= 0.08 ? `${Math.round(d.share * 100)} %` : "",
          fill: "white",
        }),
      ),
      Plot.ruleX([0]),
    ],
  }, options);
}
