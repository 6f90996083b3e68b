/**
 * Per-actor aggregates of tone, computed two ways that must agree: with
 * Arquero over in-memory tables, and with DuckDB over Parquet shards (the
 * path for corpora larger than memory).
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { queryShards } from "./duckdb_shards.ts";

/** One actor's aggregate: mentions scored, mean tone, articles. */
export interface ActorAggregate {
  actor_id: string;
  n: number;
  mean_score: number;
  n_articles: number;
}

/** Per-actor aggregates of a `tone` table (actor_id, article_id, score). */
export function actorAggregates(tone: ColumnTable): ActorAggregate[] {
  return tone
    .groupby("actor_id")
    .rollup({
      n: aq.op.count(),
      mean_score: aq.op.mean("score"),
      n_articles: aq.op.distinct("article_id"),
    })
    .orderby("actor_id")
    .objects() as ActorAggregate[];
}

/** The same aggregates in SQL, over the `tone` shards. */
export const ACTOR_AGGREGATES_SQL = `
select actor_id,
       count(*) as n,
       avg(score) as mean_score,
       count(distinct article_id) as n_articles
from {tone}
group by actor_id
order by actor_id`;

/** Per-actor aggregates computed by DuckDB over the shards in `dir`. */
export async function actorAggregatesFromShards(
  dir: string,
): Promise<ActorAggregate[]> {
  return (await queryShards(
    dir,
    ACTOR_AGGREGATES_SQL,
  )) as unknown as ActorAggregate[];
}
