import assert from "node:assert/strict";
import {
  decodeTables,
  encodeTables,
  transferables,
} from "../../lib/analyze/columns_ipc.ts";
import type { TablePart } from "../../lib/analyze/article_result.ts";

const part = (columns: Record<string, unknown[]>): TablePart => ({
  names: Object.keys(columns),
  columns,
});

Deno.test("encodeTables()/decodeTables() give back every value exactly, column order included", () => {
  const tables = {
    t: part({
      id: ["a1", "a1", "b2", null],
      n: [1, 2 ** 40, -0, null],
      x: [0.1, NaN, -Infinity, 1e-300],
      ok: [true, false, null, true],
      empty: [null, null, null, null],
      umlaut: ["Bürgerkrieg", "„Zitat“", "", "🇺🇦"],
    }),
    none: part({ a: [], b: [] }),
  };
  const back = decodeTables(
    structuredClone(encodeTables(tables), {
      transfer: transferables(encodeTables(tables)),
    }),
  );
  for (const [name, t] of Object.entries(tables)) {
    assert.deepEqual(back[name].names, t.names);
    for (const c of t.names) {
      const a = t.columns[c], b = back[name].columns[c];
      assert.equal(b.length, a.length, `${name}.${c}`);
      a.forEach((v, i) => assert.ok(Object.is(v, b[i]), `${name}.${c}[${i}]`));
      assert.ok(Array.isArray(b), `${name}.${c} is a plain array`);
    }
  }
});

Deno.test("encodeTables() sends columns Arrow cannot round-trip as plain arrays", () => {
  const tables = {
    t: part({
      mixed: ["a", 1],
      missing: [undefined, "x"],
      objects: [{ n: 1 }, [1, 2]],
      fine: ["a", "b"],
    }),
  };
  const enc = encodeTables(tables);
  assert.deepEqual(Object.keys(enc.t.plain).sort(), [
    "missing",
    "mixed",
    "objects",
  ]);
  assert.ok(enc.t.ipc instanceof Uint8Array);
  assert.deepEqual(decodeTables(enc).t.columns, tables.t.columns);
});
