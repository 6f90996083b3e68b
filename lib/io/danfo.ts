/**
 * Convert between Arquero tables and danfojs DataFrames, for readers who
 * think in pandas (`groupby`, `describe`, `pivot`) and for Excel export.
 *
 * danfojs keeps each cell's JavaScript value as given and treats its
 * `dtypes` as labels: `null` and `NaN` both count as missing (`isNa()`), an
 * integer column is labelled `int32`, a float column `float32`. Left to its
 * own inference it labels a column of digit strings (`"1"`, `"2"`) `int32`
 * and a boolean column with a missing value `float32`, so {@linkcode toDanfo}
 * passes the dtypes it derives from the values, and {@linkcode fromDanfo}
 * reads the values back unchanged. Only `undefined` is changed (to `null`):
 * danfojs cannot build a column that starts with `undefined`.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import { DataFrame } from "danfojs";
import { type DanfoDtype, danfoDtype } from "./danfo_dtype.ts";

export { type DanfoDtype, danfoDtype } from "./danfo_dtype.ts";

/**
 * An Arquero table as a danfojs DataFrame with the same columns, in order,
 * the same values, and dtypes derived from the values (see
 * {@linkcode danfoDtype}). The columns are copied: changing the DataFrame
 * leaves the table as it was.
 *
 * @example A pandas-style summary of an Arquero table
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { toDanfo } from "./danfo.ts";
 * const df = toDanfo(aq.table({ actor: ["NATO", "UN"], tone: [0.5, -1] }));
 * assert.equal(df.dtypes.join(), "string,float32");
 * assert.equal(df.shape.join(), "2,2");
 * ```
 *
 * @throws {TypeError} when a column mixes kinds of values or holds objects.
 */
export function toDanfo(table: Table): DataFrame {
  const names = table.columnNames();
  if (table.numRows() === 0) return new DataFrame([], { columns: names });
  const data: Record<string, unknown[]> = {};
  const dtypes: DanfoDtype[] = [];
  for (const name of names) {
    const src = table.array(name) as ArrayLike<unknown>;
    dtypes.push(danfoDtype(name, src));
    const col = new Array(src.length);
    for (let i = 0; i < src.length; i++) {
      const v = src[i];
      col[i] = v === undefined ? null : v;
    }
    data[name] = col;
  }
  // deno-lint-ignore no-explicit-any
  return new DataFrame(data as any, { columns: names, dtypes });
}

/** Options for {@linkcode fromDanfo}. */
export interface FromDanfoOptions {
  /**
   * Keep the DataFrame's index as a first column of this name (useful after
   * `describe()` or `groupby()`, whose index holds the row labels).
   * @default undefined (the index is dropped)
   */
  index?: string;
}

/**
 * A danfojs DataFrame as an Arquero table with the same columns, in order,
 * and the same values (`null` and `NaN` stay as they are).
 *
 * @example Round trip
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { fromDanfo, toDanfo } from "./danfo.ts";
 * const t = aq.table({ id: ["a", "b"], n: [1, null], ok: [true, false] });
 * const back = fromDanfo(toDanfo(t));
 * assert.equal(back.get("n", 1), null);
 * assert.equal(back.get("ok", 0), true);
 * ```
 *
 * @example Keep the row labels of `describe()`
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { fromDanfo, toDanfo } from "./danfo.ts";
 * const stats = toDanfo(aq.table({ tone: [1, 2, 3] })).describe();
 * const t = fromDanfo(stats, { index: "statistic" });
 * assert.equal(t.get("statistic", 0), "count");
 * assert.equal(t.get("tone", 0), 3);
 * ```
 */
export function fromDanfo(
  df: DataFrame,
  options: FromDanfoOptions = {},
): Table {
  const names = df.columns;
  const rows = df.shape[0];
  const byColumn = rows === 0
    ? names.map(() => [])
    : df.getColumnData as unknown[][];
  const data: Record<string, unknown[]> = {};
  if (options.index !== undefined) {
    if (names.includes(options.index)) {
      throw new RangeError(
        `Cannot keep the index as column "${options.index}": the DataFrame already has a column of that name; choose another name`,
      );
    }
    data[options.index] = rows === 0 ? [] : [...df.index];
  }
  names.forEach((name, j) => {
    data[name] = Array.from(byColumn[j]);
  });
  return aq.table(data);
}
