/**
 * Chart: actor prominence (mentions per 1,000 words) per article or
 * conflict, as a dot plot with one row per actor.
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
  has,
  labeler,
  type Labels,
  langOf,
  marginFor,
  num,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode prominenceChart} and {@linkcode prominenceData}. */
export interface ProminenceChartOptions extends ChartOptions, DataOption {
  /** Actor labels: the `actors` table (`id`, `label_de`, `label_en`) or a map. */
  actors?: Labels;
  /** Labels for the articles or conflicts (e.g. titles). */
  groups?: Labels;
  /** Show the actors with the most mentions overall, at most this many. @default 15 */
  top?: number;
}

const TEXT = {
  en: {
    title: "Actor prominence",
    subtitle: (by: string) => `Mentions per 1,000 words, by ${by}`,
    article: "article",
    conflict: "conflict",
    x: "Mentions per 1,000 words →",
    caption: (top: number) =>
      `Each dot is one actor in one unit: the number of mentions of the actor (names, titles and references resolved to the actor) divided by the unit's word count (running text, without datelines and captions), times 1,000. A conflict pools all articles assigned to it. The grey line spans the lowest and highest value across units. At most the ${top} actors with most mentions overall are shown.`,
    tip: "mentions",
  },
  de: {
    title: "Präsenz der Akteure",
    subtitle: (by: string) => `Nennungen je 1.000 Wörter, nach ${by}`,
    article: "Artikel",
    conflict: "Konflikt",
    x: "Nennungen je 1.000 Wörter →",
    caption: (top: number) =>
      `Jeder Punkt ist ein Akteur in einer Einheit: die Zahl der Nennungen des Akteurs (Namen, Titel und auf ihn aufgelöste Bezüge) geteilt durch die Wortzahl der Einheit (Fließtext ohne Ortsmarken und Bildunterschriften), mal 1.000. Ein Konflikt fasst alle ihm zugeordneten Artikel zusammen. Die graue Linie reicht vom kleinsten zum größten Wert über die Einheiten. Gezeigt werden höchstens die ${top} meistgenannten Akteure.`,
    tip: "Nennungen",
  },
};

/**
 * The columns of {@linkcode prominenceData}'s table that {@linkcode prominenceChart} draws
 * from (and the `article_id` or `conflict_id` of its input): a `data` table without them is an error (see `checkData`).
 */
export const PROMINENCE_DATA_COLUMNS = [
  "group_label",
  "actor_label",
  "n_mentions",
  "n_words",
  "per_1000",
] as const;

/**
 * The rows drawn by {@linkcode prominenceChart}: the table of
 * `actorProminence` (lib/stats/prominence.ts), limited to the `top` actors
 * by total mentions, with `actor_label` and `group_label` added. Columns:
 * `article_id` or `conflict_id`, `group_label`, `actor_id`, `actor_label`,
 * `n_mentions`, `n_words`, `per_1000`.
 *
 * @example Keep the most-mentioned actor
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { prominenceData } from "./prominence_chart.ts";
 * const p = aq.table({
 *   article_id: ["a", "a"], actor_id: ["usa", "iraq"],
 *   n_mentions: [3, 1], n_words: [500, 500], per_1000: [6, 2],
 * });
 * assert.deepEqual(prominenceData(p, { top: 1 }).array("actor_id"), ["usa"]);
 * ```
 */
export function prominenceData(
  prominence: Table,
  options: ProminenceChartOptions = {},
): Table {
  const lang = langOf(options);
  const groupCol = has(prominence, "conflict_id")
    ? "conflict_id"
    : "article_id";
  const actorLabel = labeler(options.actors, lang);
  const groupLabel = labeler(options.groups, lang);
  const data = rows(prominence);
  const totals = new Map<string, number>();
  for (const d of data) {
    totals.set(d.actor_id, (totals.get(d.actor_id) ?? 0) + d.n_mentions);
  }
  const keep = new Set(
    [...totals].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
      .slice(0, options.top ?? 15).map(([id]) => id),
  );
  const kept = data.filter((d) => keep.has(d.actor_id));
  return aq.table({
    [groupCol]: kept.map((d) => d[groupCol]),
    group_label: kept.map((d) => groupLabel(d[groupCol])),
    actor_id: kept.map((d) => d.actor_id),
    actor_label: kept.map((d) => actorLabel(d.actor_id)),
    n_mentions: kept.map((d) => d.n_mentions),
    n_words: kept.map((d) => d.n_words),
    per_1000: kept.map((d) => d.per_1000),
  });
}

/**
 * Dot plot of mentions per 1,000 words: one row per actor (most prominent
 * first), one coloured dot per article or conflict (swatch legend), a grey
 * rule from the lowest to the highest value. Takes the output of
 * `actorProminence` (lib/stats/prominence.ts).
 *
 * @example A prominence chart rendered to SVG
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { prominenceChart, renderSvg } from "./mod.ts";
 * const p = aq.table({
 *   conflict_id: ["iraq", "ukraine"], actor_id: ["usa", "usa"],
 *   n_mentions: [3, 1], n_words: [500, 800], per_1000: [6, 1.25],
 * });
 * const svg = renderSvg(prominenceChart(p, { lang: "de" }));
 * assert.ok(svg.includes("Präsenz der Akteure"));
 * ```
 */
export function prominenceChart(
  prominence: Table,
  options: ProminenceChartOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const byConflict = has(prominence, "conflict_id");
  const groupCol = byConflict ? "conflict_id" : "article_id";
  const data = rows(
    checkData(
      options.data,
      [...PROMINENCE_DATA_COLUMNS, groupCol],
      "prominenceChart",
      "prominenceData",
    ) ?? prominenceData(prominence, options),
  );
  const order = new Map<string, number>();
  for (const d of data) {
    order.set(d.actor_label, (order.get(d.actor_label) ?? 0) + d.per_1000);
  }
  const actors = [...order].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .map(([l]) => l);
  const groups = [...new Set(data.map((d) => d.group_label as string))];
  const top = options.top ?? 15;
  return finish({
    title: t.title,
    subtitle: t.subtitle(byConflict ? t.conflict : t.article),
    caption: t.caption(top),
    height: Math.max(120, actors.length * 24 + 50),
    marginLeft: marginFor(actors),
    x: { label: t.x, grid: true, zero: true },
    y: { label: null, domain: actors },
    color: {
      type: "ordinal",
      legend: true,
      domain: groups,
      range: categorical(groups.length),
      label: capitalize(byConflict ? t.conflict : t.article),
    },
    marks: [
      Plot.ruleX([0]),
      Plot.ruleY(
        data,
        Plot.groupY({ x1: "min", x2: "max" }, {
          y: "actor_label",
          x: "per_1000",
          stroke: "#bbb",
          strokeWidth: 2,
        }),
      ),
      Plot.dot(data, {
        x: "per_1000",
        y: "actor_label",
        fill: "group_label",
        r: 5,
        stroke: "white",
        title: (d) =>
          `${d.actor_label} · ${d.group_label} (${d[groupCol]})\n${
            num(d.per_1000, lang)
          } / 1000 · ${d.n_mentions} ${t.tip} / ${d.n_words}`,
      }),
    ],
  }, options);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
