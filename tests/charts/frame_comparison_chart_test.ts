import assert from "node:assert/strict";
import * as aq from "arquero";
import { frameComparisonChart } from "../../lib/charts/frame_comparison_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { assertSnapshot } from "./_snapshot.ts";

const profile = aq.table({
  conflict_id: ["iraq", "iraq", "syria", "syria"],
  frame_id: ["diplomacy", "military_action", "diplomacy", "military_action"],
  n_sentences: [20, 20, 10, 10],
  n_sentences_with_frame: [2, 12, 5, 7],
  share: [0.1, 0.6, 0.5, 0.7],
});
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
