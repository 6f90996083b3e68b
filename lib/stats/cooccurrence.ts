/**
 * Actor co-occurrence: how many sentences (or articles) mention two actors
 * together.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import { column, compare } from "./_groups.ts";
import { actorReadingsOnly } from "./actor_readings.ts";

/** Options for {@linkcode actorCooccurrence}. */
export interface CooccurrenceOptions {
  /** Unit within which two actors co-occur. @default "sentence" */
  unit?: "sentence" | "article";
  /** Column of `mentions` holding the actor. @default "actor_id" */
  actor?: string;
}

/**
 * Count, for every pair of actors, the units (sentences or articles) in
 * which both are mentioned; several mentions of one actor in a unit count
 * once. Only actor readings count (places and unresolved roles do not).
 *
 * Returns a table with columns `actor_a`, `actor_b` (`actor_a < actor_b`),
 * `n_units` (sentences or articles shared), `n_articles`, and `units`: the
 * ";"-separated `sentence_id`s (or `article_id`s) behind the count, so every
 * edge can be traced to its sentences. Sorted by `n_units` descending, then
 * by the pair.
 *
 * @example Two actors in one sentence
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { actorCooccurrence } from "./cooccurrence.ts";
 * const mentions = aq.table({
 *   article_id: ["a", "a", "a"],
 *   sentence_id: ["a:s0", "a:s0", "a:s1"],
 *   actor_id: ["usa", "iraq", "usa"],
 * });
 * const t = actorCooccurrence(mentions);
 * assert.ok(t.numRows() === 1 && t.get("units", 0) === "a:s0");
 * ```
 */
export function actorCooccurrence(
  mentions: Table,
  options: CooccurrenceOptions = {},
): Table {
  mentions = actorReadingsOnly(mentions);
  const unitCol = (options.unit ?? "sentence") === "sentence"
    ? "sentence_id"
    : "article_id";
  const units = column(mentions, unitCol, "mentions");
  const articles = column(mentions, "article_id", "mentions");
  const actors = column(mentions, options.actor ?? "actor_id", "mentions");
  // Actors per unit, in first-seen unit order.
  const byUnit = new Map<string, { article: string; actors: Set<string> }>();
  for (let i = 0; i < units.length; i++) {
    const a = actors[i];
    if (a === null || a === undefined || a === "") continue;
    const u = String(units[i]);
    let e = byUnit.get(u);
    if (!e) {
      byUnit.set(u, e = { article: String(articles[i]), actors: new Set() });
    }
    e.actors.add(String(a));
  }
  const pairs = new Map<
    string,
    { a: string; b: string; units: string[]; articles: Set<string> }
  >();
  for (const [u, e] of byUnit) {
    const list = [...e.actors].sort(compare);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}\u0000${list[j]}`;
        let p = pairs.get(key);
        if (!p) {
          pairs.set(
            key,
            p = { a: list[i], b: list[j], units: [], articles: new Set() },
          );
        }
        p.units.push(u);
        p.articles.add(e.article);
      }
    }
  }
  const rows = [...pairs.values()].sort((x, y) =>
    y.units.length - x.units.length || compare(x.a, y.a) || compare(x.b, y.b)
  );
  return aq.table({
    actor_a: rows.map((r) => r.a),
    actor_b: rows.map((r) => r.b),
    n_units: rows.map((r) => r.units.length),
    n_articles: rows.map((r) => r.articles.size),
    units: rows.map((r) => r.units.join(";")),
  });
}
