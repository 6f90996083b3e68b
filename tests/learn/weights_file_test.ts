import assert from "node:assert/strict";
import { formatWeights, parseWeights } from "../../lib/learn/weights_file.ts";
import type { LogisticModel } from "../../lib/learn/logistic.ts";

const model: LogisticModel = {
  classes: ["negative", "neutral", "positive"],
  bias: [-0.25, 0.5, -0.25],
  weights: new Map([
    ["w:gut", [-1, 0, 1]],
    ["lex:neg", [1.5, -0.5, -1]],
    ["tiny", [1e-9, 0, -1e-9]],
  ]),
};
const good = formatWeights(model, ["test model", "CC BY 4.0"]);

Deno.test("a weight file round-trips, sorted, without all-zero rows, with its header", () => {
  const { model: back, header } = parseWeights(good, "w.tsv");
  assert.deepEqual(header, ["test model", "CC BY 4.0"]);
  assert.deepEqual([...back.weights.keys()], ["lex:neg", "w:gut"]);
  assert.deepEqual(back.bias, model.bias);
  assert.equal(formatWeights(back, header), good);
});

function rejects(text: string, line: number, what: RegExp) {
  assert.throws(
    () => parseWeights(text, "lib/data/x.tsv"),
    (e: Error) =>
      e instanceof SyntaxError &&
      e.message.includes(`lib/data/x.tsv:${line}:`) &&
      what.test(e.message),
  );
}

Deno.test("loading a malformed weight file names the file, the line and the fault", () => {
  const lines = good.split("\n");
  // lines: 0,1 header; 2 columns; 3 bias; 4 lex:neg; 5 w:gut
  const edit = (i: number, s: string) =>
    lines.map((l, j) => j === i ? s : l).join("\n");
  rejects(edit(4, "lex:neg\t1.5\t-0.5"), 5, /2 weights for 3 classes/);
  rejects(edit(5, "w:gut\t-1\tzero\t1"), 6, /"zero" is not a number/);
  rejects(edit(5, "w:gut\t-1\t\t1"), 6, /"" is not a number/);
  rejects(edit(5, "lex:neg\t-1\t0\t1"), 6, /given twice/);
  rejects(edit(3, "w:gut\t-1\t0\t1"), 4, /first row must be __bias__/);
  rejects(edit(2, "name\tnegative\tneutral\tpositive"), 3, /column line/);
  rejects(edit(4, ""), 5, /blank line/);
  rejects(edit(5, "# late comment"), 6, /comment after the header/);
  rejects("# only a header\n", 2, /no column line/);
});

Deno.test("writing refuses names that would break the format", () => {
  const bad = { ...model, weights: new Map([["a\tb", [0, 1, 2]]]) };
  assert.throws(() => formatWeights(bad, []), RangeError);
  const nan = { ...model, bias: [NaN, 0, 0] };
  assert.throws(() => formatWeights(nan, []), RangeError);
});
