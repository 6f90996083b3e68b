/**
 * Write tables as Parquet shards — `<dir>/<table>/part-00000.parquet`, one
 * file per batch of articles — which DuckDB, Spark or Trino read as one
 * dataset with a glob (`<dir>/<table>/*.parquet`).
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import { parquetWriteBuffer } from "hyparquet-writer";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Integer columns by name, so every shard of a table has the same Parquet
// type whatever values a batch happens to hold.
const INTEGER =
  /^(?:start|end|index|paragraph|line|count|n|n_[a-z_]+|[a-z_]+_index)$/;

type ParquetType = "STRING" | "DOUBLE" | "INT32" | "BOOLEAN";

function columnType(name: string, values: ArrayLike<unknown>): ParquetType {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v === "boolean") return "BOOLEAN";
    if (typeof v === "number") return INTEGER.test(name) ? "INT32" : "DOUBLE";
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
