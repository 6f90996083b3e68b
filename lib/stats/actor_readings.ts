/**
 * Analyses of actors (co-occurrence, actor × frame) count only mentions read
 * as actors: a state named as a place ("in Syrien") and a role left
 * unresolved are not actors there. Prominence counts both readings.
 *
 * @module
 */
import type { Table } from "arquero";

/**
 * The rows of a `mentions` table with `reading` = `actor` and an actor id;
 * a table without a `reading` column is returned as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { actorReadingsOnly } from "./actor_readings.ts";
 * const m = aq.table({ actor_id: ["syria", "syria", ""], reading: ["actor", "place", "actor"] });
 * assert.equal(actorReadingsOnly(m).numRows(), 1);
 * ```
 */
export function actorReadingsOnly(mentions: Table): Table {
  const names = mentions.columnNames();
  if (!names.includes("reading")) return mentions;
  const reading = mentions.array("reading") as string[];
  const actor = names.includes("actor_id")
    ? mentions.array("actor_id") as string[]
    : null;
  const keep: number[] = [];
  for (let i = 0; i < reading.length; i++) {
    if (reading[i] !== "place" && (!actor || actor[i] !== "")) keep.push(i);
  }
  return keep.length === reading.length
    ? mentions
    : mentions.reify(keep) as Table;
}
