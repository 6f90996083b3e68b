/**
 * The files of a sharded run: `<outputs>/shards/<I>/` holds shard I's
 * article-level tables as Parquet (`<table>/part-00000.parquet`, one part
 * per batch) and `shard.json` (which shard of how many, each article's
 * position in the corpus, the problems found while reading).
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusProblem } from "../corpus/problems.ts";
import { readParquetTable } from "../io/parquet_shards.ts";
import type { TablePart } from "./article_result.ts";
import type { ShardSpec } from "./shard.ts";

/** What `shard.json` records. */
export interface ShardInfo extends ShardSpec {
  /** The corpus path as given to the shard's run (for the merge's notes). */
  corpus: string;
  /** Corpus position of each row of the shard's articles table. */
  positions: number[];
  problems: CorpusProblem[];
}

/** One shard read back. */
export interface ShardData extends ShardInfo {
  tables: Record<string, TablePart>;
}

/** The folder of shard `index` under an outputs folder. */
export function shardDir(outputs: string, index: number): string {
  return join(outputs, "shards", String(index));
}

/** Write `shard.json` into a shard folder. */
export function writeShardInfo(dir: string, info: ShardInfo): void {
  writeFileSync(join(dir, "shard.json"), JSON.stringify(info) + "\n");
}

function readInfo(dir: string): ShardInfo {
  const file = join(dir, "shard.json");
  if (!existsSync(file)) {
    throw new RangeError(
      `Cannot merge: ${file} is missing; run that shard again (deno task analyze --shard I/N)`,
    );
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * Read every shard under `<outputs>/shards/`, in shard order, checking that
 * all N shards of one run are there.
 *
 * @throws {RangeError} naming the missing shard, or when shards of
 * different runs (different N) are mixed.
 */
export async function readShards(
  outputs: string,
  onShard?: (index: number, count: number) => void,
): Promise<ShardData[]> {
  const root = join(outputs, "shards");
  if (!existsSync(root)) {
    throw new RangeError(
      `Cannot merge: there is no ${root}; run deno task analyze --shard I/N first`,
    );
  }
  const first = readInfo(shardDir(outputs, 0));
  const count = first.count;
  // Hidden folders are shards being written (see atomic_dir.ts).
  const extra = readdirSync(root).filter((d) =>
    !d.startsWith(".") && (!/^\d+$/.test(d) || Number(d) >= count)
  );
  if (extra.length) {
    throw new RangeError(
      `Cannot merge: ${root} holds ${
        extra.map((d) => `"${d}"`).join(", ")
      }, which is not one of shards 0 to ${
        count - 1
      } of this run; remove it (shards of an earlier run?)`,
    );
  }
  const shards: ShardData[] = [];
  for (let i = 0; i < count; i++) {
    const dir = shardDir(outputs, i);
    const info = i === 0 ? first : readInfo(dir);
    if (info.count !== count || info.index !== i) {
      throw new RangeError(
        `Cannot merge: ${dir} is shard ${info.index}/${info.count}, not ${i}/${count}; run all shards with the same N`,
      );
    }
    const tables: Record<string, TablePart> = {};
    for (const name of readdirSync(dir).sort()) {
      // shard.json and hidden bookkeeping files (atomic_dir.ts) are no tables.
      if (name === "shard.json" || name.startsWith(".")) continue;
      const t = await readParquetTable(dir, name);
      if (t) tables[name] = t;
    }
    shards.push({ ...info, tables });
    onShard?.(i, count);
  }
  return shards;
}
