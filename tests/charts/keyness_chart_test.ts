import assert from "node:assert/strict";
import { keynessChart, keynessData } from "../../lib/charts/keyness_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { keyness } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

Deno.test("`keynessData()` takes k words from each side", () => {
  const d = keynessData(keyness, { k: 2 });
  assert.deepEqual(d.array("feature"), [
    "bagdad",
    "truppen",
    "russland",
    "drohnen",
  ]);
  assert.deepEqual(d.array("side"), [
    "target",
    "target",
    "reference",
    "reference",
  ]);
});

Deno.test("`keynessChart()` matches its snapshot", () => {
  assertSnapshot(
    "keyness",
    renderSvg(
      keynessChart(keyness, { k: 5, targetLabel: "Iraq 2003", lang: "en" }),
    ),
  );
});
