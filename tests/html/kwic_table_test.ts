import assert from "node:assert/strict";
import * as aq from "arquero";
import { tokenize } from "../../lib/text/tokens.ts";
import { kwicHtml, kwicTable } from "../../lib/html/kwic_table.ts";

function tables(id: string, text: string) {
  const toks = tokenize(text);
  const tokens = aq.table({
    article_id: toks.map(() => id),
    sentence_id: toks.map(() => `${id}:s0`),
    lower: toks.map((t) => t.lower),
    norm: toks.map((t) => t.norm),
    start: toks.map((t) => t.start),
    end: toks.map((t) => t.end),
  });
  const sentences = aq.table({
    sentence_id: [`${id}:s0`],
    start: [0],
    text: [text],
  });
  return { tokens, sentences };
}

Deno.test("`kwicTable()` escapes markup that an article contains", () => {
  const { tokens, sentences } = tables(
    "x<1>",
    'Er schrieb <script>alert("x")</script> über Bagdad und <img src=x onerror=alert(1)> danach.',
  );
  const { rows, html } = kwicTable(tokens, sentences, "Bagdad", {
    window: 20,
    caption: "<b>Bagdad</b>",
  });
  assert.equal(rows.numRows(), 1);
  assert.ok(!/<script|<img|<b>/i.test(html));
  assert.ok(html.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt;"));
  assert.ok(html.includes(">x&lt;1&gt;</td>"));
});

Deno.test("`kwicHtml()` says how many rows it left out", () => {
  const rows = aq.table({
    article_id: ["a", "a", "a"],
    sentence_id: ["a:s0", "a:s1", "a:s2"],
    pre: ["", "", ""],
    keyword: ["Nato", "Nato", "Nato"],
    post: ["", "", ""],
  });
  assert.ok(
    kwicHtml(rows, { max: 1, lang: "de" }).includes("2 weitere nicht gezeigt"),
  );
  assert.equal(kwicHtml(rows, { max: 1 }).split("<tr>").length - 1, 2);
});
