import assert from "node:assert/strict";
import {
  accuracy,
  confusionTable,
  macroF1,
} from "../../lib/validation/classes.ts";

const gold = ["neg", "neg", "neu", "neu", "neu", "pos"];
const got = ["neg", "neu", "neu", "neu", "pos", "pos"];

Deno.test("`macroF1()` averages the per-class F1 with equal weight", () => {
  // neg: p 1, r .5 → .667; neu: p 2/3, r 2/3 → .667; pos: p .5, r 1 → .667
  assert.ok(Math.abs(macroF1(gold, got) - 2 / 3) < 1e-12);
  // A class that never occurs still counts when listed (F1 0).
  assert.ok(
    Math.abs(macroF1(gold, got, ["neg", "neu", "pos", "mixed"]) - 0.5) < 1e-12,
  );
});

Deno.test("`accuracy()` is the share of equal labels", () => {
  assert.equal(accuracy(gold, got), 4 / 6);
});

Deno.test("`confusionTable()` lists every gold × predicted pair, zeros included", () => {
  const t = confusionTable(gold, got, ["neg", "neu", "pos"]);
  assert.equal(t.numRows(), 9);
  assert.deepEqual(t.array("n"), [1, 1, 0, 0, 2, 1, 0, 0, 1]);
});
