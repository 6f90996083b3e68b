/**
 * Write analysis tables as CSV and Arrow IPC files.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable as Table } from "arquero";
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { replaceDirAtomically } from "./atomic_dir.ts";

/** Which formats to write. */
export interface WriteTablesOptions {
  /** @default true */
  csv?: boolean;
  /** @default true */
  arrow?: boolean;
}

/** Rows per CSV slice: one slice's text is in memory at a time. */
const CSV_SLICE = 50_000;

/**
 * Write `t` as CSV, slice by slice: the same bytes as `aq.toCSV(t)`
 * (every slice ends with a newline), without holding the text of a
 * million-row table as one string.
 */
function writeCsv(t: Table, path: string): void {
  const fd = openSync(path, "w");
  try {
    const n = t.numRows();
    for (let offset = 0; offset === 0 || offset < n; offset += CSV_SLICE) {
      const text = aq.toCSV(t, {
        offset,
        limit: CSV_SLICE,
        header: offset === 0,
      });
      const bytes = new TextEncoder().encode(text);
      for (let k = 0; k < bytes.length;) {
        k += writeSync(fd, bytes, k, bytes.length - k);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Write each table to `<dir>/<name>.csv` and `<dir>/<name>.arrow`. */
export function writeTablesTo(
  tables: Record<string, Table>,
  dir: string,
  options: WriteTablesOptions = {},
): void {
  for (const name of Object.keys(tables).sort()) {
    const t = tables[name];
    if (options.csv ?? true) writeCsv(t, join(dir, `${name}.csv`));
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
