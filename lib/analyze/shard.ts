/**
 * Sharded runs: which articles shard `I` of `N` analyses. The assignment
 * depends only on the article id (a 32-bit FNV-1a hash of its UTF-16 code
 * units, modulo N), so it is stable across runs, machines and corpus order.
 *
 * @module
 */

/** Shard `index` of `count` (0 ≤ index < count). */
export interface ShardSpec {
  index: number;
  count: number;
}

/**
 * Parse `"I/N"` (e.g. `"3/16"`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseShard } from "./shard.ts";
 * assert.deepEqual(parseShard("3/16"), { index: 3, count: 16 });
 * ```
 *
 * @throws {RangeError} when the text is not two whole numbers with
 * 0 ≤ I < N.
 */
export function parseShard(text: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) {
    throw new RangeError(
      `Cannot run shard "${text}": write I/N with 0 <= I < N, e.g. --shard 0/16 (with Slurm: --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT)`,
    );
  }
  return { index, count };
}

/**
 * The shard (0 … count-1) that analyses the article with this id.
 *
 * @example Every id has exactly one shard
 * ```ts
 * import assert from "node:assert/strict";
 * import { shardOf } from "./shard.ts";
 * const s = shardOf("spiegel_2024_0001", 4);
 * assert.ok(s >= 0 && s < 4);
 * assert.equal(shardOf("spiegel_2024_0001", 4), s);
 * ```
 */
export function shardOf(id: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}
