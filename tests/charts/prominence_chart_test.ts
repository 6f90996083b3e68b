import assert from "node:assert/strict";
import * as aq from "arquero";
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

Deno.test("`prominenceData()` labels actors from the pipeline's actors table (keyed by actor_id)", () => {
  const p = aq.table({
    article_id: ["a"],
    actor_id: ["usa"],
    n_mentions: [2],
    n_words: [400],
    per_1000: [5],
  });
  const actorsTable = aq.table({
    actor_id: ["usa"],
    label_de: ["USA"],
    label_en: ["United States"],
  });
  assert.deepEqual(
    prominenceData(p, { actors: actorsTable }).array("actor_label"),
    ["United States"],
  );
});
