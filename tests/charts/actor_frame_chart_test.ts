import assert from "node:assert/strict";
import {
  actorFrameChart,
  actorFrameData,
} from "../../lib/charts/actor_frame_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { actors, frameLabels, frames, mentions, objs } from "./_fixtures.ts";
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
