/**
 * Escape text for HTML, so that corpus text shown in a report (titles,
 * sentences, keywords in context) is displayed, never executed.
 *
 * @module
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const SPECIAL = /[&<>"']/g;

/**
 * Escape `&`, `<`, `>`, `"` and `'` so that the text is safe both between
 * tags and inside a quoted attribute value. `null` and `undefined` become the
 * empty string; other values are converted with `String()`.
 *
 * @example Escape a script tag
 * ```ts
 * import { escapeHtml } from "../mod.ts";
 * console.assert(
 *   escapeHtml('<script>alert("x")</script>') ===
 *     "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
 * );
 * ```
 */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(SPECIAL, (c) => ESCAPES[c]);
}
