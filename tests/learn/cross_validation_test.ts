import assert from "node:assert/strict";
import {
  crossValidate,
  stratifiedFolds,
} from "../../lib/learn/cross_validation.ts";
import { macroF1, majorityLabel, microF1 } from "../../lib/learn/metrics.ts";

Deno.test("grouped folds keep every group in one fold and stay stratified", () => {
  const labels: string[] = [], groups: string[] = [];
  for (let g = 0; g < 60; g++) {
    const n = 1 + (g % 3);
    for (let j = 0; j < n; j++) {
      labels.push(g % 4 === 0 ? "rare" : "common");
      groups.push(`s${g}`);
    }
  }
  const folds = stratifiedFolds(labels, { k: 5, seed: 1, groups });
  const foldOfGroup = new Map<string, number>();
  groups.forEach((g, i) => {
    if (foldOfGroup.has(g)) assert.equal(foldOfGroup.get(g), folds[i]);
    foldOfGroup.set(g, folds[i]);
  });
  for (let f = 0; f < 5; f++) {
    const rareGroups = new Set(
      groups.filter((_g, i) => folds[i] === f && labels[i] === "rare"),
    );
    assert.equal(rareGroups.size, 3); // 15 rare groups over 5 folds
  }
  assert.notDeepEqual(
    folds,
    stratifiedFolds(labels, { k: 5, seed: 2, groups }),
  );
});

Deno.test("cross-validation never shows a test item to the fit", () => {
  const items = Array.from(
    { length: 20 },
    (_, i) => ({ id: i, label: i % 2 ? "a" : "b" }),
  );
  crossValidate(items, (x) => x.label, { k: 4 }, (train, test) => {
    const ids = new Set(train.map((t) => t.id));
    for (const t of test) assert.ok(!ids.has(t.id));
    assert.equal(train.length + test.length, 20);
    return test.map(() => majorityLabel(train.map((t) => t.label)));
  });
  assert.throws(
    () => stratifiedFolds(["a", "b"], { k: 3 }),
    /3 folds of 2 groups/,
  );
});

Deno.test("macro-F1 weighs classes equally; micro-F1 pools multi-label counts", () => {
  const gold = ["n", "n", "n", "n", "p"];
  assert.equal(
    macroF1(gold, ["n", "n", "n", "n", "n"], ["n", "p"]),
    (8 / 9) / 2,
  );
  assert.equal(microF1([["a"], []], [["a"], ["b"]]), 2 / 3);
});
