import assert from "node:assert/strict";
import {
  voiceShareChart,
  voiceShareData,
} from "../../lib/charts/voice_share_chart.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { actors, articles, objs, quotes } from "./_fixtures.ts";
import { assertSnapshot } from "./_snapshot.ts";

Deno.test("`voiceShareData()` shares sum to 1 and unresolved speakers are kept apart", () => {
  const d = voiceShareData(quotes, { actors });
  const shares = d.array("share") as number[];
  assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-12);
  assert.equal(d.get("speaker", d.numRows() - 1), "");
  assert.equal(
    d.get("speaker_label", d.numRows() - 1),
    "(no speaker identified)",
  );
});

Deno.test("`voiceShareData()` by conflict divides within each conflict", () => {
  const d = voiceShareData(quotes, { by: "conflict", articles });
  const ukraine = objs(d).filter((r: Record<string, unknown>) =>
    r.group === "russia_ukraine_2022" && r.speaker === "ukraine"
  ) as Record<string, unknown>[];
  assert.equal(ukraine[0].share, 2 / 3);
  assert.equal(ukraine[0].quote_ids, "q5;q7");
});

Deno.test("`voiceShareChart()` matches its snapshot", () => {
  assertSnapshot("voice-share", renderSvg(voiceShareChart(quotes, { actors })));
});

Deno.test("`voiceShareChart()` by conflict in German matches its snapshot", () => {
  assertSnapshot(
    "voice-share-conflict-de",
    renderSvg(
      voiceShareChart(quotes, { actors, by: "conflict", articles, lang: "de" }),
    ),
  );
});
