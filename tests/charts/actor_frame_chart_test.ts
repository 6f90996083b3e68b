import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  actorFrameChart,
  actorFrameData,
} from "../../lib/charts/actor_frame_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import {
  actors,
  articles,
  conflicts,
  frameLabels,
  frames,
  mentions,
  objs,
} from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

Deno.test("`actorFrameData()` divides by the sentences that mention the actor", () => {
  const d = actorFrameData(mentions, frames);
  const row = objs(d).find((r: Record<string, unknown>) =>
    r.actor_id === "usa" && r.frame_id === "military"
  ) as Record<string, unknown>;
  // usa is in a1:s0-s3, a2:s0, a3:s1; military cues in a1:s0, a1:s1, a1:s3, a3:s1
  assert.equal(row.n_actor_sentences, 6);
  assert.equal(row.n_sentences, 4);
  assert.equal(row.sentence_ids, "a1:s0;a1:s1;a1:s3;a3:s1");
});

Deno.test("`actorFrameData()` has a row for every actor × frame, zeros included", () => {
  assert.equal(actorFrameData(mentions, frames).numRows(), 6 * 4);
});

Deno.test("`actorFrameChart()` matches its snapshot", () => {
  assertSnapshot(
    "actor-frame",
    renderSvg(actorFrameChart(mentions, frames, { actors, frameLabels })),
  );
});

Deno.test("`actorFrameData()` by conflict counts each actor's sentences within each conflict", () => {
  const d = actorFrameData(mentions, frames, { by: "conflict", articles });
  const row = objs(d).find((r) =>
    r.conflict_id === "russia_ukraine_2022" && r.actor_id === "usa" &&
    r.frame_id === "military"
  )!;
  assert.equal(row.n_actor_sentences, 1);
  assert.equal(row.sentence_ids, "a3:s1");
  assert.throws(
    () => actorFrameData(mentions, frames, { by: "conflict" }),
    TypeError,
  );
});

Deno.test("`actorFrameData()` with articleIds uses only those articles", () => {
  const d = actorFrameData(mentions, frames, { articleIds: ["a3"] });
  assert.deepEqual([...new Set(d.array("actor_id"))].sort(), [
    "nato",
    "russia",
    "ukraine",
    "un",
    "usa",
  ]);
});

Deno.test("`actorFrameChart()` by conflict for chosen actors matches its snapshot", () => {
  assertSnapshot(
    "actor-frame-conflict-de",
    renderSvg(actorFrameChart(mentions, frames, {
      by: "conflict",
      articles,
      actors,
      frameLabels,
      actorIds: ["usa", "nato"],
      groups: conflicts,
      lang: "de",
    })),
  );
});

Deno.test("`actorFrameData()` does not count a frame cue that is the actor's own mention", () => {
  const mentions = aq.table({
    sentence_id: ["a:s0", "a:s1"],
    actor_id: ["usa", "usa"],
    start: [0, 40],
    end: [3, 43],
  });
  // s0: the cue is the name "USA" itself; s1: "Großmacht" is another word.
  const frames = aq.table({
    sentence_id: ["a:s0", "a:s1"],
    frame_id: ["geopolitics", "geopolitics"],
    start: [0, 50],
    end: [3, 59],
  });
  const own = actorFrameData(mentions, frames);
  assert.deepEqual(own.array("sentence_ids"), ["a:s1"]);
  const all = actorFrameData(mentions, frames, { ownCues: true });
  assert.deepEqual(all.array("sentence_ids"), ["a:s0;a:s1"]);
});

Deno.test("`actorFrameData()` still counts a cue that is another part of the mention (“Truppen” in “US-Truppen”)", () => {
  const mentions = aq.table({
    sentence_id: ["a:s0"],
    actor_id: ["usa"],
    start: [10],
    end: [20],
    surface: ["US-Truppen"],
  });
  const frames = aq.table({
    sentence_id: ["a:s0", "a:s0"],
    frame_id: ["geopolitics", "military_action"],
    cue: ["US", "Truppe"],
    start: [10, 10],
    end: [20, 20],
  });
  assert.deepEqual(
    (actorFrameData(mentions, frames).objects() as {
      frame_id: string;
      n_sentences: number;
    }[]).map((r) => `${r.frame_id}:${r.n_sentences}`),
    ["geopolitics:0", "military_action:1"],
  );
});
