/**
 * Write analysis tables as CSV and Arrow IPC files.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable as Table } from "arquero";
import { join } from "node:path";
import { replaceDirAtomically } from "./atomic_dir.ts";
import { tableToCsv } from "./csv_write.ts";
import { writeOutputFile } from "./output_file.ts";

/** Which formats to write. */
export interface WriteTablesOptions {
  /** @default true */
  csv?: boolean;
  /** @default true */
  arrow?: boolean;
  /**
   * Write CSV fields as they are. By default a text field that would start
   * a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR) gets a `'` in front
   * (see `csv_write.ts`); Arrow files always hold the raw values.
   * @default false
   */
  rawCsv?: boolean;
}

/** Write each table to `<dir>/<name>.csv` and `<dir>/<name>.arrow`. */
export function writeTablesTo(
  tables: Record<string, Table>,
  dir: string,
  options: WriteTablesOptions = {},
): void {
  for (const name of Object.keys(tables).sort()) {
    const t = tables[name];
    if (options.csv ?? true) {
      writeOutputFile(
        join(dir, `${name}.csv`),
        tableToCsv(t, { raw: options.rawCsv }),
      );
    }
    if (options.arrow ?? true) {
      writeOutputFile(join(dir, `${name}.arrow`), aq.toArrowIPC(t));
    }
  }
}

/**
 * Replace the tables in folder `dir`, atomically: a failed or interrupted
 * run leaves the previous tables in place. Files of the user's own in `dir`
 * stay.
 */
export async function writeTables(
  tables: Record<string, Table>,
  dir: string,
  options: WriteTablesOptions = {},
): Promise<void> {
  await replaceDirAtomically(dir, (tmp) => writeTablesTo(tables, tmp, options));
}
