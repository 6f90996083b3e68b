/**
 * Keyword-in-context table as HTML, with every piece of corpus text
 * escaped (reports are shared; an article can contain markup).
 *
 * @module
 */
import type { Table } from "arquero";
import { kwic, type KwicOptions } from "../stats/kwic.ts";
import { type Lang, langOf, rows } from "../charts/_common.ts";
import { escapeHtml } from "./escape_html.ts";

/** Options for {@linkcode kwicTable} and {@linkcode kwicHtml}. */
export interface KwicTableOptions extends KwicOptions {
  /** Language of the headings. @default "en" */
  lang?: Lang;
  /** Caption above the table (escaped). */
  caption?: string;
  /** Rows shown at most; the caption says how many were left out. @default 50 */
  max?: number;
}

const TEXT = {
  en: {
    head: ["Article", "Sentence", "Before", "Keyword", "After"],
    more: (n: number) => `${n} more not shown`,
    none: "No occurrences.",
  },
  de: {
    head: ["Artikel", "Satz", "Davor", "Stichwort", "Danach"],
    more: (n: number) => `${n} weitere nicht gezeigt`,
    none: "Keine Fundstellen.",
  },
};

// Inline styles so the table reads well in a report with no stylesheet.
const CELL = "padding:2px 6px;border-bottom:1px solid #eee;vertical-align:top";

/**
 * Render KWIC rows (the output of `kwic`, lib/stats/kwic.ts) as an HTML
 * `<table class="kwic">`: the context before right-aligned, the keyword in
 * bold, the context after left-aligned, each row with its `article_id` and
 * `sentence_id`. All text, including ids and the caption, is escaped.
 *
 * @example Markup in the corpus stays text
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { kwicHtml } from "./kwic_table.ts";
 * const rows = aq.table({
 *   article_id: ["a"], sentence_id: ["a:s0"], pre: ["<script>alert(1)</script>"],
 *   keyword: ["Bagdad"], post: ["<img src=x onerror=alert(1)>"],
 * });
 * const html = kwicHtml(rows);
 * assert.ok(!html.includes("<script>") && !html.includes("<img"));
 * assert.ok(html.includes("&lt;script&gt;"));
 * ```
 */
export function kwicHtml(table: Table, options: KwicTableOptions = {}): string {
  const t = TEXT[langOf(options)];
  const all = rows(table);
  const max = options.max ?? 50;
  const shown = all.slice(0, max);
  const out: string[] = [
    '<table class="kwic" style="border-collapse:collapse;font-size:13px">',
  ];
  const note = all.length > max ? ` (${t.more(all.length - max)})` : "";
  if (options.caption || note) {
    out.push(
      `<caption style="text-align:left;padding:4px 0">${
        escapeHtml(options.caption ?? "")
      }${escapeHtml(note)}</caption>`,
    );
  }
  out.push(
    "<thead><tr>" +
      t.head.map((h, i) =>
        `<th style="${CELL};text-align:${i === 2 ? "right" : "left"}">${
          escapeHtml(h)
        }</th>`
      ).join("") + "</tr></thead><tbody>",
  );
  if (shown.length === 0) {
    out.push(
      `<tr><td colspan="5" style="${CELL}">${escapeHtml(t.none)}</td></tr>`,
    );
  }
  for (const d of shown) {
    out.push(
      `<tr><td style="${CELL};color:#666">${escapeHtml(d.article_id)}</td>` +
        `<td style="${CELL};color:#666">${escapeHtml(shortId(d))}</td>` +
        `<td style="${CELL};text-align:right">${escapeHtml(d.pre)}</td>` +
        `<td style="${CELL};font-weight:bold">${escapeHtml(d.keyword)}</td>` +
        `<td style="${CELL}">${escapeHtml(d.post)}</td></tr>`,
    );
  }
  out.push("</tbody></table>");
  return out.join("");
}

/**
 * Find `pattern` with `kwic` and render the matches: returns the rows (the
 * data behind the table, with `article_id`, `sentence_id` and offsets) and
 * the escaped HTML table.
 *
 * @example A KWIC table from tokens and sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { tokenize } from "../text/tokens.ts";
 * import { kwicTable } from "./kwic_table.ts";
 * const text = "Die Armee erreichte Bagdad.";
 * const toks = tokenize(text);
 * const tokens = aq.table({
 *   article_id: toks.map(() => "a"), sentence_id: toks.map(() => "a:s0"),
 *   lower: toks.map((t) => t.lower), norm: toks.map((t) => t.norm),
 *   start: toks.map((t) => t.start), end: toks.map((t) => t.end),
 * });
 * const sentences = aq.table({ sentence_id: ["a:s0"], start: [0], text: [text] });
 * const { rows, html } = kwicTable(tokens, sentences, "Bagdad");
 * assert.equal(rows.numRows(), 1);
 * assert.ok(html.includes("<b") || html.includes("font-weight:bold"));
 * ```
 */
export function kwicTable(
  tokens: Table,
  sentences: Table,
  pattern: string | string[],
  options: KwicTableOptions = {},
): { rows: Table; html: string } {
  const found = kwic(tokens, sentences, pattern, options);
  return { rows: found, html: kwicHtml(found, options) };
}

// "<article_id>:s3" → "s3": the article is in the column before.
function shortId(d: Record<string, unknown>): string {
  const a = String(d.article_id);
  const s = String(d.sentence_id);
  return s.startsWith(a + ":") ? s.slice(a.length + 1) : s;
}
