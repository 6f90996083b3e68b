/**
 * Dates as export formats write them, in English and German
 * ("January 11, 2010", "11. Januar 2010", "11 January 2010", "14.03.2016",
 * "2016-03-14T10:00:00Z"), turned into `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 *
 * @module
 */
import { checkDate, isPrecision } from "../dates.ts";

const MONTHS: Record<string, number> = {};
const names: [number, string[]][] = [
  [1, ["januar", "jänner", "jan", "january"]],
  [2, ["februar", "feb", "february", "feber"]],
  [3, ["märz", "maerz", "mär", "mrz", "march", "mar"]],
  [4, ["april", "apr"]],
  [5, ["mai", "may"]],
  [6, ["juni", "jun", "june"]],
  [7, ["juli", "jul", "july"]],
  [8, ["august", "aug"]],
  [9, ["september", "sep", "sept"]],
  [10, ["oktober", "okt", "october", "oct"]],
  [11, ["november", "nov"]],
  [12, ["dezember", "dez", "december", "dec"]],
];
for (const [n, list] of names) for (const name of list) MONTHS[name] = n;

const pad = (n: number | string) => String(n).padStart(2, "0");
const L = "[A-Za-zÄÖÜäöüß]+";

/** A date found in free text, in the project's form. */
export interface LooseDate {
  date: string;
  precision: "day" | "month" | "year";
}

function checked(date: string): LooseDate | null {
  const c = checkDate(date);
  if (!isPrecision(c) || c === "range") return null;
  return { date, precision: c };
}

const month = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, "")];

/**
 * The first date in `text`, or null when there is none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLooseDate } from "./parse_date.ts";
 * assert.equal(parseLooseDate("January 11, 2010 Monday")?.date, "2010-01-11");
 * assert.equal(parseLooseDate("Montag, 11. Januar 2010")?.date, "2010-01-11");
 * assert.equal(parseLooseDate("2016-03-14T10:00:00Z")?.date, "2016-03-14");
 * assert.equal(parseLooseDate("März 2016")?.date, "2016-03");
 * ```
 */
export function parseLooseDate(text: string): LooseDate | null {
  const s = text.trim().slice(0, 200);
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=$|[T\s])/.exec(s);
  if (m) {
    const [, y, mo, d] = m;
    return checked(
      d ? `${y}-${pad(mo)}-${pad(d)}` : mo ? `${y}-${pad(mo)}` : y,
    );
  }
  m = /(?:^|\D)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/.exec(s);
  if (m) return checked(`${m[3]}-${pad(m[2])}-${pad(m[1])}`);
  // "11. Januar 2010", "11 January 2010"
  for (
    const r of s.matchAll(
      new RegExp(`(\\d{1,2})\\.?\\s+(${L})\\.?,?\\s+(\\d{4})`, "gu"),
    )
  ) {
    const mo = month(r[2]);
    if (mo) return checked(`${r[3]}-${pad(mo)}-${pad(r[1])}`);
  }
  // "January 11, 2010"
  for (
    const r of s.matchAll(
      new RegExp(`(${L})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, "gu"),
    )
  ) {
    const mo = month(r[1]);
    if (mo) return checked(`${r[3]}-${pad(mo)}-${pad(r[2])}`);
  }
  // "März 2016", "March 2016"
  for (const r of s.matchAll(new RegExp(`(${L})\\.?\\s+(\\d{4})`, "gu"))) {
    const mo = month(r[1]);
    if (mo) return checked(`${r[2]}-${pad(mo)}`);
  }
  return null;
}
