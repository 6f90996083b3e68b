/**
 * Rich output for notebook cells without touching `Deno.jupyter` (which
 * exists only inside the kernel): an object with a
 * `Symbol.for("Jupyter.display")` method is shown by Deno's kernel as the
 * MIME bundle it returns. Everything is `text/html`, because Debian's
 * nbconvert exports `image/svg+xml` outputs blank.
 *
 * @module
 */
import type { Table } from "arquero";
import { escapeHtml } from "../html/escape_html.ts";

/** The key under which Deno's Jupyter kernel looks for a MIME bundle. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for(
  "Jupyter.display",
) as never;

/** Something a notebook cell can show: a `text/html` MIME bundle. */
export interface Displayable {
  [JUPYTER_DISPLAY]: () => Record<string, string>;
}

/**
 * Show trusted HTML as a cell's output. Never pass corpus text unescaped:
 * use {@linkcode escapeHtml} or {@linkcode showTable}.
 *
 * @example Show a heading
 * ```ts
 * import assert from "node:assert/strict";
 * import { html } from "../mod.ts";
 * const out = html("<b>fünf Artikel</b>");
 * const bundle = out[Symbol.for("Jupyter.display") as never] as () => Record<string, string>;
 * assert.equal(bundle()["text/html"], "<b>fünf Artikel</b>");
 * ```
 */
export function html(markup: string): Displayable {
  return { [JUPYTER_DISPLAY]: () => ({ "text/html": markup }) };
}

/**
 * Show plain text (escaped) as a paragraph, e.g. a finding computed for
 * this corpus.
 *
 * @example A computed sentence
 * ```ts
 * import assert from "node:assert/strict";
 * import { text } from "../mod.ts";
 * const out = text("5 Artikel <b>");
 * const bundle = out[Symbol.for("Jupyter.display") as never] as () => Record<string, string>;
 * assert.equal(bundle()["text/html"], "<p>5 Artikel &lt;b&gt;</p>");
 * ```
 */
export function text(...paragraphs: string[]): Displayable {
  return html(paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(""));
}

/** Options for {@linkcode showTable}. */
export interface ShowTableOptions {
  /** Columns to show, in order. @default every column */
  columns?: string[];
  /** At most this many rows; a note says how many were left out. @default 20 */
  limit?: number;
  /** A caption above the table (escaped). @default none */
  caption?: string;
}

function cell(v: unknown): string {
  if (typeof v === "number") {
    return `<td class="num">${
      escapeHtml(Number.isInteger(v) ? v : Number(v.toFixed(3)))
    }</td>`;
  }
  return `<td>${escapeHtml(v)}</td>`;
}

/**
 * Show an Arquero table as an HTML table. Every value is escaped, so corpus
 * text (titles, sentences) is shown, never executed.
 *
 * @example Show the first rows of a table
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { showTable } from "../mod.ts";
 * const t = aq.table({ title: ["<script>x</script>"], n: [3] });
 * const out = showTable(t);
 * const bundle = out[Symbol.for("Jupyter.display") as never] as () => Record<string, string>;
 * assert.ok(bundle()["text/html"].includes("&lt;script&gt;x&lt;/script&gt;"));
 * ```
 */
export function showTable(
  table: Table,
  options: ShowTableOptions = {},
): Displayable {
  const columns = options.columns ?? table.columnNames();
  const limit = options.limit ?? 20;
  const n = table.numRows();
  const rows = table.objects({ limit, columns }) as Record<string, unknown>[];
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = rows.map((r) =>
    `<tr>${columns.map((c) => cell(r[c])).join("")}</tr>`
  )
    .join("\n");
  const caption = options.caption
    ? `<caption>${escapeHtml(options.caption)}</caption>`
    : "";
  const more = n > rows.length
    ? `<p class="framing-more">${
      n - rows.length
    } more row(s) of ${n} not shown.</p>`
    : "";
  return html(
    `<table class="framing-table">${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${more}`,
  );
}
