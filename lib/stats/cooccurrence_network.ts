/**
 * The co-occurrence network of the most mentioned actors: which actors, how
 * often each is mentioned, and the co-occurrence links between them. The
 * numbers behind the network chart (`networkData` lays them out).
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { actorCooccurrence, type CooccurrenceOptions } from "./cooccurrence.ts";
import { column, compare, restrict, rows } from "./_groups.ts";

/** Options for {@linkcode cooccurrenceNetwork}. */
export interface CooccurrenceNetworkOptions extends CooccurrenceOptions {
  /** Only rows of these articles. @default every article */
  articleIds?: Iterable<string>;
  /** Keep the actors with most mentions, at most this many. @default 25 */
  top?: number;
  /** Keep links shared by at least this many units. @default 1 */
  minCount?: number;
}

/**
 * The `top` most mentioned actors (ties by id) and the links of
 * `actorCooccurrence` between them shared by at least `minCount` units.
 *
 * `actors`: `actor_id`, `n_mentions`, sorted by id. `links`: `actor_a`,
 * `actor_b`, `n_units`, `n_articles`, `units` (the `sentence_id`s or
 * `article_id`s behind the link), in `actorCooccurrence`'s order.
 *
 * @example Two actors in one sentence
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { cooccurrenceNetwork } from "./cooccurrence_network.ts";
 * const mentions = aq.table({
 *   article_id: ["a", "a", "a"], sentence_id: ["a:s0", "a:s0", "a:s1"],
 *   actor_id: ["usa", "iraq", "usa"],
 * });
 * const { actors, links } = cooccurrenceNetwork(mentions);
 * assert.deepEqual(actors.array("n_mentions"), [1, 2]);
 * assert.equal(links.get("units", 0), "a:s0");
 * ```
 */
export function cooccurrenceNetwork(
  mentions: Table,
  options: CooccurrenceNetworkOptions = {},
): { actors: ColumnTable; links: ColumnTable } {
  mentions = restrict(mentions, options.articleIds);
  const actorCol = options.actor ?? "actor_id";
  const counts = new Map<string, number>();
  for (const a of column(mentions, actorCol, "mentions")) {
    if (a === null || a === undefined || a === "") continue;
    counts.set(String(a), (counts.get(String(a)) ?? 0) + 1);
  }
  const kept = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .slice(0, options.top ?? 25).sort((a, b) => compare(a[0], b[0]));
  const keep = new Set(kept.map(([id]) => id));
  const minCount = options.minCount ?? 1;
  const links = rows(
    actorCooccurrence(mentions, { unit: options.unit, actor: actorCol }),
  ).filter((d) =>
    keep.has(d.actor_a) && keep.has(d.actor_b) && d.n_units >= minCount
  );
  return {
    actors: aq.table({
      actor_id: kept.map(([id]) => id),
      n_mentions: kept.map(([, n]) => n),
    }),
    links: aq.table({
      actor_a: links.map((d) => d.actor_a),
      actor_b: links.map((d) => d.actor_b),
      n_units: links.map((d) => d.n_units),
      n_articles: links.map((d) => d.n_articles),
      units: links.map((d) => d.units),
    }),
  };
}
