import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  frameProfileChart,
  networkChart,
  prominenceChart,
  voiceShareChart,
  voiceShareData,
} from "../../lib/charts/mod.ts";
import { keyword } from "../../lib/charts/_common.ts";

const prominence = aq.table({
  article_id: ["a"],
  actor_id: ["usa"],
  n_mentions: [2],
  n_words: [400],
  per_1000: [5],
});
const quotes = aq.table({
  quote_id: ["q1"],
  article_id: ["a"],
  speaker: ["usa"],
  kind: ["direct"],
});

Deno.test("keyword gives the fallback, an allowed value, or an error naming the option", () => {
  assert.equal(keyword({}, "by", ["a", "b"], "a"), "a");
  assert.equal(keyword({ by: "b" }, "by", ["a", "b"], "a"), "b");
  assert.throws(
    () => keyword({ by: "c" }, "by", ["a", "b"], "a"),
    /option by is "c"; use one of "a", "b"/,
  );
});

Deno.test("charts reject an unknown lang, by, split, unit or width, naming the option", () => {
  assert.throws(
    // @ts-expect-error: a value the type does not allow, as from JavaScript
    () => prominenceChart(prominence, { lang: "fr" }),
    /option lang is "fr"; use one of "en", "de"/,
  );
  assert.throws(
    // @ts-expect-error: see above
    () => voiceShareData(quotes, { by: "outlet" }),
    /option by is "outlet"/,
  );
  assert.throws(
    // @ts-expect-error: see above
    () => voiceShareChart(quotes, { split: "gender" }),
    /option split is "gender"/,
  );
  assert.throws(
    () =>
      frameProfileChart(
        aq.table({ article_id: [], frame_id: [], share: [] }),
        // @ts-expect-error: see above
        { by: "outlet" },
      ),
    /option by is "outlet"/,
  );
  assert.throws(
    () =>
      networkChart(
        aq.table({ article_id: [], sentence_id: [], actor_id: [] }),
        // @ts-expect-error: see above
        { unit: "paragraph" },
      ),
    /option unit is "paragraph"/,
  );
  assert.throws(
    () => prominenceChart(prominence, { width: -5 }),
    /option width is -5; use a number of pixels above 0/,
  );
});

Deno.test("charts accept every documented value", () => {
  for (const lang of ["en", "de"] as const) {
    assert.ok(prominenceChart(prominence, { lang }).marks);
  }
  for (const by of ["corpus", "article", "conflict"] as const) {
    assert.ok(voiceShareData(quotes, { by }).numRows() >= 0);
  }
});
