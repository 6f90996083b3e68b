/**
 * Merge the article-level tables of N shards back into corpus order: the
 * rows of every table are grouped by article, so the merge copies each
 * article's row range from its shard, column by column, in the order of the
 * articles' corpus positions. The result equals the tables of a
 * single-process run.
 *
 * @module
 */
import type { CorpusProblem } from "../corpus/problems.ts";
import type { TablePart } from "./article_result.ts";
import type { ShardData } from "./shard_files.ts";

/** Row ranges of each article in one table, keyed by article id. */
function articleRanges(
  ids: readonly unknown[],
): Map<unknown, [number, number]> {
  const ranges = new Map<unknown, [number, number]>();
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    if (i === ids.length || ids[i] !== ids[start]) {
      ranges.set(ids[start], [start, i]);
      start = i;
    }
  }
  return ranges;
}

/**
 * The tables of all shards in corpus order (by each article's position).
 *
 * @throws {RangeError} when a table has no `article_id` column, or shards
 * disagree on a table's columns.
 */
export function interleaveShards(
  shards: readonly ShardData[],
): Record<string, TablePart> {
  // Every article, as (shard, row in that shard's articles table), in order.
  const order: { shard: number; id: unknown; position: number }[] = [];
  shards.forEach((s, k) => {
    const ids = s.tables.articles?.columns.article_id ?? [];
    ids.forEach((id, r) =>
      order.push({ shard: k, id, position: s.positions[r] })
    );
  });
  order.sort((a, b) => a.position - b.position);
  const names = [...new Set(shards.flatMap((s) => Object.keys(s.tables)))];
  const out: Record<string, TablePart> = {};
  for (const name of names) {
    const parts = shards.map((s) => s.tables[name]);
    const schema = parts.find(Boolean)!.names;
    for (const p of parts) {
      if (p && p.names.join() !== schema.join()) {
        throw new RangeError(
          `Cannot merge table "${name}": the shards have different columns (${p.names.join()} vs ${schema.join()}); run all shards with the same version`,
        );
      }
      if (p && !p.columns.article_id) {
        throw new RangeError(
          `Cannot merge table "${name}": it has no article_id column`,
        );
      }
    }
    const ranges = parts.map((p) =>
      p ? articleRanges(p.columns.article_id) : new Map()
    );
    // Source shard and row of every output row.
    const srcShard: number[] = [];
    const srcRow: number[] = [];
    for (const o of order) {
      const r = ranges[o.shard].get(o.id);
      if (!r) continue;
      for (let i = r[0]; i < r[1]; i++) {
        srcShard.push(o.shard);
        srcRow.push(i);
      }
    }
    const columns: Record<string, unknown[]> = {};
    for (const c of schema) {
      const sources = parts.map((p) => p?.columns[c] ?? []);
      const col = new Array(srcRow.length);
      for (let i = 0; i < col.length; i++) {
        col[i] = sources[srcShard[i]][srcRow[i]];
      }
      columns[c] = col;
    }
    out[name] = { names: schema, columns };
  }
  return out;
}

/**
 * The problems of a sharded run: every shard read the whole corpus, so
 * shard 0's list holds every reading problem; the others add only what
 * their own analysis found (an article whose analysis failed).
 */
export function mergeProblems(
  shards: readonly ShardData[],
): CorpusProblem[] {
  const out = [...(shards[0]?.problems ?? [])];
  const seen = new Set(out.map((p) => JSON.stringify(p)));
  for (const s of shards.slice(1)) {
    for (const p of s.problems) {
      const key = JSON.stringify(p);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(p);
      }
    }
  }
  return out;
}
