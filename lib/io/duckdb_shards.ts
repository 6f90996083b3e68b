/**
 * Query Parquet shards with DuckDB (`@duckdb/node-api`, whose native binary
 * ships inside the npm package; under Deno it needs `--allow-ffi`).
 *
 * In SQL, write `{table}` for a table's shards: `{tone}` becomes
 * `read_parquet('<dir>/tone/*.parquet')`.
 *
 * @module
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Replace `{name}` by a read of that table's shards. */
export function shardSql(sql: string, dir: string): string {
  return sql.replace(/\{([a-z_][a-z0-9_]*)\}/g, (_, name: string) => {
    const folder = join(dir, name);
    if (!existsSync(folder)) {
      throw new RangeError(
        `Cannot query table "${name}": there are no shards in ${folder}; write them with \`deno task analyze --format parquet\``,
      );
    }
    return `read_parquet('${join(folder, "*.parquet").replaceAll("'", "''")}')`;
  });
}

/**
 * Run SQL over the shards in `dir` and return the rows as objects (BIGINT
 * values become numbers when they are safe integers).
 *
 * @example Count tokens per article over the shards
 * ```ts ignore
 * import { queryShards } from "./duckdb_shards.ts";
 * const rows = await queryShards(
 *   "outputs/tables/parquet",
 *   "select article_id, count(*) as n from {tokens} group by 1 order by 1",
 * );
 * ```
 */
export async function queryShards(
  dir: string,
  sql: string,
): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  try {
    const reader = await con.runAndReadAll(shardSql(sql, dir));
    return reader.getRowObjects().map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === "bigint" && Number.isSafeInteger(Number(v))
            ? Number(v)
            : v,
        ]),
      )
    );
  } finally {
    con.closeSync();
  }
}
