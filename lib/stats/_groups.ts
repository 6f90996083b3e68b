/**
 * Which conflicts each article belongs to, from `articles.conflict`
 * (";"-separated ids) or from an explicit (article_id, conflict_id) table.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";

/**
 * Map every article id to its conflict ids (sorted, unique). With
 * `articleConflicts` given, its `article_id`/`conflict_id` rows are used;
 * otherwise the `conflict` column of `articles`.
 */
export function conflictsByArticle(
  articles: Table,
  articleConflicts?: Table,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (articleConflicts) {
    const ids = articleConflicts.array("article_id") as unknown[];
    const cs = articleConflicts.array("conflict_id") as unknown[];
    for (let i = 0; i < ids.length; i++) {
      const list = out.get(String(ids[i])) ?? [];
      if (cs[i] !== null && !list.includes(String(cs[i]))) {
        list.push(String(cs[i]));
      }
      out.set(String(ids[i]), list);
    }
  } else {
    const ids = articles.array("article_id") as unknown[];
    const cs = articles.columnNames().includes("conflict")
      ? articles.array("conflict") as unknown[]
      : ids.map(() => "");
    for (let i = 0; i < ids.length; i++) {
      const list = String(cs[i] ?? "").split(";").map((s) => s.trim())
        .filter((s) => s !== "");
      out.set(String(ids[i]), [...new Set(list)]);
    }
  }
  for (const list of out.values()) list.sort(compare);
  return out;
}

/** Code-point order: the same on every machine and locale. */
export function compare(a: unknown, b: unknown): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Read `name` from `table`, or throw a TypeError naming the column. */
export function column(table: Table, name: string, what: string): unknown[] {
  if (!table.columnNames().includes(name)) {
    throw new TypeError(
      `Cannot read ${what}: column "${name}" is missing (columns: ${
        table.columnNames().join(", ")
      }); pass the right column name in the options`,
    );
  }
  return table.array(name) as unknown[];
}

/**
 * Keep the rows of `table` whose `article_id` is in `ids` (all rows when
 * `ids` is undefined): charts take `articleIds` to draw one conflict or a
 * selection.
 */
export function restrict(
  table: Table,
  ids: Iterable<string> | undefined,
): Table {
  if (ids === undefined) return table;
  const keep = new Set(Array.from(ids, String));
  return (table as aq.ColumnTable).filter(
    aq.escape((d: { article_id: unknown }) => keep.has(String(d.article_id))),
  ).reify();
}

/** One table row as an object (what Plot marks take). */
// deno-lint-ignore no-explicit-any
export type Row = Record<string, any>;

/** Rows of a table as objects. */
export function rows(table: Table): Row[] {
  return table.objects() as Row[];
}

/** Does `table` have the column `name`? */
export function has(table: Table, name: string): boolean {
  return table.columnNames().includes(name);
}
