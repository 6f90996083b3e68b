import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import {
  analyzeCorpus,
  type CorpusTables,
  loadCodebook,
} from "../../lib/mod.ts";
import { loadFrameModel } from "../../lib/frames/frame_model.ts";

type Row = Record<string, unknown>;
const rows = (t: CorpusTables, name: string) => t[name].objects() as Row[];

let seeds: CorpusTables | undefined;
async function seedTables(): Promise<CorpusTables> {
  return seeds ??= await analyzeCorpus("corpus");
}

/** frame_id → share for one seed article (by id prefix). */
async function profile(prefix: string): Promise<Map<string, number>> {
  const t = await seedTables();
  return new Map(
    rows(t, "frame_profile")
      .filter((r) => String(r.article_id).startsWith(prefix))
      .map((r) => [String(r.frame_id), Number(r.share)]),
  );
}

Deno.test("`analyzeCorpus()` writes frame hits whose offsets point at the matched words", async () => {
  const t = await analyzeCorpus([
    {
      id: "a",
      text:
        "Kiew.\n\nNach den Luftangriffen der Armee begannen Friedensgespräche.",
    },
  ]);
  const sentences = new Map(
    rows(t, "sentences").map((s) => [s.sentence_id, s]),
  );
  const hits = rows(t, "frames");
  assertEquals(hits.map((h) => [h.frame_id, h.text]), [
    ["military_action", "Luftangriffen"],
    ["military_action", "Armee"],
    ["diplomacy", "Friedensgespräche"],
  ]);
  for (const h of hits) {
    const s = sentences.get(h.sentence_id)!;
    const from = Number(h.start) - Number(s.start);
    assertEquals(
      String(s.text).slice(from, from + Number(h.end) - Number(h.start)),
      h.text,
    );
  }
});

Deno.test("`analyzeCorpus()` gives every article a share for every frame", async () => {
  const t = await analyzeCorpus([
    { id: "a", text: "Die Waffenruhe hält. Das Wetter ist gut." },
    { id: "b", text: "Ohne jeden Bezug." },
  ]);
  const ids = loadCodebook().frames.map((f) => f.id);
  const p = rows(t, "frame_profile");
  assertEquals(p.length, 2 * ids.length);
  const a = p.filter((r) => r.article_id === "a");
  assertEquals(a.map((r) => r.frame_id), ids);
  const diplomacy = a.find((r) => r.frame_id === "diplomacy")!;
  assertEquals([diplomacy.n_sentences_with_frame, diplomacy.share], [1, 0.5]);
  assert(p.every((r) => Number(r.share) >= 0 && Number(r.share) <= 1));
});

Deno.test("`analyzeCorpus()` profiles frames per conflict from the assigned articles", async () => {
  const t = await analyzeCorpus([
    { id: "a", text: "Die Waffenruhe hält.", conflict: "russia_ukraine_war" },
    {
      id: "b",
      text: "In der Nacht gab es neue Luftangriffe auf die Stadt.",
      conflict: "russia_ukraine_war",
    },
  ]);
  const c = rows(t, "conflict_frame_profile").filter((r) =>
    r.conflict_id === "russia_ukraine_war"
  );
  const byFrame = new Map(c.map((r) => [r.frame_id, r]));
  assertEquals(byFrame.get("diplomacy")!.share, 0.5);
  assertEquals(byFrame.get("military_action")!.n_articles, 2);
});

// Direction checks on the seed articles (not exact numbers).

Deno.test("`analyzeCorpus()` finds the Aleppo article dominated by military framing", async () => {
  const p = await profile("004_");
  const military = p.get("military_action")!;
  for (const [f, share] of p) {
    if (f !== "military_action") assert(military > share, `military ≤ ${f}`);
  }
  // Terrorism/security (the al-Qaida brigades) comes next. Geopolitics is
  // present but no longer second: the learned weights count a country name
  // ("russisch", "USA") little, as the coded dev sentences do.
  for (const [f, share] of p) {
    if (!["military_action", "terrorism_security"].includes(f)) {
      assert(p.get("terrorism_security")! > share, `terrorism ≤ ${f}`);
    }
  }
  assert(p.get("geopolitics")! > 0);
});

Deno.test("`analyzeCorpus()` finds the al-Qaim piece framing the advance as military victory", async () => {
  const p = await profile("002_");
  const military = p.get("military_action")!;
  for (const [f, share] of p) {
    if (f !== "military_action") assert(military >= share, `military < ${f}`);
  }
  assert(military > 0.4);
  const t = await seedTables();
  const cues = rows(t, "frames")
    .filter((r) =>
      String(r.article_id).startsWith("002_") &&
      r.frame_id === "military_action"
    )
    .map((r) => String(r.text).toLowerCase());
  assert(cues.includes("sieg"), "the cue Sieg");
  assert(cues.some((c) => c.startsWith("erober")), "a form of erobern");
});

Deno.test("`analyzeCorpus()` finds sovereignty framing and the coercion cue in the RT article", async () => {
  const p = await profile("001_");
  assert(p.get("sovereignty_legitimacy")! > 0.2);
  const t = await seedTables();
  const hits = rows(t, "frames").filter((r) =>
    String(r.article_id).startsWith("001_") && r.text === "Erpressung"
  );
  assert(hits.some((h) => h.frame_id === "sovereignty_legitimacy"));
});

Deno.test("`analyzeCorpus()` keeps the hits of carried frames only, with log-odds that add up to the probability", async () => {
  const t = await analyzeCorpus([{
    id: "a",
    text:
      "Der Krieg dauert an. Die Armee meldete neue Luftangriffe auf die Stadt.",
  }]);
  const model = loadFrameModel();
  const hits = rows(t, "frames");
  // "Krieg" alone names the war as topic: no frame (README, Frames).
  assert(
    hits.every((h) => h.sentence_id === "a:s1"),
    "only the second sentence",
  );
  const military = hits.filter((h) => h.frame_id === "military_action");
  const f = model.slots.get("military_action")!;
  const z = model.bias[f] +
    military.reduce((s, h) => s + Number(h.log_odds), 0);
  const p = Number(military[0].probability);
  assert(Math.abs(p - 1 / (1 + Math.exp(-z))) < 0.002, `${p} vs log-odds ${z}`);
  assert(p >= model.threshold[f]);
  assert(military.every((h) => Number(h.weight) > 0), "codebook weights");
});
