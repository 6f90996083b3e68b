/**
 * The path past one machine's memory: per-actor aggregates over Parquet
 * shards with DuckDB, next to the same aggregates in Arquero. A separate
 * entry point from `mod.ts` because it loads DuckDB's native library
 * (Deno needs `--allow-ffi`).
 *
 * @example Aggregates from shards equal the in-memory ones
 * ```ts ignore
 * import { actorAggregates, actorAggregatesFromShards } from "./scale.ts";
 * import { readTables } from "./mod.ts";
 * const fromShards = await actorAggregatesFromShards("outputs/tables/parquet");
 * const inMemory = actorAggregates(readTables("outputs/tables").tone);
 * ```
 *
 * @module
 */
export {
  ACTOR_AGGREGATES_SQL,
  type ActorAggregate,
  actorAggregates,
  actorAggregatesFromShards,
} from "./io/actor_aggregates.ts";
export { queryShards, shardSql } from "./io/duckdb_shards.ts";
export { tableToParquet, writeParquetShard } from "./io/parquet_shards.ts";
