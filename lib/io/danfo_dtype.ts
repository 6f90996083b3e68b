/**
 * The danfojs dtype of a column's values, derived from the values alone.
 * Kept apart from `danfo.ts` so that code which only needs the check (the
 * Excel writer) does not load danfojs and TensorFlow.js.
 *
 * @module
 */

/** The danfojs dtype labels `toDanfo` (danfo.ts) assigns. */
export type DanfoDtype = "string" | "int32" | "float32" | "boolean";

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * The danfojs dtype for a column's values: `string`, `boolean`, `int32`
 * (whole numbers in the 32-bit range) or `float32` (other numbers, and a
 * column with no value at all, as danfojs itself does).
 *
 * @example Integers, floats and missing values
 * ```ts
 * import assert from "node:assert/strict";
 * import { danfoDtype } from "./danfo_dtype.ts";
 * assert.equal(danfoDtype("n", [1, null, 3]), "int32");
 * assert.equal(danfoDtype("x", [1.5, NaN]), "float32");
 * assert.equal(danfoDtype("s", ["1", null]), "string");
 * ```
 *
 * @throws {TypeError} when the column mixes kinds of values or holds values
 * other than strings, numbers, booleans and null.
 */
export function danfoDtype(
  name: string,
  values: ArrayLike<unknown>,
): DanfoDtype {
  type Kind = "string" | "number" | "boolean";
  let kind: Kind | null = null;
  let whole = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const t = typeof v;
    if (t !== "string" && t !== "number" && t !== "boolean") {
      throw new TypeError(
        `Cannot convert column "${name}" to danfojs: row ${i} holds a ${
          v instanceof Date ? "Date" : t
        } (${String(v)}); convert it to a string or number first`,
      );
    }
    if (kind === null) kind = t as Kind;
    else if (kind !== t) {
      throw new TypeError(
        `Cannot convert column "${name}" to danfojs: it mixes ${kind} and ${t} values (row ${i}: ${
          JSON.stringify(v)
        }); convert the column to one type first`,
      );
    }
    if (
      t === "number" &&
      (!Number.isInteger(v) || (v as number) < INT32_MIN ||
        (v as number) > INT32_MAX)
    ) whole = false;
  }
  if (kind === "number") return whole ? "int32" : "float32";
  return kind ?? "float32";
}
