import assert from "node:assert/strict";
import {
  validationChart,
  validationData,
} from "../../lib/charts/validation_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { prfRows, validationTable } from "../../lib/validation/mod.ts";
import { assertSnapshot } from "./_snapshot.ts";

const validation = validationTable([
  ...prfRows(
    { component: "actor mentions", fixture: "actors/seed.tsv", split: "all" },
    { tp: 180, fp: 4, fn: 6 },
  ),
  {
    component: "sentence sentiment",
    fixture: "sentiment_gold.tsv",
    split: "dev",
    measure: "macro_f1",
    value: 0.91,
    n: 127,
    ci_low: 0.85,
    ci_high: 0.96,
    counts: "127 sentences",
  },
  {
    component: "sentence sentiment",
    fixture: "sentiment_gold.tsv",
    split: "test",
    measure: "macro_f1",
    value: 0.85,
    n: 126,
    ci_low: 0.78,
    ci_high: 0.91,
    counts: "126 sentences",
  },
  {
    component: "frames",
    fixture: "frame_sentences.tsv",
    split: "all",
    measure: "false_positive_rate",
    value: 0,
    n: 62,
    ci_low: 0,
    ci_high: 0.06,
    counts: "0 of 62",
  },
]);

Deno.test("`validationData()` names the split only where a component has several, and marks lower-is-better measures", () => {
  assert.deepEqual(validationData(validation).array("label"), [
    "actor mentions · precision",
    "actor mentions · recall",
    "actor mentions · f1",
    "sentence sentiment · macro f1 · dev",
    "sentence sentiment · macro f1 · test",
    "frames · false positive rate (lower is better)",
  ]);
});

Deno.test("`validationChart()` matches its snapshot", () => {
  assertSnapshot("validation", renderSvg(validationChart(validation)));
});

Deno.test("`validationChart()` speaks German with lang de", () => {
  const svg = renderSvg(validationChart(validation, { lang: "de" }));
  assert.ok(svg.includes("Genauigkeit auf den Goldstandards"));
});
