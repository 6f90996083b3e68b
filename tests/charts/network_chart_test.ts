import assert from "node:assert/strict";
import { networkChart, networkData } from "../../lib/charts/network_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { actors, mentions, objs } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

Deno.test("`networkData()` lays out the same network the same way every time", () => {
  const a = networkData(mentions, { actors });
  const b = networkData(mentions, { actors });
  assert.deepEqual(a.nodes.objects(), b.nodes.objects());
  assert.deepEqual(a.links.objects(), b.links.objects());
});

Deno.test("`networkData()` with another seed gives another layout", () => {
  const a = networkData(mentions, { seed: 1 });
  const b = networkData(mentions, { seed: 2 });
  assert.notDeepEqual(a.nodes.array("x"), b.nodes.array("x"));
});

Deno.test("`networkData()` traces each link to its sentences", () => {
  const { links } = networkData(mentions);
  const row = objs(links).find((r: Record<string, unknown>) =>
    r.actor_a === "iraq_gov" && r.actor_b === "usa"
  ) as Record<string, unknown>;
  assert.equal(row.units, "a1:s0;a1:s3;a2:s0");
});

Deno.test("`networkChart()` matches its snapshot", () => {
  assertSnapshot("network", renderSvg(networkChart(mentions, { actors })));
});
