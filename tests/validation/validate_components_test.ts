import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  framePredictions,
  sentimentConfusion,
  sentimentPredictions,
  tonePredictions,
  validateFrames,
  validateSentences,
  validateSentiment,
  validateTone,
  VALIDATION_COLUMNS,
} from "../../lib/validation/mod.ts";

Deno.test("`validateSentences()` scores every gold file and, given a sentences table, the seed articles", () => {
  const sentences = aq.table({
    article_id: ["000_8041def3e2395534", "000_8041def3e2395534", "other"],
    text: [
      "Amerikanische Truppen stehen in Bagdad, britische Soldaten in Basra.",
      "Nicht im Gold.",
      "Ein Artikel ohne Gold wird übergangen.",
    ],
  });
  const v = validateSentences({ sentences });
  assert.deepEqual(v.columnNames(), [...VALIDATION_COLUMNS]);
  const seed = v.filter((d: { split: string; measure: string }) =>
    d.split === "seed" && d.measure === "precision"
  );
  assert.equal(seed.get("counts", 0).startsWith("tp 1 · fp 1 · fn"), true);
  assert.ok(v.array("fixture").includes("sentences/*.txt"));
  const byFile = validateSentences({ byFile: true });
  assert.ok(byFile.array("fixture").includes("sentences/news_gold.txt"));
});

Deno.test("`validateSentiment()` gives macro-F1 and accuracy per split, with intervals around the value", () => {
  const p = sentimentPredictions();
  const v = validateSentiment(p);
  assert.deepEqual([...new Set(v.array("split"))].sort(), [
    "dev",
    "fresh",
    "fresh2",
    "test",
  ]);
  for (
    const r of v.objects() as {
      value: number;
      ci_low: number;
      ci_high: number;
    }[]
  ) {
    assert.ok(r.ci_low <= r.value && r.value <= r.ci_high);
  }
  // Two runs give the same (seeded) bootstrap interval.
  assert.deepEqual(validateSentiment(p).objects(), v.objects());
  const confusion = sentimentConfusion(p, ["test"]);
  assert.equal(
    confusion.rollup({ n: aq.op.sum("n") }).get("n", 0),
    p.filter((d: { split: string }) => d.split === "test").numRows(),
  );
});

Deno.test("`validateTone()` and `validateFrames()` read their fixtures and return one row per measure", () => {
  const tone = validateTone(tonePredictions());
  assert.equal(tone.numRows(), 3);
  const frames = validateFrames(framePredictions());
  assert.deepEqual(frames.array("measure"), ["recall", "false_positive_rate"]);
});

Deno.test("`tonePredictions()` names the case whose span is not in its text", () => {
  assert.throws(
    () =>
      tonePredictions([
        {
          id: "x1",
          text: "Ein Satz.",
          span: "Fehlt",
          label: "neutral",
          role: "-",
        },
      ]),
    /x1: its span "Fehlt" is not in its text/,
  );
});
