import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import { findFrames } from "../../lib/mod.ts";
import {
  decideFrames,
  frameModelFrom,
  loadFrameModel,
} from "../../lib/frames/frame_model.ts";
import { parseWeights } from "../../lib/learn/weights_file.ts";

const file = (rows: string[]) =>
  ["# test", "feature\tmilitary_action\tdiplomacy", ...rows].join("\n") + "\n";
const model = (rows: string[]) =>
  frameModelFrom(parseWeights(file(rows), "w.tsv").model, "w.tsv");

Deno.test("`decideFrames()` adds each hit's learned weight to its frame's log-odds", () => {
  const m = model([
    "__bias__\t-2\t-1",
    "codebook\t1.5\t1",
    "cue:Krieg\t-1\t0",
    "match:head\t0.5\t0",
    "threshold\t0.3\t0.5",
  ]);
  const hits = findFrames("Der Krieg und die Luftangriffe gehen weiter.");
  const [d] = decideFrames(hits, m);
  assertEquals(d.frame_id, "military_action");
  const krieg = d.hits.find((h) => h.text === "Krieg")!;
  const luft = d.hits.find((h) => h.text === "Luftangriffe")!;
  // Krieg: 1.5 × codebook weight − 1 (its own weight); Luftangriffe: a head.
  const cw = (t: string) => hits.find((h) => h.text === t)!.weight;
  assert.equal(krieg.log_odds, 1.5 * cw("Krieg") - 1);
  assert.equal(luft.log_odds, 1.5 * cw("Luftangriffe") + 0.5);
  const z = -2 + krieg.log_odds + luft.log_odds;
  assert.equal(krieg.weight, cw("Krieg"), "the codebook weight stays");
  assert.equal(d.probability, 1 / (1 + Math.exp(-z)));
  assert.equal(d.carried, d.probability >= 0.3);
  // Offsets still point at the matched words.
  assert.equal(luft.start, hits.find((h) => h.text === "Luftangriffe")!.start);
});

Deno.test("`decideFrames()` lets a cue that fires on everything stop making the frame", () => {
  const rows = ["__bias__\t0\t0", "codebook\t1\t1", "threshold\t0.5\t0.5"];
  const text = "Der Krieg dauert an.";
  assert.ok(decideFrames(findFrames(text), model(rows))[0].carried);
  const damped = model([...rows, "cue:Krieg\t-2\t0"]);
  assert.ok(!decideFrames(findFrames(text), damped)[0].carried);
});

Deno.test("`decideFrames()` falls back to the codebook rule for frames the model lacks", () => {
  const m = model(["__bias__\t-9\t-9", "codebook\t1\t1"]);
  const d = decideFrames(
    findFrames("Die Sanktionen treffen die Wirtschaft."),
    m,
  );
  const econ = d.find((x) => x.frame_id === "economic_consequences")!;
  assert.ok(econ.carried && econ.probability === 1);
});

Deno.test("The frame weight file is read strictly, naming file and line", () => {
  assert.throws(
    () => model(["__bias__\t0\t0", "threshold\t1.5\t0.5"]),
    /w\.tsv: threshold of frame "military_action" is 1\.5/,
  );
  assert.throws(
    () => model(["__bias__\t0\t0", "wort:Krieg\t1\t0"]),
    /w\.tsv: unknown feature "wort:Krieg"/,
  );
  assert.throws(
    () => parseWeights(file(["__bias__\t0\t0", "codebook\t1"]), "w.tsv"),
    /w\.tsv:4: 1 weights for 2 classes/,
  );
});

Deno.test("The shipped frame model covers every frame of the codebook", () => {
  const m = loadFrameModel();
  assertEquals(m.frames.length, 12);
  assert.ok(m.threshold.every((t) => t > 0 && t < 1));
  assert.ok(m.codebook.every((a) => a > 0), "the codebook weight counts");
});
