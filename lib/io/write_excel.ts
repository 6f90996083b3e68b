/**
 * Write tables as an Excel workbook, one sheet per table, with SheetJS
 * (`xlsx` 0.17.2), straight from the Arquero tables' columns.
 *
 * The workbook used to be assembled from danfojs DataFrames; that loaded
 * TensorFlow.js (about 2 s and 100s of MB) into every analysis run for a
 * job that only needs each table's values. The cells are the same: a
 * column of one kind keeps its values, a column that mixes kinds or holds
 * objects is written as text (the check danfojs would fail, see
 * {@linkcode danfoDtype}).
 *
 * The bytes are deterministic: SheetJS leaves the document properties empty
 * but stamps every ZIP entry with the current time, which
 * {@linkcode workbookBytes} replaces with a fixed date (1980-01-01).
 *
 * @module
 */
import type { Table } from "arquero";
import * as XLSX from "xlsx";
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { danfoDtype } from "./danfo_dtype.ts";
import { fixZipDates } from "./_zip_dates.ts";
import { fitCellText, fitSheetRows } from "./cell_limits.ts";

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

/** One row of cells, the header first; `null` is an empty cell. */
type Cell = string | number | boolean | null;

/** A cell's text for a value Excel has no type for (an object, an array). */
function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === "object" && !(v instanceof Date)
    ? JSON.stringify(v)
    : String(v);
}

/**
 * The column's values as cells: a column of one kind as it is, a column that
 * mixes kinds of values or holds objects as text, so that one odd column
 * never stops the main job's export.
 */
function columnCells(values: ArrayLike<unknown>, name: string): unknown[] {
  try {
    danfoDtype(name, values);
    return Array.from(values);
  } catch {
    return Array.from(values, asText);
  }
}

function sheetRows(_name: string, table: Table): Cell[][] {
  const header = table.columnNames();
  const columns = header.map((c) =>
    columnCells(table.array(c) as ArrayLike<unknown>, c)
  );
  const out: Cell[][] = [header];
  const n = table.numRows();
  for (let r = 0; r < n; r++) {
    const row: Cell[] = new Array(header.length);
    for (let c = 0; c < header.length; c++) {
      const v = columns[c][r];
      if (v === undefined || v === null) {
        row[c] = null;
      } else if (typeof v === "number") {
        // Excel has no NaN or infinity: leave the cell empty (missing).
        row[c] = Number.isFinite(v) ? v : null;
      } else if (typeof v === "string") {
        row[c] = fitCellText(v); // cut to Excel's cell limit, with a marker
      } else {
        row[c] = v as Cell;
      }
    }
    out.push(row);
  }
  return out;
}

function checkSheetName(name: string): void {
  if (name === "" || name.length > 31 || BAD_SHEET_CHARS.test(name)) {
    throw new RangeError(
      `Cannot name a sheet "${name}": Excel needs 1 to 31 characters without [ ] : * ? / \\; rename the table`,
    );
  }
}

/**
 * An `.xlsx` workbook with one sheet per table, named after the table, in
 * the order given. Each sheet has a header row of column names, then one row
 * per table row; `null`, `NaN` and infinities are empty cells. A column that
 * mixes kinds of values or holds objects is written as text (objects as
 * JSON).
 *
 * @example Two tables, two sheets
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import * as XLSX from "xlsx";
 * import { workbookBytes } from "./write_excel.ts";
 * const bytes = workbookBytes({
 *   articles: aq.table({ article_id: ["a1"], n_words: [120] }),
 *   quotes: aq.table({ article_id: ["a1"], text: ["Wir bleiben."] }),
 * });
 * const wb = XLSX.read(bytes, { type: "array" });
 * assert.equal(wb.SheetNames.join(), "articles,quotes");
 * assert.equal(wb.Sheets.articles.B2.v, 120);
 * ```
 *
 * A text longer than an Excel cell holds is cut, ending in "[…truncated]"
 * (`cell_limits.ts`).
 *
 * @throws {RangeError} when a table name is not a valid sheet name.
 */
export function workbookBytes(tables: Record<string, Table>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, table] of Object.entries(tables)) {
    checkSheetName(name);
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet(sheetRows(name, table)),
      name,
    );
  }
  const out = XLSX.write(wb, {
    type: "array",
    bookType: "xlsx",
    bookSST: true, // shared strings, as Excel itself writes text cells
    compression: true,
  }) as ArrayBuffer;
  return fixZipDates(new Uint8Array(out));
}

/**
 * Write {@linkcode workbookBytes} to `path`, through a temporary file that
 * replaces `path` only once complete.
 *
 * @example Write a workbook
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { writeWorkbook } from "./write_excel.ts";
 * const path = Deno.makeTempDirSync() + "/t.xlsx";
 * writeWorkbook({ articles: aq.table({ article_id: ["a1"] }) }, path);
 * assert.ok(Deno.statSync(path).size > 0);
 * ```
 */
export function writeWorkbook(
  tables: Record<string, Table>,
  path: string,
): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, workbookBytes(tables));
  renameSync(tmp, path);
}

/**
 * The tables of the framing workbook, in sheet order: articles, actor tone
 * per article, frame profiles, quotes. Tables a run did not produce are left
 * out; `articles` is always there.
 */
export const FRAMING_WORKBOOK_TABLES: readonly string[] = [
  "articles",
  "tone_by_article",
  "frame_profile",
  "quotes",
];

/**
 * Write `<dir>/framing.xlsx` with one sheet per table of
 * {@linkcode FRAMING_WORKBOOK_TABLES} that `tables` holds, named after it.
 * Returns the path written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { analyzeCorpus } from "../mod.ts";
 * import { writeFramingWorkbook } from "./write_excel.ts";
 * const tables = await analyzeCorpus([{ id: "a1", text: "Die NATO tagt." }]);
 * const path = writeFramingWorkbook(tables, Deno.makeTempDirSync());
 * assert.ok(path.endsWith("framing.xlsx"));
 * ```
 */
export function writeFramingWorkbook(
  tables: Record<string, Table>,
  dir: string,
): string {
  const sheets: Record<string, Table> = {};
  for (const name of FRAMING_WORKBOOK_TABLES) {
    if (tables[name]) sheets[name] = fitSheetRows(tables[name]); // row limit
  }
  if (!sheets.articles) {
    throw new TypeError(
      "Cannot write the framing workbook: there is no articles table; pass the tables of analyzeCorpus()",
    );
  }
  const path = join(dir, "framing.xlsx");
  writeWorkbook(sheets, path);
  return path;
}
