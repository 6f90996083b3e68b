/**
 * Write tables as Parquet shards — `<dir>/<table>/part-00000.parquet`, one
 * file per batch of articles — which DuckDB, Spark or Trino read as one
 * dataset with a glob (`<dir>/<table>/*.parquet`), and read them back as
 * columns.
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import { parquetMetadata, parquetRead } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

// Integer columns by name, so every shard of a table has the same Parquet
// type whatever values a batch happens to hold.
const INTEGER =
  /^(?:start|end|index|paragraph|line|count|n|n_[a-z_]+|[a-z_]+_index)$/;

type ParquetType = "STRING" | "DOUBLE" | "INT32" | "BOOLEAN";

const isInt32 = (v: unknown) =>
  v === null || (Number.isInteger(v) && (v as number) >= -(2 ** 31) &&
    (v as number) < 2 ** 31 && !Object.is(v, -0));

function columnType(name: string, values: ArrayLike<unknown>): ParquetType {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v === "boolean") return "BOOLEAN";
    if (typeof v === "number") {
      // An integer column by name stays INT32 only when every value fits:
      // shards are read back into tables that must equal the originals.
      return INTEGER.test(name) && Array.prototype.every.call(values, isInt32)
        ? "INT32"
        : "DOUBLE";
    }
    return "STRING";
  }
  return INTEGER.test(name) ? "INT32" : "STRING";
}

/** The bytes of one table as a Parquet file. */
export function tableToParquet(table: Table): Uint8Array {
  const columnData = table.columnNames().map((name) => {
    const col = table.column(name)!;
    const data: unknown[] = new Array(table.numRows());
    for (let i = 0; i < data.length; i++) data[i] = col.at(i) ?? null;
    const type = columnType(name, data);
    return {
      name,
      data: type === "STRING"
        ? data.map((v) => (v === null ? null : String(v)))
        : data,
      type,
    };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

/** Write every table of one batch as `<dir>/<table>/part-<batch>.parquet`. */
export function writeParquetShard(
  tables: Record<string, Table>,
  dir: string,
  batch: number,
): void {
  const part = `part-${String(batch).padStart(5, "0")}.parquet`;
  for (const name of Object.keys(tables).sort()) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, part), tableToParquet(tables[name]));
  }
}

/** One table read back: its column names, in order, and their values. */
export interface ParquetColumns {
  names: string[];
  columns: Record<string, unknown[]>;
}

/**
 * Read the columns of one Parquet file (as written by
 * {@linkcode tableToParquet}): numbers, strings, booleans and nulls come
 * back as they were written.
 */
export async function parquetToColumns(
  bytes: Uint8Array,
): Promise<ParquetColumns> {
  const file = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const rows = Number(metadata.num_rows);
  const names = metadata.schema.slice(1).map((s) => s.name);
  const columns: Record<string, unknown[]> = {};
  for (const n of names) columns[n] = new Array(rows).fill(null);
  await parquetRead({
    file,
    metadata,
    onChunk: ({ columnName, columnData, rowStart }) => {
      const out = columns[columnName];
      for (let i = 0; i < columnData.length; i++) {
        out[rowStart + i] = columnData[i] ?? null;
      }
    },
  });
  return { names, columns };
}

/**
 * Read the shards of table `name` from `<dir>/<name>/part-*.parquet`, in
 * part order, as one set of columns; null when the folder does not exist.
 */
export async function readParquetTable(
  dir: string,
  name: string,
): Promise<ParquetColumns | null> {
  const folder = join(dir, name);
  if (!existsSync(folder)) return null;
  const parts = readdirSync(folder).filter((f) => f.endsWith(".parquet"))
    .sort();
  let names: string[] = [];
  const pieces: Record<string, unknown[]>[] = [];
  for (const p of parts) {
    const t = await parquetToColumns(readFileSync(join(folder, p)));
    names = t.names;
    pieces.push(t.columns);
  }
  const columns: Record<string, unknown[]> = {};
  for (const n of names) columns[n] = pieces.flatMap((c) => c[n]);
  return { names, columns };
}
