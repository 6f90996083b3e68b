import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  actorFrameChart,
  frameProfileChart,
  keynessChart,
  networkChart,
  prominenceChart,
  renderSvg,
  sentimentArcChart,
  toneChart,
  voiceShareChart,
} from "../../lib/charts/mod.ts";
import { actorProminence } from "../../lib/stats/prominence.ts";

const empty = (...names: string[]) =>
  aq.table(Object.fromEntries(names.map((n) => [n, []])));

const mentions = empty("mention_id", "article_id", "sentence_id", "actor_id");
const frames = empty("article_id", "sentence_id", "frame_id", "weight");
const articles = empty("article_id", "n_words", "conflict");

Deno.test("every chart renders empty tables without throwing (a corpus with no quotes, frames or mentions)", () => {
  const specs = [
    prominenceChart(actorProminence(mentions, articles)),
    toneChart(empty("actor_id", "article_id", "n", "mean", "lo", "hi")),
    frameProfileChart(frames),
    frameProfileChart(frames, { by: "conflict", articles }),
    actorFrameChart(mentions, frames),
    sentimentArcChart(
      empty("sentence_id", "score", "label"),
      empty("article_id", "sentence_id", "index"),
    ),
    voiceShareChart(empty("quote_id", "article_id", "speaker", "kind")),
    networkChart(mentions),
    keynessChart(empty("feature", "g2", "p", "n_target", "n_reference")),
  ];
  for (const spec of specs) {
    const svg = renderSvg(spec);
    assert.ok(svg.startsWith("<svg"), spec.title);
  }
});
