import assert from "node:assert/strict";
import { actorProminence } from "../../lib/stats/prominence.ts";
import {
  prominenceChart,
  prominenceData,
} from "../../lib/charts/prominence_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { actors, articles, mentions } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

Deno.test("`prominenceData()` keeps the most-mentioned actors and labels them", () => {
  const p = actorProminence(mentions, articles);
  const d = prominenceData(p, { actors, top: 2, lang: "de" });
  assert.deepEqual([...new Set(d.array("actor_id"))].sort(), [
    "iraq_gov",
    "usa",
  ]);
  assert.ok(d.array("actor_label").includes("Irakische Regierung"));
  assert.deepEqual(d.columnNames().slice(0, 2), ["article_id", "group_label"]);
});

Deno.test("`prominenceChart()` by article matches its snapshot", () => {
  const p = actorProminence(mentions, articles);
  assertSnapshot(
    "prominence-article",
    renderSvg(
      prominenceChart(p, {
        actors,
        groups: articles.rename({ article_id: "id", title: "label" }),
      }),
    ),
  );
});

Deno.test("`prominenceChart()` by conflict in German matches its snapshot", () => {
  const p = actorProminence(mentions, articles, { by: "conflict" });
  assertSnapshot(
    "prominence-conflict-de",
    renderSvg(prominenceChart(p, { actors, lang: "de" })),
  );
});
