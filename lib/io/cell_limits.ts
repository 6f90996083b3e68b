/**
 * Excel keeps at most 32,767 characters in one cell. A longer text (a quote
 * that runs over a whole article, say) must not stop the run: in the
 * workbook it is cut, with a marker at the end, and a `problems` row says
 * where. The CSV, Arrow and Parquet tables keep the whole text (CSV has no
 * field limit).
 *
 * @module
 */
import type { ColumnTable, Table } from "arquero";
import { join } from "node:path";
import type { CorpusProblem } from "../corpus/problems.ts";

/** The most characters Excel keeps in one cell. */
export const EXCEL_CELL_LIMIT = 32767;

/** The most rows of one Excel sheet (the header row included). */
export const EXCEL_ROW_LIMIT = 1_048_576;

/** What ends a text cut to fit a cell. */
export const TRUNCATION_MARKER = " […truncated]";

/**
 * The text cut to at most `limit` UTF-16 code units, marker included, never
 * splitting a surrogate pair; shorter texts come back unchanged.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitCellText } from "./cell_limits.ts";
 * assert.equal(fitCellText("kurz"), "kurz");
 * assert.equal(fitCellText("a".repeat(40), 20), "aaaaaaa […truncated]");
 * ```
 */
export function fitCellText(
  text: string,
  limit: number = EXCEL_CELL_LIMIT,
): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - TRUNCATION_MARKER.length);
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + TRUNCATION_MARKER;
}

/**
 * The table cut to the rows one sheet holds (`limit` with the header row);
 * a shorter table comes back as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { fitSheetRows } from "./cell_limits.ts";
 * assert.equal(fitSheetRows(aq.table({ a: [1, 2, 3] }), 3).numRows(), 2);
 * ```
 */
export function fitSheetRows(
  table: Table,
  limit: number = EXCEL_ROW_LIMIT,
): Table {
  return table.numRows() < limit
    ? table
    : (table as ColumnTable).slice(0, limit - 1);
}

/** Options for {@linkcode cellLimitProblems}. */
export interface CellLimitOptions {
  /** The corpus folder, to name the article's file. */
  corpus?: string;
  /** The workbook's name, for the message. @default "framing.xlsx" */
  workbook?: string;
  /** @default EXCEL_CELL_LIMIT */
  limit?: number;
  /** @default EXCEL_ROW_LIMIT */
  rowLimit?: number;
}

/**
 * One `note` per text cell of the `sheets` tables longer than the cell
 * limit, naming the article's file (from the `articles` table), the table,
 * column and row, and the characters it holds; and one per table with more
 * rows than a sheet holds.
 */
export function cellLimitProblems(
  tables: Record<string, Table>,
  sheets: readonly string[],
  options: CellLimitOptions = {},
): CorpusProblem[] {
  const limit = options.limit ?? EXCEL_CELL_LIMIT;
  const rowLimit = options.rowLimit ?? EXCEL_ROW_LIMIT;
  const workbook = options.workbook ?? "framing.xlsx";
  const fileOf = articleFiles(tables.articles, options.corpus);
  const problems: CorpusProblem[] = [];
  for (const name of sheets) {
    const all = tables[name];
    if (!all) continue;
    if (all.numRows() >= rowLimit) {
      problems.push({
        file: `${name}.csv`,
        line: null,
        severity: "note",
        message:
          `${name} has ${all.numRows()} rows, more than an Excel sheet holds (${
            rowLimit - 1
          } below the header); ${workbook} holds the first ${
            rowLimit - 1
          }, ${name}.csv and .arrow hold them all`,
      });
    }
    const t = fitSheetRows(all, rowLimit);
    const ids = t.columnNames().includes("article_id")
      ? t.array("article_id") as ArrayLike<unknown>
      : null;
    const keyColumn = t.columnNames().find((c) =>
      c.endsWith("_id") && c !== "article_id"
    );
    const keys = keyColumn ? t.array(keyColumn) as ArrayLike<unknown> : null;
    for (const column of t.columnNames()) {
      const values = t.array(column) as ArrayLike<unknown>;
      for (let r = 0; r < values.length; r++) {
        const v = values[r];
        if (typeof v !== "string" || v.length <= limit) continue;
        const id = ids ? String(ids[r]) : null;
        const row = keys ? `${keyColumn} ${keys[r]}` : `row ${r + 1}`;
        problems.push({
          file: (id && fileOf.get(id)) ?? `${name}.csv`,
          line: null,
          severity: "note",
          message: `${name}.${column} of ${row}${
            id ? ` (article "${id}")` : ""
          } holds ${v.length} characters, more than Excel's ${limit} per cell; in ${workbook} it is cut to ${limit} characters ending in "${TRUNCATION_MARKER.trim()}"; ${name}.csv and .arrow hold it whole`,
        });
      }
    }
  }
  return problems;
}

/** article_id → the article's file, joined to the corpus folder. */
function articleFiles(
  articles: Table | undefined,
  corpus: string | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!articles || !articles.columnNames().includes("file")) return out;
  const ids = articles.array("article_id") as ArrayLike<unknown>;
  const files = articles.array("file") as ArrayLike<unknown>;
  for (let i = 0; i < ids.length; i++) {
    const f = String(files[i]);
    out.set(String(ids[i]), corpus ? join(corpus, f) : f);
  }
  return out;
}
