/**
 * CSV export safe to open in a spreadsheet.
 *
 * Excel and LibreOffice read a cell that starts with `=`, `+`, `-` or `@` as
 * a formula (and tab or CR can hide such a start), so an article title like
 * `=HYPERLINK(…)` would run when a researcher opens `articles.csv`. Following
 * OWASP's guidance on CSV injection, every text field that starts with one of
 * these characters is written with a `'` in front, which spreadsheets take as
 * "this is text" and do not show. Two kinds of value are left as they are:
 *
 * - numbers (number columns are never touched);
 * - text that is a plain number, such as `-0.5` or `+3`: a spreadsheet reads
 *   it as that number, which cannot run anything.
 *
 * Pipelines that read the CSV files as data can turn this off (`--raw-csv`,
 * `{ raw: true }`). Arrow and Parquet always hold the raw values.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
// node:process, not Deno: this module also runs in the Node.js build.
import process from "node:process";

/**
 * Set to `1` (by `deno task report --raw-csv`) to write raw CSV from the
 * notebooks too.
 */
export const RAW_CSV_ENV = "FRAMING_RAW_CSV";

/** Whether the environment asks for raw CSV ({@linkcode RAW_CSV_ENV}). */
export function rawCsvFromEnv(): boolean {
  return process.env[RAW_CSV_ENV] === "1";
}

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that is a plain decimal number (spreadsheets read it as one). */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** Options for {@linkcode tableToCsv}. */
export interface CsvWriteOptions {
  /** Write values as they are, without the `'` guard. @default false */
  raw?: boolean;
}

/**
 * The text as a spreadsheet-safe CSV field value: a `'` in front when it
 * would start a formula.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { guardFormula } from "./csv_write.ts";
 * assert.equal(guardFormula("=Polen"), "'=Polen");
 * assert.equal(guardFormula("-0.5"), "-0.5");
 * assert.equal(guardFormula("Polen"), "Polen");
 * ```
 */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value)
    ? `'${value}`
    : value;
}

function guardCell(value: unknown): unknown {
  return typeof value === "string" ? guardFormula(value) : value;
}

/**
 * A table as CSV text (header line, then one line per row), with text fields
 * that would start a formula guarded unless `raw`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { tableToCsv } from "./csv_write.ts";
 * const t = aq.table({ name: ["=1+1", "Nato"], n: [-1, 2] });
 * assert.equal(tableToCsv(t), "name,n\n'=1+1,-1\nNato,2\n");
 * assert.equal(tableToCsv(t, { raw: true }), "name,n\n=1+1,-1\nNato,2\n");
 * ```
 */
export function tableToCsv(
  table: Table,
  options: CsvWriteOptions = {},
): string {
  if (options.raw) return aq.toCSV(table);
  const format: Record<string, (v: unknown) => unknown> = {};
  for (const name of table.columnNames()) format[name] = guardCell;
  return aq.toCSV(table, { format });
}
