/**
 * The weight file of a {@linkcode LogisticModel}: tab-separated text, as
 * strict to read as every other data file in `lib/data/`.
 *
 * ```text
 * # free-text header: what the model is, provenance, licence, how to rebuild
 * feature	negative	neutral	positive      ← column line: "feature", then the classes
 * __bias__	-0.1	0.4	-0.3               ← the biases, always the first row
 * lex:neg	1.25	-0.4	-0.85              ← one row per feature, sorted by name
 * ```
 *
 * Weights are written rounded to {@linkcode DECIMALS} decimals; features
 * whose weights all round to 0 are left out. Writing the same model gives the
 * same bytes.
 *
 * @module
 */
import { readTextFile } from "../io/data_file.ts";
import type { LogisticModel } from "./logistic.ts";

/** Decimals of the written weights. */
export const DECIMALS = 4;
/** Row name of the biases. */
export const BIAS = "__bias__";

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[-+]?\d+)?$/;

function num(x: number): string {
  const r = Number(x.toFixed(DECIMALS));
  return String(r === 0 ? 0 : r);
}

/**
 * Format a model as a weight file. `header` lines become `# ` comments
 * (give what the model is, its training data, provenance and licence).
 *
 * @example Round trip
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatWeights, parseWeights } from "./weights_file.ts";
 * const model = { classes: ["neg", "pos"], bias: [0.5, -0.5], weights: new Map([["gut", [-1, 1]]]) };
 * const text = formatWeights(model, ["toy model"]);
 * assert.equal(text, "# toy model\nfeature\tneg\tpos\n__bias__\t0.5\t-0.5\ngut\t-1\t1\n");
 * assert.deepEqual(parseWeights(text, "toy.tsv").model, model);
 * ```
 *
 * @throws {RangeError} on a feature or class name with a tab or newline, or
 * a non-finite weight.
 */
export function formatWeights(
  model: LogisticModel,
  header: readonly string[],
): string {
  const bad = (s: string) => /[\t\n\r]/.test(s) || s === "";
  for (const c of model.classes) {
    if (bad(c)) throw new RangeError(`Cannot write class name "${c}"`);
  }
  const lines = header.flatMap((h) => h.split("\n")).map((h) =>
    h ? `# ${h}` : "#"
  );
  lines.push(["feature", ...model.classes].join("\t"));
  const row = (name: string, w: readonly number[]) => {
    if (w.some((x) => !Number.isFinite(x))) {
      throw new RangeError(`Cannot write weights of "${name}": not finite`);
    }
    return [name, ...w.map(num)].join("\t");
  };
  lines.push(row(BIAS, model.bias));
  const names = [...model.weights.keys()].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0
  );
  for (const k of names) {
    if (bad(k) || k === BIAS || k.startsWith("#")) {
      throw new RangeError(`Cannot write feature name "${k}"`);
    }
    const w = model.weights.get(k)!;
    if (w.every((x) => num(x) === "0")) continue;
    lines.push(row(k, w));
  }
  return lines.join("\n") + "\n";
}

/** A parsed weight file. */
export interface WeightFile {
  model: LogisticModel;
  /** The header comment lines, without "# ". */
  header: string[];
}

/**
 * Parse a weight file. Every line after the header comments must be a row
 * of the right width with numeric weights; the first row names the classes,
 * the second holds the biases.
 *
 * @throws {SyntaxError} naming `file` and the line: a row of the wrong
 * width, a weight that is not a number, a duplicate feature, a missing
 * column line or bias row, a comment after the header, a blank line.
 */
export function parseWeights(text: string, file: string): WeightFile {
  const fail = (line: number, what: string): never => {
    throw new SyntaxError(
      `${file}:${line}: ${what}; rebuild the file with \`deno task train\` or fix the line`,
    );
  };
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const header: string[] = [];
  let i = 0;
  while (i < lines.length && lines[i].startsWith("#")) {
    header.push(lines[i].replace(/^# ?/, ""));
    i++;
  }
  if (i >= lines.length) fail(i + 1, "no column line (feature, classes …)");
  const cols = lines[i].replace(/\r$/, "").split("\t");
  if (cols[0] !== "feature" || cols.length < 3) {
    fail(
      i + 1,
      `expected the column line "feature<TAB>class<TAB>class…", found "${
        lines[i].slice(0, 60)
      }"`,
    );
  }
  const classes = cols.slice(1);
  if (new Set(classes).size !== classes.length) {
    fail(i + 1, "a class is named twice");
  }
  const weights = new Map<string, number[]>();
  let bias: number[] | undefined;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j].replace(/\r$/, "");
    if (line === "") fail(j + 1, "blank line");
    if (line.startsWith("#")) fail(j + 1, "comment after the header");
    const f = line.split("\t");
    if (f.length !== classes.length + 1) {
      fail(
        j + 1,
        `${f.length - 1} weights for ${classes.length} classes in "${
          line.slice(0, 60)
        }"`,
      );
    }
    const w = f.slice(1).map((x) => {
      if (!NUMBER.test(x)) fail(j + 1, `weight "${x}" is not a number`);
      return Number(x);
    });
    if (j === i + 1) {
      if (f[0] !== BIAS) fail(j + 1, `the first row must be ${BIAS}`);
      bias = w;
      continue;
    }
    if (f[0] === "" || f[0] === BIAS || weights.has(f[0])) {
      fail(j + 1, `feature "${f[0]}" is empty or given twice`);
    }
    weights.set(f[0], w);
  }
  if (!bias) fail(lines.length + 1, `no ${BIAS} row`);
  return { model: { classes, bias: bias!, weights }, header };
}

/** Read and parse a weight file ({@linkcode parseWeights}). */
export function readWeights(path: string): WeightFile {
  return parseWeights(readTextFile(path), path);
}
