// A chart given its `…Data` table (the `data` option, as a notebook's
// figure cell passes it) draws exactly what it draws from the inputs, and
// draws those rows rather than computing its own.
import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  actorFrameChart,
  actorFrameData,
  networkChart,
  networkData,
  renderSvg,
  sentimentArcChart,
  sentimentArcData,
  toneChart,
  toneData,
  voiceShareChart,
  voiceShareData,
} from "../../lib/charts/mod.ts";
import {
  actors,
  frameLabels,
  frames,
  mentions,
  quotes,
  sentences,
  sentenceSentiment,
  toneByArticle,
} from "./_fixtures.ts";

Deno.test("a chart drawn from its precomputed `…Data` table is the same chart", () => {
  const af = { actors, frameLabels, top: 4 };
  assert.equal(
    renderSvg(actorFrameChart(mentions, frames, {
      ...af,
      data: actorFrameData(mentions, frames, af),
    })),
    renderSvg(actorFrameChart(mentions, frames, af)),
  );
  const vs = { actors, top: 3 };
  assert.equal(
    renderSvg(voiceShareChart(quotes, {
      ...vs,
      data: voiceShareData(quotes, vs),
    })),
    renderSvg(voiceShareChart(quotes, vs)),
  );
  assert.equal(
    renderSvg(sentimentArcChart(sentenceSentiment, sentences, {
      data: sentimentArcData(sentenceSentiment, sentences),
    })),
    renderSvg(sentimentArcChart(sentenceSentiment, sentences)),
  );
  assert.equal(
    renderSvg(toneChart(toneByArticle, {
      actors,
      data: toneData(toneByArticle, { actors }),
    })),
    renderSvg(toneChart(toneByArticle, { actors })),
  );
});

Deno.test("a chart given `data` draws those rows, not its own computation", () => {
  const data = toneData(toneByArticle, { actors });
  const first = (data as aq.ColumnTable).slice(0, 1);
  const svg = renderSvg(toneChart(toneByArticle, { actors, data: first }));
  assert.notEqual(svg, renderSvg(toneChart(toneByArticle, { actors })));
  const kept = String(first.get("actor_label", 0));
  assert.ok(svg.includes(kept), `the chart shows ${kept}`);
});

Deno.test("the network chart drawn from its precomputed `networkData` is the same chart", () => {
  const options = { actors, top: 5 };
  assert.equal(
    renderSvg(networkChart(mentions, {
      ...options,
      data: networkData(mentions, options),
    })),
    renderSvg(networkChart(mentions, options)),
  );
});
