/**
 * Chart: tone toward each actor per article (or conflict), as a diverging
 * dot plot with interval bars.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
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
  NEGATIVE,
  NEUTRAL,
  num,
  POSITIVE,
  type Row,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode toneChart} and {@linkcode toneData}. */
export interface ToneChartOptions extends ChartOptions, DataOption {
  /** Actor labels: the `actors` table (`id`, `label_de`, `label_en`) or a map. */
  actors?: Labels;
  /** Labels for the articles or conflicts (e.g. titles). */
  groups?: Labels;
  /** Leave out actor × unit cells with fewer scored mentions. @default 1 */
  minN?: number;
  /**
   * Keep only the actors with the most scored mentions (over the cells
   * kept), at most this many. @default every actor
   */
  top?: number;
}

const TEXT = {
  en: {
    title: "Tone toward actors",
    subtitle: (by: string) =>
      `Mean tone of the sentences mentioning each actor, by ${by}`,
    article: "article",
    conflict: "conflict",
    x: "← more negative · Tone · more positive →",
    legend: "Interval",
    negative: "negative (interval below 0)",
    uncertain: "includes 0",
    positive: "positive (interval above 0)",
    caption:
      "Each dot is the mean tone score of the mentions of one actor in one unit (one score per mention, from the words around it; −1 negative … +1 positive); the bar is the interval given by the tone stage (lo–hi). Colour says whether the interval lies wholly below or above 0. Cells with few mentions have wide intervals: read them as uncertain.",
    n: "mentions",
  },
  de: {
    title: "Tonalität gegenüber Akteuren",
    subtitle: (by: string) =>
      `Mittlere Tonalität der Sätze, die einen Akteur nennen, nach ${by}`,
    article: "Artikel",
    conflict: "Konflikt",
    x: "← negativer · Tonalität · positiver →",
    legend: "Intervall",
    negative: "negativ (Intervall unter 0)",
    uncertain: "schließt 0 ein",
    positive: "positiv (Intervall über 0)",
    caption:
      "Jeder Punkt ist die mittlere Tonalität der Nennungen eines Akteurs in einer Einheit (ein Wert je Nennung aus den umgebenden Wörtern; −1 negativ … +1 positiv); der Balken ist das Intervall der Tonalitätsstufe (lo–hi). Die Farbe zeigt, ob das Intervall ganz unter oder über 0 liegt. Zellen mit wenigen Nennungen haben breite Intervalle und sind unsicher.",
    n: "Nennungen",
  },
};

/**
 * The columns of {@linkcode toneData}'s table that {@linkcode toneChart} draws
 * from: a `data` table without them is an error (see `checkData`).
 */
export const TONE_DATA_COLUMNS = [
  "group_label",
  "actor_label",
  "n",
  "mean",
  "lo",
  "hi",
  "direction",
] as const;

/**
 * The rows drawn by {@linkcode toneChart}, from `tone_by_article` or
 * `tone_by_conflict` (`actor_id`, `article_id` or `conflict_id`, `n`,
 * `mean_score`, `ci_low`, `ci_high`; or `mean`, `lo`, `hi`): cells with at least `minN` mentions, with
 * `actor_label`, `group_label` and `direction` (`negative` when `hi < 0`,
 * `positive` when `lo > 0`, else `uncertain`) added.
 *
 * @example Direction from the interval
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { toneData } from "./tone_chart.ts";
 * const t = aq.table({
 *   actor_id: ["usa", "iraq"], article_id: ["a", "a"], n: [4, 2],
 *   mean: [-0.4, 0.1], lo: [-0.6, -0.2], hi: [-0.2, 0.4],
 * });
 * assert.deepEqual(toneData(t).array("direction"), ["negative", "uncertain"]);
 * ```
 */
export function toneData(tone: Table, options: ToneChartOptions = {}): Table {
  const lang = langOf(options);
  const groupCol = has(tone, "conflict_id") ? "conflict_id" : "article_id";
  const actorLabel = labeler(options.actors, lang);
  const groupLabel = labeler(options.groups, lang);
  const minN = options.minN ?? 1;
  // The pipeline's tone_by_* tables name them mean_score, ci_low, ci_high.
  let data = rows(tone).map((d) =>
    d.mean === undefined && d.mean_score !== undefined
      ? { ...d, mean: d.mean_score, lo: d.ci_low, hi: d.ci_high }
      : d
  ).filter((d) =>
    Number(d.n) >= minN && d.mean !== null && d.mean !== undefined
  );
  if (options.top !== undefined) {
    const totals = new Map<string, number>();
    for (const d of data) {
      totals.set(d.actor_id, (totals.get(d.actor_id) ?? 0) + Number(d.n));
    }
    const keep = new Set(
      [...totals].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
        .slice(0, options.top).map(([id]) => id),
    );
    data = data.filter((d) => keep.has(d.actor_id));
  }
  return aq.table({
    [groupCol]: data.map((d) => d[groupCol]),
    group_label: data.map((d) => groupLabel(d[groupCol])),
    actor_id: data.map((d) => d.actor_id),
    actor_label: data.map((d) => actorLabel(d.actor_id)),
    n: data.map((d) => d.n),
    mean: data.map((d) => d.mean),
    lo: data.map((d) => d.lo ?? d.mean),
    hi: data.map((d) => d.hi ?? d.mean),
    direction: data.map((d) =>
      (d.hi ?? d.mean) < 0
        ? "negative"
        : (d.lo ?? d.mean) > 0
        ? "positive"
        : "uncertain"
    ),
  });
}

/**
 * Diverging dot plot of tone toward actors: one panel per article or
 * conflict, one row per actor, a dot at the mean and a bar over the
 * interval, coloured by whether the interval excludes 0. Takes
 * `tone_by_article` or `tone_by_conflict`.
 *
 * @example A tone chart rendered to SVG
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { renderSvg, toneChart } from "./mod.ts";
 * const t = aq.table({
 *   actor_id: ["usa"], article_id: ["a"], n: [4], mean: [-0.4], lo: [-0.6], hi: [-0.2],
 * });
 * assert.ok(renderSvg(toneChart(t)).includes("Tone toward actors"));
 * ```
 */
export function toneChart(
  tone: Table,
  options: ToneChartOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const byConflict = has(tone, "conflict_id");
  const data = rows(
    checkData(options.data, TONE_DATA_COLUMNS, "toneChart", "toneData") ??
      toneData(tone, options),
  ).map((d): Row => ({
    ...d,
    direction_label: t[d.direction as "negative" | "positive" | "uncertain"],
  }));
  const actors = [...new Set(data.map((d) => d.actor_label as string))].sort(
    compare,
  );
  const groups = [...new Set(data.map((d) => d.group_label as string))];
  const extent = Math.max(
    0.1,
    ...data.map((d) => Math.max(Math.abs(d.lo), Math.abs(d.hi))),
  );
  const x = Math.min(1, Math.ceil(extent * 10) / 10);
  // A few units side by side share the actor rows; many are stacked.
  const columns = groups.length <= 4;
  const facet = columns ? "fx" : "fy";
  return finish({
    title: t.title,
    subtitle: t.subtitle(byConflict ? t.conflict : t.article),
    caption: t.caption,
    height: Math.max(
      140,
      (columns ? 1 : groups.length) * (actors.length * 20 + 16) + 60,
    ),
    marginLeft: marginFor(actors),
    marginRight: columns ? 20 : marginFor(groups),
    marginTop: columns ? 30 : 20,
    x: {
      label: t.x,
      domain: [-x, x],
      grid: true,
      labelAnchor: "center",
      ticks: columns ? [-x / 2, 0, x / 2] : undefined,
      tickFormat: (v: number) => num(v, lang, x < 0.5 ? 2 : 1),
    },
    y: { label: null, domain: actors },
    [facet]: { label: null, domain: groups },
    color: {
      type: "ordinal",
      legend: true,
      label: t.legend,
      domain: [t.negative, t.uncertain, t.positive],
      range: [NEGATIVE, NEUTRAL, POSITIVE],
    },
    marks: [
      Plot.frame({ stroke: "#eee" }),
      Plot.ruleX([0], { stroke: "#666" }),
      Plot.ruleY(data, {
        [facet]: "group_label",
        y: "actor_label",
        x1: "lo",
        x2: "hi",
        stroke: "direction_label",
        strokeWidth: 3,
        strokeOpacity: 0.6,
      }),
      Plot.dot(data, {
        [facet]: "group_label",
        y: "actor_label",
        x: "mean",
        fill: "direction_label",
        r: 4.5,
        stroke: "white",
        title: (d) =>
          `${d.actor_label} · ${d.group_label}\n${num(d.mean, lang)} [${
            num(d.lo, lang)
          }, ${num(d.hi, lang)}] · n = ${d.n} ${t.n}`,
      }),
    ],
  }, options);
}
