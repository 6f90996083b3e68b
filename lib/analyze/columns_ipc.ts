/**
 * Tables as Arrow IPC bytes, for sending a worker's rows to the main thread
 * by transfer (no structured clone of millions of values): each column of
 * strings, numbers or booleans (with nulls) is encoded with an Arrow type
 * that gives back exactly the same JavaScript values — strings as
 * dictionary-encoded UTF-8, numbers as 64-bit floats, booleans as bits — so
 * the merged tables are byte-identical whichever thread built them. A column
 * holding anything else (undefined, objects, mixed kinds) travels as a plain
 * array beside the IPC bytes.
 *
 * @module
 */
import {
  bool,
  type DataType,
  dictionary,
  float64,
  int32,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  utf8,
} from "@uwdata/flechette";
import type { TablePart } from "./article_result.ts";
import type { Columns } from "./table_builder.ts";

/** One table in transit: Arrow IPC bytes plus any plain columns. */
export interface EncodedTable {
  names: readonly string[];
  /** The Arrow columns; null when every column is plain. */
  ipc: Uint8Array | null;
  /** Columns Arrow cannot give back unchanged. */
  plain: Columns;
}

/** The Arrow type that round-trips `values` exactly, or null. */
function exactType(values: readonly unknown[]): DataType | null {
  let kind: string | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    const t = typeof v;
    if (kind === null) kind = t;
    else if (t !== kind) return null;
  }
  switch (kind) {
    case "string":
      return dictionary(utf8(), int32());
    case null: // all null (or empty): any nullable type gives nulls back
    case "number":
      return float64();
    case "boolean":
      return bool();
    default:
      return null;
  }
}

/** Encode tables for transfer; see {@linkcode transferables}. */
export function encodeTables(
  tables: Record<string, TablePart>,
): Record<string, EncodedTable> {
  const out: Record<string, EncodedTable> = {};
  for (const [name, t] of Object.entries(tables)) {
    const arrow: [string, unknown[]][] = [];
    const types: Record<string, DataType> = {};
    const plain: Columns = {};
    for (const c of t.names) {
      const values = t.columns[c];
      const type = exactType(values);
      if (type) {
        arrow.push([c, values]);
        types[c] = type;
      } else plain[c] = values;
    }
    const ipc = arrow.length
      ? tableToIPC(tableFromArrays(arrow, { types }), { format: "stream" })
      : null;
    out[name] = { names: t.names, ipc, plain };
  }
  return out;
}

/** The buffers of encoded tables, to list as a postMessage transfer. */
export function transferables(
  tables: Record<string, EncodedTable>,
): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const t of Object.values(tables)) {
    if (t.ipc) out.push(t.ipc.buffer as ArrayBuffer);
  }
  return out;
}

/** Decode tables column by column into plain arrays (no row objects). */
export function decodeTables(
  tables: Record<string, EncodedTable>,
): Record<string, TablePart> {
  const out: Record<string, TablePart> = {};
  for (const [name, t] of Object.entries(tables)) {
    const arrow = t.ipc ? tableFromIPC(t.ipc) : null;
    const columns: Columns = {};
    for (const c of t.names) {
      if (c in t.plain) columns[c] = t.plain[c];
      else columns[c] = toPlainArray(arrow!.getChild(c).toArray());
    }
    out[name] = { names: t.names, columns };
  }
  return out;
}

function toPlainArray(values: ArrayLike<unknown>): unknown[] {
  if (Array.isArray(values)) return values;
  const out = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}
