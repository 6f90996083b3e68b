import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import * as aq from "arquero";
import { mulberry32 } from "../../lib/util/prng.ts";
import {
  actorAggregates,
  actorAggregatesFromShards,
} from "../../lib/io/actor_aggregates.ts";
import { writeParquetShard } from "../../lib/io/parquet_shards.ts";

Deno.test("actorAggregatesFromShards() over shards equals actorAggregates() in memory", async () => {
  const rand = mulberry32(7);
  const actors = ["usa", "iraq", "nato", "russia", "islamic_state"];
  const rows = Array.from({ length: 3000 }, (_, i) => ({
    mention_id: `a${Math.floor(i / 40)}:m${i % 40}`,
    article_id: `a${Math.floor(i / 40)}`,
    actor_id: actors[Math.floor(rand() * actors.length)],
    score: Math.round((rand() * 2 - 1) * 1000) / 1000,
  }));
  const tone = aq.from(rows);
  const dir = await Deno.makeTempDir();
  try {
    // Three shards, as three batches of articles would give.
    for (let b = 0; b < 3; b++) {
      writeParquetShard(
        { tone: aq.from(rows.slice(b * 1000, (b + 1) * 1000)) },
        dir,
        b,
      );
    }
    const fromShards = await actorAggregatesFromShards(dir);
    const inMemory = actorAggregates(tone);
    assertEquals(
      fromShards.map((r) => r.actor_id),
      inMemory.map((r) => r.actor_id),
    );
    for (let i = 0; i < inMemory.length; i++) {
      assertEquals(fromShards[i].n, inMemory[i].n);
      assertEquals(fromShards[i].n_articles, inMemory[i].n_articles);
      assert(
        Math.abs(fromShards[i].mean_score - inMemory[i].mean_score) < 1e-9,
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
