import assert from "node:assert/strict";
import * as aq from "arquero";
import { actorFrames } from "../../lib/stats/actor_frames.ts";

const mentions = aq.table({
  article_id: ["a1", "a1", "a2"],
  sentence_id: ["a1:s0", "a1:s1", "a2:s0"],
  actor_id: ["usa", "usa", "usa"],
});
const frames = aq.table({
  article_id: ["a1", "a2"],
  sentence_id: ["a1:s1", "a2:s0"],
  frame_id: ["war", "diplomacy"],
});

Deno.test("`actorFrames()` counts ids only, one row per actor × frame", () => {
  const t = actorFrames(mentions, frames);
  assert.deepEqual(t.columnNames(), [
    "actor_id",
    "frame_id",
    "n_sentences",
    "n_actor_sentences",
    "share",
    "sentence_ids",
  ]);
  assert.deepEqual(t.array("frame_id"), ["diplomacy", "war"]);
  assert.deepEqual(t.array("share"), [1 / 3, 1 / 3]);
  assert.deepEqual(t.array("sentence_ids"), ["a2:s0", "a1:s1"]);
});

Deno.test("`actorFrames()` by conflict counts within each conflict's articles", () => {
  const articles = aq.table({
    article_id: ["a1", "a2"],
    conflict: ["iraq", "ukraine"],
  });
  const t = actorFrames(mentions, frames, { by: "conflict", articles });
  assert.deepEqual(t.array("conflict_id"), [
    "iraq",
    "iraq",
    "ukraine",
    "ukraine",
  ]);
  assert.deepEqual(t.array("n_actor_sentences"), [2, 2, 1, 1]);
  assert.deepEqual(t.array("share"), [0, 0.5, 1, 0]);
  assert.throws(
    () => actorFrames(mentions, frames, { by: "conflict" }),
    /no articles given/,
  );
});
