/**
 * Escaping of text for HTML and SVG. Reports are shared with colleagues, so
 * every piece of corpus text (titles, sentences, KWIC rows, labels) that goes
 * into markup passes through here.
 *
 * @module
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const SPECIAL = /[&<>"']/g;

/**
 * Escape `&`, `<`, `>`, `"` and `'` so that `text` can be placed in HTML or
 * SVG element content or in a quoted attribute value. Anything that is not a
 * string is converted with `String()` first; `null` and `undefined` become
 * the empty string.
 *
 * @example Corpus text cannot open a tag
 * ```ts
 * import assert from "node:assert/strict";
 * import { escapeHtml } from "./escape_html.ts";
 * const safe = escapeHtml('<img src=x onerror="alert(1)">');
 * assert.ok(safe === "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
 * ```
 */
export function escapeHtml(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text).replace(SPECIAL, (c) => ENTITIES[c]);
}
