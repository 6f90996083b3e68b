import assert from "node:assert/strict";
import { toneChart, toneData } from "../../lib/charts/tone_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { actors, toneByArticle, toneByConflict } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

Deno.test("`toneData()` calls a tone negative or positive only when the interval excludes 0", () => {
  const d = toneData(toneByArticle);
  assert.deepEqual(d.array("direction"), [
    "uncertain",
    "negative",
    "negative",
    "uncertain",
    "positive",
    "negative",
    "uncertain",
  ]);
});

Deno.test("`toneData()` drops cells with fewer mentions than minN", () => {
  assert.equal(toneData(toneByArticle, { minN: 2 }).numRows(), 6);
});

Deno.test("`toneChart()` per article matches its snapshot", () => {
  assertSnapshot(
    "tone-article",
    renderSvg(toneChart(toneByArticle, { actors })),
  );
});

Deno.test("`toneChart()` per conflict in German matches its snapshot", () => {
  assertSnapshot(
    "tone-conflict-de",
    renderSvg(toneChart(toneByConflict, { actors, lang: "de" })),
  );
});

Deno.test("`toneData()` reads the pipeline's tone_by_article columns (mean_score, ci_low, ci_high)", () => {
  const renamed = toneByArticle.rename({
    mean: "mean_score",
    lo: "ci_low",
    hi: "ci_high",
  });
  assert.deepEqual(
    toneData(renamed).objects(),
    toneData(toneByArticle).objects(),
  );
});

Deno.test("`toneData()` keeps the `top` actors with the most scored mentions", () => {
  const d = toneData(toneByArticle, { top: 1 });
  assert.equal(new Set(d.array("actor_id")).size, 1);
});
