/**
 * Periods for comparisons over time: month, quarter or year, chosen from
 * the corpus's span, and the period each article date falls in.
 *
 * @module
 */
import { dateBounds } from "../corpus/dates.ts";

/** A unit of time. */
export type PeriodUnit = "month" | "quarter" | "year";

function label(day: string, unit: PeriodUnit): string {
  const y = day.slice(0, 4), m = Number(day.slice(5, 7));
  if (unit === "year") return y;
  if (unit === "quarter") return `${y}-Q${Math.ceil(m / 3)}`;
  return day.slice(0, 7);
}

/**
 * The period a date (exact, partial or range) falls in, or null when it is
 * unknown or spans more than one period (a year-precision date has no
 * month).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { periodOf } from "./periods.ts";
 * assert.equal(periodOf("2016-03-14", "quarter"), "2016-Q1");
 * assert.equal(periodOf("2016-02..2016-03", "quarter"), "2016-Q1");
 * assert.equal(periodOf("2016", "month"), null);
 * ```
 */
export function periodOf(date: string, unit: PeriodUnit): string | null {
  const b = dateBounds(date);
  if (!b) return null;
  const first = label(b[0], unit), last = label(b[1], unit);
  return first === last ? first : null;
}

/**
 * The unit for a corpus: months when its dated articles span at most a
 * year, quarters up to four years, else years.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { choosePeriodUnit } from "./periods.ts";
 * assert.equal(choosePeriodUnit(["2016-01-05", "2016-09"]), "month");
 * assert.equal(choosePeriodUnit(["2015-06-01", "2017-05-31"]), "quarter");
 * assert.equal(choosePeriodUnit(["2003", "2020-02"]), "year");
 * ```
 */
export function choosePeriodUnit(dates: readonly string[]): PeriodUnit {
  let min = "", max = "";
  for (const d of dates) {
    const b = dateBounds(d);
    if (!b) continue;
    if (min === "" || b[0] < min) min = b[0];
    if (max === "" || b[1] > max) max = b[1];
  }
  if (min === "") return "year";
  const months = (Number(max.slice(0, 4)) - Number(min.slice(0, 4))) * 12 +
    Number(max.slice(5, 7)) - Number(min.slice(5, 7)) + 1;
  if (months <= 12) return "month";
  if (months <= 48) return "quarter";
  return "year";
}
