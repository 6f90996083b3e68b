/**
 * Shared pieces of the chart modules: options every chart takes, labels in
 * German or English, fixed colours, and small table helpers.
 *
 * @module
 */
import type { Table } from "arquero";
import type { ChartSpec } from "./render.ts";
import { keyword } from "../util/keyword.ts";
import { compare, has, restrict, type Row, rows } from "../stats/_groups.ts";

export { compare, has, keyword, restrict, type Row, rows };

/** Language of a chart's texts and of labels looked up in label tables. */
export type Lang = "en" | "de";

/** The languages charts are written in. */
export const LANGS: readonly Lang[] = ["en", "de"];

/** The `lang` option: "en" (the default) or "de". */
export function langOf(options: ChartOptions): Lang {
  return keyword(options, "lang", LANGS, "en");
}

/** Options every chart function takes. */
export interface ChartOptions {
  /** Language of titles, axes, legends and captions. @default "en" */
  lang?: Lang;
  /** Width of the plot area in pixels. @default 640 */
  width?: number;
  /** Replace the default title. */
  title?: string;
  /** Replace the default subtitle. */
  subtitle?: string;
  /** Replace the default caption (what is measured and how). */
  caption?: string;
}

/**
 * The option of a chart drawn from its `…Data` table (e.g. `toneChart` and
 * `toneData`): that table, when it is already computed.
 */
export interface DataOption {
  /**
   * The rows this chart's `…Data` function returns for the same inputs and
   * options, when already computed (a notebook's figure cell saves them as
   * the figure's CSV too): the chart draws these rows instead of computing
   * them again, so the picture and its CSV come from one computation.
   * @default computed from the inputs
   */
  data?: Table;
}

/**
 * The `data` option of `chart`, checked: a table with every column in
 * `required` (the columns of what `dataFn` returns that the chart draws
 * from), returned as it is; `undefined` (no `data` given: the chart computes
 * its rows) passes through. Throws a TypeError naming the chart, the missing
 * columns, the columns the table has and what to pass instead: a table of
 * the wrong shape (the chart's input table, another chart's rows) would
 * otherwise be drawn as an empty or wrong chart without a word. `option`
 * names the part checked when `data` is not one table (`data.nodes`);
 * `null` there is a missing part.
 *
 * @example The tone table itself where `toneData`'s rows belong
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { checkData } from "./_common.ts";
 * const tone = aq.table({ actor_id: ["usa"], mean_score: [-0.2] });
 * assert.throws(
 *   () => checkData(tone, ["actor_label", "mean"], "toneChart", "toneData"),
 *   /toneChart: option data lacks columns "actor_label", "mean" \(it has actor_id, mean_score\); pass the table that toneData\(…\) returns/,
 * );
 * ```
 */
export function checkData(
  table: Table | null | undefined,
  required: readonly string[],
  chart: string,
  dataFn: string,
  option = "data",
): Table | undefined {
  if (table === undefined) return undefined;
  const fix = `pass ${
    option === "data" ? "the table that" : "what"
  } ${dataFn}(…) returns for the same inputs and options, or leave data out`;
  if (
    table === null || typeof (table as Table).columnNames !== "function"
  ) {
    const got = Array.isArray(table)
      ? "an array"
      : table === null
      ? "nothing"
      : `a ${typeof table}`;
    throw new TypeError(
      `${chart}: option ${option} is not an Arquero table (got ${got}); ${fix}`,
    );
  }
  const names = table.columnNames();
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new TypeError(
      `${chart}: option ${option} lacks column${
        missing.length > 1 ? "s" : ""
      } ${missing.map((c) => `"${c}"`).join(", ")} (it has ${
        names.length > 0 ? names.join(", ") : "no columns"
      }); ${fix}`,
    );
  }
  return table;
}

/**
 * Labels for ids: a table with `id` (else its first `*_id` column, e.g.
 * `actor_id`) and `label_de`/`label_en` (or `label`) columns, such as the
 * `actors` table; a list of objects with the same
 * fields, such as the conflicts loaded from `lib/data/conflicts.tsv`; or a
 * plain id → label map.
 */
export type Labels =
  | Table
  | Map<string, string>
  | Record<string, string>
  | readonly LabelledItem[];

/** An item with an id and labels, e.g. a conflict definition. */
export interface LabelledItem {
  id: string;
  label_de?: string;
  label_en?: string;
  label?: string;
}

/** A function from id to its label in `lang`; unknown ids label themselves. */
export function labeler(
  labels: Labels | undefined,
  lang: Lang,
  idColumn = "id",
): (id: unknown) => string {
  const map = new Map<string, string>();
  if (labels instanceof Map) {
    for (const [k, v] of labels) map.set(k, v);
  } else if (Array.isArray(labels)) {
    for (const item of labels as readonly LabelledItem[]) {
      const l = item[`label_${lang}`] || item.label_en || item.label_de ||
        item.label;
      if (l) map.set(String(item.id), l);
    }
  } else if (labels && typeof (labels as Table).columnNames === "function") {
    const t = labels as Table;
    const names = t.columnNames();
    const col = [`label_${lang}`, "label_en", "label_de", "label"].find((c) =>
      names.includes(c)
    );
    const idCol = idColumnOf(names, idColumn);
    if (idCol && col) {
      const ids = t.array(idCol) as unknown[];
      const ls = t.array(col) as unknown[];
      for (let i = 0; i < ids.length; i++) {
        if (ls[i] !== null && ls[i] !== undefined && ls[i] !== "") {
          map.set(String(ids[i]), String(ls[i]));
        }
      }
    }
  } else if (labels) {
    for (const [k, v] of Object.entries(labels as Record<string, string>)) {
      map.set(k, v);
    }
  }
  return (id) => {
    const key = id === null || id === undefined ? "" : String(id);
    return map.get(key) ?? key;
  };
}

// The id column of a label table: `id`, else its first `*_id` column (the
// pipeline's `actors` table has `actor_id`).
function idColumnOf(names: string[], preferred: string): string | undefined {
  return names.includes(preferred)
    ? preferred
    : names.find((n) => n.endsWith("_id"));
}

/** A column of `labels` (e.g. actor `type`) by id, when the table has it. */
export function attribute(
  labels: Labels | undefined,
  column: string,
  idColumn = "id",
): Map<string, string> {
  const out = new Map<string, string>();
  if (!labels || typeof (labels as Table).columnNames !== "function") {
    return out;
  }
  const t = labels as Table;
  const idCol = idColumnOf(t.columnNames(), idColumn);
  if (!t.columnNames().includes(column) || !idCol) return out;
  const ids = t.array(idCol) as unknown[];
  const vs = t.array(column) as unknown[];
  for (let i = 0; i < ids.length; i++) {
    if (vs[i] !== null && vs[i] !== undefined) {
      out.set(String(ids[i]), String(vs[i]));
    }
  }
  return out;
}

/**
 * Apply the text overrides and width of `options` to a chart's defaults,
 * and German number notation (1.000,5) on the axes when `lang` is "de".
 */
export function finish(spec: ChartSpec, options: ChartOptions): ChartSpec {
  const width = options.width;
  if (
    width !== undefined && (typeof width !== "number" || !(width > 0) ||
      !Number.isFinite(width))
  ) {
    throw new RangeError(
      `Cannot draw the chart: option width is ${
        JSON.stringify(width)
      }; use a number of pixels above 0`,
    );
  }
  const out: ChartSpec = {
    ...spec,
    width: options.width ?? spec.width ?? 640,
    title: options.title ?? spec.title,
    subtitle: options.subtitle ?? spec.subtitle,
    caption: options.caption ?? spec.caption,
  };
  if (langOf(options) === "de") {
    for (const key of ["x", "y"] as const) {
      const scale = out[key];
      if (scale && scale.axis !== null && scale.tickFormat === undefined) {
        out[key] = { ...scale, tickFormat: germanNumber };
      }
    }
  }
  return out;
}

// Numbers in German notation; anything else (band labels) as it is.
function germanNumber(v: unknown): string {
  return typeof v === "number"
    ? v.toLocaleString("de-DE", { maximumFractionDigits: 6 })
    : String(v);
}

/** Format a share as a percentage. */
export function percent(x: number, lang: Lang): string {
  const v = (Math.round(x * 1000) / 10).toFixed(1);
  return `${lang === "de" ? v.replace(".", ",") : v} %`;
}

/** Format a number with `digits` decimals in the language's notation. */
export function num(x: number, lang: Lang, digits = 2): string {
  const v = x.toFixed(digits);
  return lang === "de" ? v.replace(".", ",") : v;
}

// Polarity colours (ColorBrewer RdBu ends, grey middle): red is negative,
// blue positive in every chart.
export const NEGATIVE = "#d6604d";
export const NEUTRAL = "#a3a3a3";
export const POSITIVE = "#4393c3";

/** Colour for a polarity label such as "negative", "neutral", "positive". */
export function polarityColor(label: string): string {
  const l = label.toLowerCase();
  if (l.startsWith("neg")) return NEGATIVE;
  if (l.startsWith("pos")) return POSITIVE;
  return NEUTRAL;
}

/** Sort polarity labels negative → neutral/other → positive. */
export function polarityOrder(labels: Iterable<string>): string[] {
  const rank = (l: string) =>
    l.toLowerCase().startsWith("neg")
      ? 0
      : l.toLowerCase().startsWith("pos")
      ? 2
      : 1;
  return [...new Set(labels)].sort((a, b) =>
    rank(a) - rank(b) || compare(a, b)
  );
}

/** Plot's Observable 10 categorical colours, in order. */
export const PALETTE = [
  "#4269d0",
  "#efb118",
  "#ff725c",
  "#6cc5b0",
  "#3ca951",
  "#ff8ab7",
  "#a463f2",
  "#97bbf5",
  "#9c6b4e",
  "#9498a0",
] as const;

/**
 * A margin wide enough for the longest of `labels` at Plot's 10 px font
 * (estimated; no font metrics server-side), between `min` and 240 pixels.
 */
export function marginFor(labels: Iterable<string>, min = 20): number {
  let n = 0;
  for (const l of labels) n = Math.max(n, String(l).length);
  return Math.min(240, Math.max(min, Math.ceil(n * 6) + 14));
}

/** Integer ticks from 1 to `max`, at most about ten. */
export function integerTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 10));
  const out: number[] = [];
  for (let v = 1; v <= max; v += step) out.push(v);
  return out;
}

/** Tableau 20: for more than ten categories, so that no colour repeats. */
export const PALETTE_20 = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
  "#a0cbe8",
  "#ffbe7d",
  "#ff9d9a",
  "#86bcb6",
  "#8cd17d",
  "#f1ce63",
  "#d4a6c8",
  "#fabfd2",
  "#d7b5a6",
  "#79706e",
] as const;

/** `n` categorical colours: Observable 10 up to ten, else Tableau 20 (cycling past 20). */
export function categorical(n: number): string[] {
  const p: readonly string[] = n <= PALETTE.length ? PALETTE : PALETTE_20;
  return Array.from({ length: n }, (_, i) => p[i % p.length]);
}

/** Bottom margin for x tick labels rotated by 35°. */
export function rotatedMargin(labels: Iterable<string>): number {
  let n = 0;
  for (const l of labels) n = Math.max(n, String(l).length);
  return Math.min(200, Math.ceil(n * 6 * 0.58) + 24);
}
