/**
 * Article dates: exact (`2016-03-14`), partial (`2016-03`, `2016`) or a
 * range (`2015-06..2016-05`), and the first and last day each may stand for.
 *
 * @module
 */

/** How precise a date is; "" when the date is unknown. */
export type DatePrecision = "day" | "month" | "year" | "range";

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function checkSingle(date: string): "day" | "month" | "year" | string {
  const m = SINGLE.exec(date);
  if (!m) return "not of the form YYYY-MM-DD, YYYY-MM or YYYY";
  const [, y, mo, d] = m;
  if (mo === undefined) return "year";
  const month = Number(mo);
  if (month < 1 || month > 12) return `month ${mo} does not exist`;
  if (d === undefined) return "month";
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day < 1 || day > days) return `day ${d} does not exist in ${y}-${mo}`;
  return "day";
}

/**
 * Check a date string; returns its precision (`day`, `month`, `year`, or
 * `range` for `FROM..TO`) or a text saying what is wrong.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkDate } from "./dates.ts";
 * assert.equal(checkDate("2016-03"), "month");
 * assert.equal(checkDate("2015-06..2016-05"), "range");
 * ```
 */
export function checkDate(date: string): DatePrecision | string {
  const parts = date.split("..");
  if (parts.length === 1) return checkSingle(date);
  if (parts.length !== 2) return "a range has one '..': FROM..TO";
  for (const p of parts) {
    const c = checkSingle(p);
    if (c !== "day" && c !== "month" && c !== "year") {
      return `range end "${p}" is ${c}`;
    }
  }
  const [from, to] = parts.map((p) => dateBounds(p)!);
  if (from[0] > to[1]) return `the range starts after it ends`;
  return "range";
}

/** Whether {@linkcode checkDate} accepted the date. */
export function isPrecision(c: string): c is DatePrecision {
  return c === "day" || c === "month" || c === "year" || c === "range";
}

/**
 * First and last day (`YYYY-MM-DD`) a date or range may stand for, or null
 * when it is empty or malformed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dateBounds } from "./dates.ts";
 * assert.deepEqual(dateBounds("2016-02"), ["2016-02-01", "2016-02-29"]);
 * assert.deepEqual(dateBounds("2015-06..2016"), ["2015-06-01", "2016-12-31"]);
 * ```
 */
export function dateBounds(date: string): [string, string] | null {
  const d = date.trim();
  if (d.includes("..")) {
    if (!isPrecision(checkDate(d))) return null;
    const [a, b] = d.split("..");
    return [dateBounds(a)![0], dateBounds(b)![1]];
  }
  const m = SINGLE.exec(d);
  if (!m || !isPrecision(checkSingle(d))) return null;
  const [, y, mo, day] = m;
  if (day) return [d, d];
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(last).padStart(2, "0")}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}
