import assert from "node:assert/strict";
import {
  type Example,
  fitLogistic,
  predictLogistic,
} from "../../lib/learn/logistic.ts";
import { formatWeights } from "../../lib/learn/weights_file.ts";
import { countRatios, scaleByRatios } from "../../lib/learn/count_ratio.ts";
import { mulberry32 } from "../../lib/util/prng.ts";

/** Synthetic data: class decided by which of three cue words dominates. */
function synthetic(n: number, seed: number): Example[] {
  const r = mulberry32(seed);
  const cues = ["neg", "neu", "pos"];
  return Array.from({ length: n }, () => {
    const c = Math.floor(r() * 3);
    const f = new Map<string, number>([[`cue:${cues[c]}`, 1]]);
    // noise features shared by all classes
    f.set(`noise:${Math.floor(r() * 5)}`, 1);
    if (r() < 0.2) f.set(`cue:${cues[(c + 1) % 3]}`, 0.5);
    return { features: f, label: cues[c] };
  });
}

Deno.test("fitting is deterministic: same data and options give byte-identical weights", () => {
  const data = synthetic(200, 7);
  const a = formatWeights(fitLogistic(data, { l2: 0.01 }), []);
  const b = formatWeights(fitLogistic(data, { l2: 0.01 }), []);
  assert.equal(a, b);
  // The order of features inside an example does not matter either.
  const reversed = data.map((e) => ({
    label: e.label,
    features: new Map([...e.features].reverse()),
  }));
  assert.equal(formatWeights(fitLogistic(reversed, { l2: 0.01 }), []), a);
});

Deno.test("a fitted model learns the cue of each class and predicts unseen vectors", () => {
  const model = fitLogistic(synthetic(300, 3), { l2: 0.01 });
  assert.deepEqual(model.classes, ["neg", "neu", "pos"]);
  for (const c of model.classes) {
    const p = predictLogistic(model, new Map([[`cue:${c}`, 1]]));
    assert.equal(p.label, c);
    assert.ok(Math.abs(p.probabilities.reduce((s, x) => s + x, 0) - 1) < 1e-9);
  }
  const w = model.weights.get("cue:pos")!;
  assert.ok(w[2] > w[0] && w[2] > w[1]);
});

Deno.test("a stronger L2 penalty gives smaller weights; balanced class weights favour the rare class", () => {
  const data = synthetic(200, 5);
  const norm = (l2: number) =>
    [...fitLogistic(data, { l2 }).weights.values()].flat()
      .reduce((s, x) => s + x * x, 0);
  assert.ok(norm(1) < norm(0.01));
  // 90 "a" with an ambiguous feature, 10 "b" with the same feature.
  const skew: Example[] = [
    ...Array.from(
      { length: 90 },
      () => ({ features: new Map([["x", 1]]), label: "a" }),
    ),
    ...Array.from(
      { length: 10 },
      () => ({ features: new Map([["x", 1]]), label: "b" }),
    ),
  ];
  const x = new Map([["x", 1]]);
  assert.equal(predictLogistic(fitLogistic(skew), x).label, "a");
  const bal = predictLogistic(
    fitLogistic(skew, { classWeight: "balanced" }),
    x,
  );
  assert.ok(Math.abs(bal.probabilities[0] - 0.5) < 0.01);
});

Deno.test("fitting refuses one class or unknown labels, naming the problem", () => {
  assert.throws(
    () => fitLogistic([{ features: new Map(), label: "a" }]),
    /at least two classes/,
  );
  assert.throws(
    () =>
      fitLogistic([{ features: new Map(), label: "c" }], {
        classes: ["a", "b"],
      }),
    /label "c"/,
  );
});

Deno.test("countRatio: the model applies to the unscaled features, and the ratios come from the training examples", () => {
  const data = synthetic(200, 11);
  const prefixes = ["cue:"];
  const model = fitLogistic(data, {
    l2: 0.05,
    countRatio: { prefixes, alpha: 1 },
  });
  // The same as fitting on the scaled features by hand and multiplying the
  // weights back by each feature's ratio.
  const labels = [...new Set(data.map((e) => e.label))].sort();
  const y = Int32Array.from(data, (e) => labels.indexOf(e.label));
  const ratios = countRatios(data.map((e) => e.features), y, 3, { prefixes });
  const scaled = fitLogistic(
    data.map((e) => ({
      features: scaleByRatios(e.features, ratios, prefixes),
      label: e.label,
    })),
    { l2: 0.05 },
  );
  for (const e of data.slice(0, 20)) {
    const a = predictLogistic(model, e.features).probabilities;
    const b = predictLogistic(
      scaled,
      scaleByRatios(e.features, ratios, prefixes),
    ).probabilities;
    a.forEach((p, c) => assert.ok(Math.abs(p - b[c]) < 1e-12));
  }
  // Features outside the prefixes keep their weights' scale: a noise
  // feature's weight is the scaled fit's weight itself.
  assert.deepEqual(model.weights.get("noise:0"), scaled.weights.get("noise:0"));
  // Deterministic.
  assert.equal(
    formatWeights(
      fitLogistic(data, { l2: 0.05, countRatio: { prefixes } }),
      [],
    ),
    formatWeights(model, []),
  );
});

Deno.test("countRatios: a feature spread evenly over the classes gets 0, one class's feature more", () => {
  const rows = [
    new Map([["w:a", 1], ["w:x", 1]]),
    new Map([["w:a", 1], ["w:x", 1]]),
    new Map([["w:b", 1], ["w:x", 1]]),
    new Map([["w:b", 1], ["w:x", 1], ["ctx:q", 1]]),
  ];
  const r = countRatios(rows, Int32Array.from([0, 0, 1, 1]), 2, {
    prefixes: ["w:"],
  });
  assert.equal(r.get("w:x"), 0);
  assert.ok(r.get("w:a")! > 0 && r.get("w:a") === r.get("w:b"));
  assert.equal(r.has("ctx:q"), false);
  // Dropped when its ratio is 0; unselected features kept as they are.
  assert.deepEqual(
    [...scaleByRatios(rows[3], r, ["w:"])].map(([k]) => k),
    ["w:b", "ctx:q"],
  );
});
