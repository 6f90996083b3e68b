/**
 * Write a corpus's tables as `deno task analyze` and `deno task merge` do:
 * CSV and/or Arrow IPC per table, and the framing workbook.
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import { writeTablesTo } from "../io/write_tables.ts";

/** Write the tables and the workbook into `dir` (a temporary folder). */
export async function writeCorpusTables(
  tables: Record<string, Table>,
  dir: string,
  formats: { csv: boolean; arrow: boolean },
): Promise<void> {
  writeTablesTo(tables, dir, formats);
  // Loaded only when a workbook is written.
  const { writeFramingWorkbook } = await import("../io/write_excel.ts");
  writeFramingWorkbook(tables, dir);
}
