/**
 * Write a corpus's tables as `deno task analyze` and `deno task merge` do:
 * CSV and/or Arrow IPC per table, and the framing workbook, with a note for
 * every text the workbook had to cut.
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import { problemTable } from "../analyze/merge.ts";
import { type CorpusProblem, formatProblem } from "../corpus/problems.ts";
import { cellLimitProblems } from "../io/cell_limits.ts";
import { writeTablesTo } from "../io/write_tables.ts";

/** What {@linkcode writeCorpusTables} writes, and for which corpus. */
export interface WriteCorpusOptions {
  csv: boolean;
  arrow: boolean;
  /** CSV fields as they are (see write_tables.ts). */
  rawCsv?: boolean;
  /** The run's problems; notes on cut cells are added to it. */
  problems: CorpusProblem[];
  /** The corpus path, for the notes. */
  corpus: string;
}

/** Write the tables and the workbook into `dir` (a temporary folder). */
export async function writeCorpusTables(
  tables: Record<string, Table>,
  dir: string,
  options: WriteCorpusOptions,
): Promise<void> {
  // Loaded only when a workbook is written.
  const { writeFramingWorkbook, FRAMING_WORKBOOK_TABLES } = await import(
    "../io/write_excel.ts"
  );
  // Texts too long for an Excel cell are cut in the workbook: say so.
  const cut = cellLimitProblems(tables, FRAMING_WORKBOOK_TABLES, {
    corpus: options.corpus,
  });
  if (cut.length) {
    options.problems.push(...cut);
    for (const p of cut) console.error(formatProblem(p));
    tables.problems = problemTable(options.problems);
  }
  writeTablesTo(tables, dir, {
    csv: options.csv,
    arrow: options.arrow,
    rawCsv: options.rawCsv,
  });
  writeFramingWorkbook(tables, dir);
}
