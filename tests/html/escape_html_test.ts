import assert from "node:assert/strict";
import { escapeHtml } from "../../lib/html/escape_html.ts";

Deno.test("`escapeHtml()` escapes the five characters that matter in HTML", () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
  );
});

Deno.test("`escapeHtml()` turns null and undefined into empty text", () => {
  assert.equal(escapeHtml(null), "");
  assert.equal(escapeHtml(undefined), "");
  assert.equal(escapeHtml(3), "3");
});
