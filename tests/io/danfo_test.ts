import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import * as aq from "arquero";
import fc from "fast-check";
import { danfoDtype, fromDanfo, toDanfo } from "../../lib/io/danfo.ts";

/** Columns of a table as plain arrays, for exact comparison. */
function columns(t: aq.Table): Record<string, unknown[]> {
  return Object.fromEntries(
    t.columnNames().map((
      n,
    ) => [n, Array.from(t.array(n) as ArrayLike<unknown>)]),
  );
}

function roundTrip(cols: Record<string, unknown[]>): Record<string, unknown[]> {
  return columns(fromDanfo(toDanfo(aq.table(cols))));
}

/** `throws` that checks the error class and a piece of its message. */
function assertThrows(fn: () => unknown, cls: ErrorConstructor, text: string) {
  throws(fn, (e) => e instanceof cls && (e as Error).message.includes(text));
}

Deno.test("`toDanfo()` then `fromDanfo()` keeps strings, including digit strings and empty ones", () => {
  const cols = { s: ["Kairo", "", "007", "1", "Ärger – „Zitat“", null] };
  assertEquals(roundTrip(cols), cols);
  assertEquals(toDanfo(aq.table(cols)).dtypes, ["string"]);
});

Deno.test("`toDanfo()` then `fromDanfo()` keeps floats, NaN and infinities", () => {
  const cols = { x: [0.1, -2.5, NaN, Infinity, -Infinity, 1e-300, null] };
  const back = roundTrip(cols);
  assertEquals(back.x.length, 7);
  for (let i = 0; i < 7; i++) {
    assertEquals(Object.is(back.x[i], cols.x[i]), true, `row ${i}`);
  }
  assertEquals(toDanfo(aq.table(cols)).dtypes, ["float32"]);
});

Deno.test("`toDanfo()` then `fromDanfo()` keeps integers, also beyond 32 bits", () => {
  const cols = { n: [0, -3, 2147483647, null], big: [2 ** 40, 1, 2, 3] };
  assertEquals(roundTrip(cols), cols);
  assertEquals(toDanfo(aq.table(cols)).dtypes, ["int32", "float32"]);
});

Deno.test("`toDanfo()` then `fromDanfo()` keeps booleans with missing values", () => {
  const cols = { ok: [true, false, null, true] };
  assertEquals(roundTrip(cols), cols);
  // danfojs alone would call this column float32
  assertEquals(toDanfo(aq.table(cols)).dtypes, ["boolean"]);
});

Deno.test("`toDanfo()` marks null and NaN as missing and turns undefined into null", () => {
  const df = toDanfo(
    aq.table({ s: [undefined, "a"], x: [NaN, 1], b: [null, true] }),
  );
  assertEquals(df.isNa().values, [[true, true, true], [false, false, false]]);
  assertEquals(columns(fromDanfo(df)).s, [null, "a"]);
});

Deno.test("`toDanfo()` then `fromDanfo()` keeps column order, all-missing columns and empty tables", () => {
  const cols = { z: ["a"], a: [null], m: [1] };
  const back = roundTrip(cols);
  assertEquals(Object.keys(back), ["z", "a", "m"]);
  assertEquals(back, cols);
  const empty = fromDanfo(toDanfo(aq.table({ article_id: [], tone: [] })));
  assertEquals(empty.columnNames(), ["article_id", "tone"]);
  assertEquals(empty.numRows(), 0);
});

Deno.test("`toDanfo()` copies the columns, so changing the DataFrame leaves the table alone", () => {
  const t = aq.table({ x: [1, 2] });
  const df = toDanfo(t);
  df.addColumn("x", [9, 9], { inplace: true });
  assertEquals(columns(t).x, [1, 2]);
});

Deno.test("`toDanfo()` rejects mixed and object columns, naming the column and row", () => {
  assertThrows(
    () => toDanfo(aq.table({ mixed: ["a", 1] })),
    TypeError,
    'column "mixed" to danfojs: it mixes string and number values (row 1: 1)',
  );
  assertThrows(
    () => toDanfo(aq.table({ when: [new Date(0)] })),
    TypeError,
    'column "when" to danfojs: row 0 holds a Date',
  );
});

Deno.test("`danfoDtype()` labels whole numbers int32 and anything else by its kind", () => {
  assertEquals(danfoDtype("a", [1, 2]), "int32");
  assertEquals(danfoDtype("a", [1, 2.5]), "float32");
  assertEquals(danfoDtype("a", [null, null]), "float32");
  assertEquals(danfoDtype("a", [false]), "boolean");
  assertEquals(danfoDtype("a", Int32Array.of(1, 2)), "int32");
});

Deno.test("`fromDanfo()` reads the result of danfojs operations and can keep the index", () => {
  const df = toDanfo(
    aq.table({ actor: ["NATO", "UN", "NATO"], tone: [1, 0, 3] }),
  );
  const means = fromDanfo(df.groupby(["actor"]).mean());
  assertEquals(columns(means), { actor: ["NATO", "UN"], tone_mean: [2, 0] });
  const stats = fromDanfo(df.describe(), { index: "statistic" });
  assertEquals(stats.array("statistic").slice(0, 3), ["count", "mean", "std"]);
  assertThrows(
    () => fromDanfo(df, { index: "actor" }),
    RangeError,
    'column "actor"',
  );
});

Deno.test("`toDanfo()` then `fromDanfo()` is lossless for any column of one kind with missing values", () => {
  const missing = fc.constantFrom(null, undefined);
  const column = fc.oneof(
    fc.array(fc.oneof(fc.string(), missing), { minLength: 1 }),
    fc.array(fc.oneof(fc.double(), missing), { minLength: 1 }),
    fc.array(fc.oneof(fc.integer(), missing), { minLength: 1 }),
    fc.array(fc.oneof(fc.boolean(), missing), { minLength: 1 }),
  );
  fc.assert(
    fc.property(column, (values) => {
      const back = roundTrip({ v: values }).v;
      return back.length === values.length &&
        back.every((x, i) =>
          Object.is(x, values[i] === undefined ? null : values[i])
        );
    }),
    { seed: 7, numRuns: 200 },
  );
});
