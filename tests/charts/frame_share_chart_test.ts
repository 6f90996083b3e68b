import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  frameShareChart,
  frameShareData,
} from "../../lib/charts/frame_share_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { conflicts, frameLabels } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

// conflict_frame_profile as the frames stage writes it (every frame, zeros included)
const frames = ["diplomacy", "humanitarian", "legality", "military"];
const groups = [
  "iraq_invasion_2003",
  "us_iraq_crisis_2020",
  "russia_ukraine_2022",
];
const withFrame = [[1, 6, 0, 14], [9, 1, 5, 2], [3, 8, 4, 16]];
const profile = aq.table({
  conflict_id: groups.flatMap((g) => frames.map(() => g)),
  frame_id: groups.flatMap(() => frames),
  n_articles: groups.flatMap(() => frames.map(() => 1)),
  n_sentences: groups.flatMap(() => frames.map(() => 40)),
  n_sentences_with_frame: withFrame.flat(),
  share: withFrame.flat().map((n) => n / 40),
});

Deno.test("`frameShareData()` keeps the chosen conflicts in the given order", () => {
  const d = frameShareData(profile, {
    groupIds: ["russia_ukraine_2022", "iraq_invasion_2003"],
  });
  assert.deepEqual([...new Set(d.array("conflict_id"))], [
    "russia_ukraine_2022",
    "iraq_invasion_2003",
  ]);
  assert.ok(d.columnNames().includes("n_sentences_with_frame"));
});

Deno.test("`frameShareChart()` per conflict in German matches its snapshot", () => {
  assertSnapshot(
    "frame-share-conflict-de",
    renderSvg(
      frameShareChart(profile, { frameLabels, groups: conflicts, lang: "de" }),
    ),
  );
});
