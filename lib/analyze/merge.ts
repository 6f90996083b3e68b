/**
 * Merge per-article (or per-chunk) tables into corpus tables, in order,
 * column by column.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable as Table } from "arquero";
import type { CorpusProblem } from "../corpus/problems.ts";
import type { TablePart } from "./article_result.ts";
import { PROBLEMS } from "./schemas.ts";
import type { Columns } from "./table_builder.ts";

/**
 * Concatenate sets of tables, in order, into one set: each column's parts
 * are gathered, then concatenated once (pushing row by row into growing
 * arrays cost 8% of the run, profiled at 100×).
 */
export function concatParts(
  sets: Iterable<Record<string, TablePart>>,
): Record<string, TablePart> {
  const parts = new Map<
    string,
    { names: readonly string[]; cols: unknown[][][] }
  >();
  for (const set of sets) {
    for (const [name, t] of Object.entries(set)) {
      let p = parts.get(name);
      if (!p) {
        p = { names: t.names, cols: t.names.map(() => []) };
        parts.set(name, p);
      }
      t.names.forEach((c, i) => p!.cols[i].push(t.columns[c]));
    }
  }
  const out: Record<string, TablePart> = {};
  for (const [name, p] of parts) {
    out[name] = {
      names: p.names,
      columns: Object.fromEntries(
        p.names.map((c, i) => [c, concatAll(p.cols[i])]),
      ),
    };
  }
  return out;
}

/** Arrays passed to one `concat` call (an argument list has limits). */
const CONCAT_ARGS = 8192;

function concatAll(arrays: unknown[][]): unknown[] {
  if (arrays.length === 1) return arrays[0];
  // Array.prototype.concat copies whole backing stores: 2 to 4 times as
  // fast as an index loop into a preallocated array (1.1 million values
  // in 1,800 parts: 2-6 ms against 8-12 ms).
  let out: unknown[] = [];
  for (let i = 0; i < arrays.length; i += CONCAT_ARGS) {
    out = out.concat(...arrays.slice(i, i + CONCAT_ARGS));
  }
  return out;
}

/** Arquero tables from merged parts, in a fixed (sorted) key order. */
export function toTables(
  parts: Record<string, TablePart>,
): Record<string, Table> {
  const tables: Record<string, Table> = {};
  for (const name of Object.keys(parts).sort()) {
    tables[name] = aq.table(parts[name].columns, [...parts[name].names]);
  }
  return tables;
}

/** The problems as a table. */
export function problemTable(problems: CorpusProblem[]): Table {
  const cols: Columns = Object.fromEntries(PROBLEMS.map((c) => [c, []]));
  for (const p of problems) {
    for (const c of PROBLEMS) cols[c].push(p[c]);
  }
  return aq.table(cols);
}
