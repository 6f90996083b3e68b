import assert from "node:assert/strict";
import * as aq from "arquero";
import { articleLabels } from "../../lib/notebook/article_labels.ts";

Deno.test("`articleLabels()` keeps the whole id when its first part is not unique, and cuts long titles", () => {
  const a = aq.table({
    article_id: ["taz_1", "taz_2", "faz_1"],
    title: ["", "", "x".repeat(60)],
    outlet: ["taz", "taz", "unknown"],
    date: ["2024-01-05", "", "2024"],
  });
  const l = articleLabels(a, { maxTitle: 10 });
  assert.equal(l.get("taz_1"), "taz_1 · taz · 2024-01-05");
  assert.equal(l.get("taz_2"), "taz_2 · taz");
  assert.equal(l.get("faz_1"), "xxxxxxxxx… · 2024");
});
