/**
 * The `candidates` table: the names of the `names` table, counted over the
 * corpus, with an example sentence, most frequent first, so a researcher can
 * see which actors to add to the gazetteer.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import type { CorpusStage } from "../types.ts";
import { CANDIDATES } from "../../schemas.ts";
import type { Columns } from "../../table_builder.ts";

const KIND_ORDER = ["person", "organisation", "place", "unknown"];

/** The most frequent kind; "unknown" only when nothing else was seen. */
function kindOf(kinds: Map<string, number>): string {
  let best = "unknown", n = 0;
  for (const k of KIND_ORDER) {
    const c = kinds.get(k) ?? 0;
    if (k !== "unknown" && c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** Count names (rows of a `names` table) into candidate rows. */
export function candidateColumns(names: Table, sentences: Table): Columns {
  const text = new Map<string, string>();
  const sid = sentences.array("sentence_id") as string[];
  const stext = sentences.array("text") as string[];
  for (let i = 0; i < sid.length; i++) text.set(sid[i], stext[i]);
  const groups = new Map<
    string,
    {
      name: string;
      kinds: Map<string, number>;
      count: number;
      articles: Set<string>;
      sentence: string;
    }
  >();
  const n = names.numRows();
  const art = names.array("article_id") as string[];
  const sen = names.array("sentence_id") as string[];
  const nm = names.array("text") as string[];
  const kd = names.array("kind") as string[];
  for (let i = 0; i < n; i++) {
    let g = groups.get(nm[i]);
    if (!g) {
      g = {
        name: nm[i],
        kinds: new Map(),
        count: 0,
        articles: new Set(),
        sentence: sen[i],
      };
      groups.set(nm[i], g);
    }
    g.count++;
    g.kinds.set(kd[i], (g.kinds.get(kd[i]) ?? 0) + 1);
    g.articles.add(art[i]);
  }
  const rows = [...groups.values()].sort((a, b) =>
    b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
  const cols: Columns = Object.fromEntries(CANDIDATES.map((c) => [c, []]));
  for (const g of rows) {
    cols.name.push(g.name);
    cols.kind.push(kindOf(g.kinds));
    cols.count.push(g.count);
    cols.n_articles.push(g.articles.size);
    cols.sentence_id.push(g.sentence);
    cols.example.push(text.get(g.sentence) ?? "");
  }
  return cols;
}

/** Adds the `candidates` table. */
export const candidatesStage: CorpusStage = {
  name: "candidates",
  reads: ["names", "sentences"],
  adds: { candidates: CANDIDATES },
  run(tables) {
    const cols = candidateColumns(tables.names, tables.sentences);
    return { candidates: aq.table(cols) };
  },
};
