import assert from "node:assert/strict";
import {
  type Example,
  fitLogistic,
  predictLogistic,
} from "../../lib/learn/logistic.ts";
import { formatWeights } from "../../lib/learn/weights_file.ts";
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
