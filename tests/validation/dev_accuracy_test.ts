import assert from "node:assert/strict";
import { join } from "node:path";
import {
  baselineTable,
  devAccuracyTable,
  readAccuracyRecords,
} from "../../lib/validation/dev_accuracy.ts";

Deno.test("readAccuracyRecords() reads every committed record, each with an interval around its value", () => {
  const records = readAccuracyRecords();
  assert.ok(records.length >= 2);
  for (const r of records) {
    for (const m of r.metrics) {
      assert.ok(
        m.ci_low <= m.value && m.value <= m.ci_high,
        `${r.component} ${m.name}`,
      );
    }
  }
  const t = devAccuracyTable(records);
  assert.equal(t.numRows(), records.reduce((s, r) => s + r.metrics.length, 0));
});

Deno.test("readAccuracyRecords() names the file of a malformed or incomplete record", () => {
  const dir = Deno.makeTempDirSync();
  try {
    Deno.writeTextFileSync(join(dir, "a.json"), "{ not json");
    assert.throws(
      () => readAccuracyRecords(dir),
      (e: Error) =>
        e instanceof SyntaxError && e.message.includes("a.json") &&
        e.message.includes("not valid JSON"),
    );
    Deno.writeTextFileSync(
      join(dir, "a.json"),
      JSON.stringify({
        component: "x",
        dataset: "d",
        method: "m",
        notes: "n",
        n: 3,
        metrics: [{ name: "f1", value: "high", ci_low: 0, ci_high: 1 }],
      }),
    );
    assert.throws(
      () => readAccuracyRecords(dir),
      /a\.json: metrics\[0\]\.value must be a number/,
    );
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("baselineTable() puts the tool's own figure beside each baseline on the same measure", () => {
  const t = baselineTable([{
    component: "frames",
    dataset: "d",
    method: "5-fold cross-validation",
    n: 5,
    metrics: [{ name: "micro_f1", value: 0.6, ci_low: 0.5, ci_high: 0.7 }],
    baselines: [{ name: "cue dictionary", metrics: { micro_f1: 0.53 } }, {
      name: "no frame",
      metrics: { micro_f1: 0 },
    }],
    notes: "-",
  }]);
  assert.deepEqual(t.array("method"), [
    "this tool",
    "cue dictionary",
    "no frame",
  ]);
  assert.deepEqual(t.array("value"), [0.6, 0.53, 0]);
});
