/**
 * Write analysis tables as CSV and Arrow IPC files.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable as Table } from "arquero";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { replaceDirAtomically } from "./atomic_dir.ts";

/** Which formats to write. */
export interface WriteTablesOptions {
  /** @default true */
  csv?: boolean;
  /** @default true */
  arrow?: boolean;
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
      writeFileSync(join(dir, `${name}.csv`), aq.toCSV(t));
    }
    if (options.arrow ?? true) {
      writeFileSync(join(dir, `${name}.arrow`), aq.toArrowIPC(t));
    }
  }
}

/**
 * Replace the folder `dir` with the tables, atomically: a failed or
 * interrupted run leaves the previous tables in place.
 */
export async function writeTables(
  tables: Record<string, Table>,
  dir: string,
  options: WriteTablesOptions = {},
): Promise<void> {
  await replaceDirAtomically(dir, (tmp) => writeTablesTo(tables, tmp, options));
}
