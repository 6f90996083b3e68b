/**
 * The `actors` table: the gazetteer in use, one row per actor, so that
 * mentions can be joined to labels and types and a run records the
 * gazetteer it used.
 *
 * @module
 */
import * as aq from "arquero";
import type { CorpusStage } from "../types.ts";
import { ACTORS } from "../../schemas.ts";
import type { Gazetteer } from "../../../actors/gazetteer.ts";
import type { Columns } from "../../table_builder.ts";

/** The gazetteer as columns (lists joined with ";"). */
export function gazetteerColumns(gazetteer: Gazetteer): Columns {
  const cols: Columns = Object.fromEntries(ACTORS.map((c) => [c, []]));
  for (const a of gazetteer.actors) {
    cols.actor_id.push(a.id);
    cols.label_de.push(a.label_de);
    cols.label_en.push(a.label_en);
    cols.type.push(a.type);
    cols.affiliation.push(a.affiliation);
    cols.names.push(a.names.join(";"));
    cols.abbreviations.push(a.abbreviations.join(";"));
    cols.demonyms.push(a.demonyms.join(";"));
    cols.metonyms.push(
      a.metonyms.map((m) => `${m.surface}@${m.context}`).join(";"),
    );
    cols.source.push(a.source);
  }
  return cols;
}

/** Adds the `actors` table. */
export const actorsStage: CorpusStage = {
  name: "actors",
  reads: [],
  adds: { actors: ACTORS },
  run(_tables, resources) {
    return { actors: aq.table(gazetteerColumns(resources.gazetteer)) };
  },
};
