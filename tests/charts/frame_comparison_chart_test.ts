import assert from "node:assert/strict";
import { frameComparisonChart } from "../../lib/charts/frame_comparison_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { conflictFrameProfile as profile } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

const groups = { iraq: "Iraq 2003", syria: "Syrian civil war" };

Deno.test("`frameComparisonChart()` orders frames by their range across conflicts, widest first", () => {
  const spec = frameComparisonChart(profile, { groups });
  assert.deepEqual(
    (spec.y as { domain: string[] }).domain,
    ["diplomacy", "military_action"],
  );
});

Deno.test("`frameComparisonChart()` matches its snapshot", () => {
  assertSnapshot(
    "frame-comparison",
    renderSvg(frameComparisonChart(profile, { groups })),
  );
});
