import { deepStrictEqual as assertEquals } from "node:assert/strict";
import * as aq from "arquero";
import { mimeBundle, show } from "../../notebooks/_display.ts";

Deno.test("`mimeBundle()` finds the HTML of displayables, elements, tables and strings", () => {
  const displayable = {
    [Symbol.for("Jupyter.display")]: () => ({ "text/html": "<b>x</b>" }),
  };
  assertEquals(mimeBundle(displayable), { "text/html": "<b>x</b>" });
  assertEquals(mimeBundle({ outerHTML: "<svg></svg>" }), {
    "text/html": "<svg></svg>",
  });
  const table = mimeBundle(aq.table({ n: [1] }));
  assertEquals(table?.["text/html"].startsWith("<table>"), true);
  assertEquals(mimeBundle("<p>Hallo</p>"), { "text/html": "<p>Hallo</p>" });
});

Deno.test("`show()` returns values without a rich form unchanged, so the kernel prints them", () => {
  const config = { corpus: "corpus" };
  assertEquals(show(config), config);
  assertEquals(show(42), 42);
  assertEquals(show(null), null);
});

Deno.test("`show()` outside a kernel returns the bundle it would display", () => {
  assertEquals(show("<i>x</i>"), { "text/html": "<i>x</i>" });
});
