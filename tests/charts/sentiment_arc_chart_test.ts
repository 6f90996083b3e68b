import assert from "node:assert/strict";
import {
  sentimentArcChart,
  sentimentArcData,
} from "../../lib/charts/sentiment_arc_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { articles, sentences, sentenceSentiment } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

Deno.test("`sentimentArcData()` keeps sentence ids in reading order", () => {
  const d = sentimentArcData(sentenceSentiment, sentences, {
    articleIds: ["a2"],
  });
  assert.deepEqual(d.array("sentence_id"), ["a2:s0", "a2:s1", "a2:s2"]);
  assert.deepEqual(d.array("position"), [1, 2, 3]);
});

Deno.test("`sentimentArcData()` with window 1 leaves scores as they are", () => {
  const d = sentimentArcData(sentenceSentiment, sentences, { window: 1 });
  assert.deepEqual(d.array("moving_average"), d.array("score"));
});

Deno.test("`sentimentArcChart()` matches its snapshot", () => {
  assertSnapshot(
    "sentiment-arc",
    renderSvg(sentimentArcChart(sentenceSentiment, sentences, {
      groups: articles.rename({ article_id: "id", title: "label" }),
    })),
  );
});
