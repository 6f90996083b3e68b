/**
 * Readable labels for articles in charts and tables: the title where there
 * is one, else the shortest unique start of the id, with outlet and date.
 *
 * @module
 */
import type { Table } from "arquero";

/** Options for {@linkcode articleLabels}. */
export interface ArticleLabelOptions {
  /** Cut titles longer than this many characters. @default 40 */
  maxTitle?: number;
}

/**
 * Map each `article_id` of an `articles` table to a short label: the title
 * (cut to `maxTitle`) or, without one, the id — shortened to its first
 * `_`-separated part when that part is unique in the corpus — followed by
 * the outlet (unless `unknown`) and the date.
 *
 * @example Seed-style ids without titles
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { articleLabels } from "./article_labels.ts";
 * const a = aq.table({
 *   article_id: ["000_8041def3", "001_f74fd8fc"], title: ["", "Abzug aus dem Irak"],
 *   outlet: ["unknown", "RT Deutsch"], date: ["2003-04", "2020-02"],
 * });
 * const l = articleLabels(a);
 * assert.equal(l.get("000_8041def3"), "000 · 2003-04");
 * assert.equal(l.get("001_f74fd8fc"), "Abzug aus dem Irak · RT Deutsch · 2020-02");
 * ```
 */
export function articleLabels(
  articles: Table,
  options: ArticleLabelOptions = {},
): Map<string, string> {
  const max = options.maxTitle ?? 40;
  const names = articles.columnNames();
  const col = (c: string) =>
    names.includes(c)
      ? (articles.array(c) as unknown[]).map((v) => v == null ? "" : String(v))
      : (articles.array("article_id") as unknown[]).map(() => "");
  const ids = col("article_id");
  const titles = col("title");
  const outlets = col("outlet");
  const dates = col("date");
  const heads = ids.map((id) => id.split("_")[0]);
  const count = new Map<string, number>();
  for (const h of heads) count.set(h, (count.get(h) ?? 0) + 1);
  const out = new Map<string, string>();
  ids.forEach((id, i) => {
    const title = titles[i].trim();
    const name = title
      ? title.length > max ? title.slice(0, max - 1).trimEnd() + "…" : title
      : count.get(heads[i]) === 1 && heads[i] !== ""
      ? heads[i]
      : id;
    const parts = [name];
    if (outlets[i] && outlets[i] !== "unknown") parts.push(outlets[i]);
    if (dates[i]) parts.push(dates[i]);
    out.set(id, parts.join(" · "));
  });
  return out;
}
