import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  articleLengthChart,
  articleLengthData,
  sentenceLengthChart,
  sentenceLengthData,
} from "../../lib/charts/length_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { articles, sentences } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

const withCounts = (articles as aq.ColumnTable).derive({
  n_sentences: (d) => d.article_id === "a2" ? 3 : 4,
  conflict: (d) =>
    d.article_id === "a2" ? "us_iraq_crisis_2020;iraq_war_against_is" : d
      .conflict,
});
const sentenceWords = (sentences as aq.ColumnTable).derive({
  n_words: (d) => (d.index + 1) * 7,
});
const conflicts = [
  { id: "iraq_invasion_2003", label_en: "Iraq 2003" },
  { id: "us_iraq_crisis_2020", label_en: "US–Iraq 2020" },
  { id: "iraq_war_against_is", label_en: "Iraq vs IS" },
];

Deno.test("`articleLengthData()` labels an article with several conflicts by all of them", () => {
  assert.deepEqual(
    articleLengthData(withCounts, { conflicts }).array("conflict_label"),
    ["Iraq 2003", "US–Iraq 2020 + Iraq vs IS", "russia_ukraine_2022"],
  );
});

Deno.test("`sentenceLengthData()` keeps every sentence id", () => {
  assert.deepEqual(
    sentenceLengthData(sentenceWords).array("sentence_id"),
    sentences.array("sentence_id"),
  );
});

Deno.test("`articleLengthChart()` matches its snapshot", () => {
  assertSnapshot(
    "article-length",
    renderSvg(articleLengthChart(withCounts, { conflicts })),
  );
});

Deno.test("`sentenceLengthChart()` matches its snapshot", () => {
  assertSnapshot(
    "sentence-length-de",
    renderSvg(sentenceLengthChart(sentenceWords, { lang: "de" })),
  );
});
