import assert from "node:assert/strict";
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
