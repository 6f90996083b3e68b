import assert from "node:assert/strict";
import {
  frameProfileChart,
  frameProfileData,
} from "../../lib/charts/frame_profile_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { articles, frameLabels, frames, objs } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

Deno.test("`frameProfileData()` gives weighted shares that sum to 1 per article", () => {
  const d = frameProfileData(frames);
  const sums = new Map<string, number>();
  objs(d).forEach((r: Record<string, unknown>) =>
    sums.set(
      r.article_id as string,
      (sums.get(r.article_id as string) ?? 0) + (r.share as number),
    )
  );
  for (const s of sums.values()) assert.ok(Math.abs(s - 1) < 1e-12);
  // a1: military 1 + 1 + 0.5 of 3.5
  const a1 = objs(d).find((r: Record<string, unknown>) =>
    r.article_id === "a1" && r.frame_id === "military"
  ) as Record<string, unknown>;
  assert.equal(a1.share, 2.5 / 3.5);
  assert.equal(a1.sentence_ids, "a1:s0;a1:s1;a1:s3");
});

Deno.test("`frameProfileData()` by conflict needs the articles", () => {
  assert.throws(() => frameProfileData(frames, { by: "conflict" }), TypeError);
  const d = frameProfileData(frames, { by: "conflict", articles });
  assert.deepEqual([...new Set(d.array("conflict_id"))], [
    "iraq_invasion_2003",
    "russia_ukraine_2022",
    "us_iraq_crisis_2020",
  ]);
});

Deno.test("`frameProfileChart()` per article matches its snapshot", () => {
  assertSnapshot(
    "frame-profile-article",
    renderSvg(frameProfileChart(frames, { frameLabels })),
  );
});

Deno.test("`frameProfileChart()` per conflict in German matches its snapshot", () => {
  assertSnapshot(
    "frame-profile-conflict-de",
    renderSvg(
      frameProfileChart(frames, {
        by: "conflict",
        articles,
        frameLabels,
        lang: "de",
      }),
    ),
  );
});
