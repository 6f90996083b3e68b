/**
 * The articles assigned to a conflict: the target of a keyness comparison,
 * or the selection for one conflict's charts.
 *
 * @module
 */
import type { Table } from "arquero";
import { conflictsByArticle } from "./_groups.ts";

/**
 * Ids of the articles assigned to `conflictId`, in article order: from the
 * ";"-separated `conflict` column of `articles`, or from an
 * (`article_id`, `conflict_id`) table when given.
 *
 * @example Keyness target for one conflict
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { articlesInConflict } from "./articles_in_conflict.ts";
 * const articles = aq.table({
 *   article_id: ["a", "b", "c"],
 *   conflict: ["iraq_invasion_2003", "russia_ukraine_2022", "iraq_invasion_2003;syria"],
 * });
 * assert.deepEqual(articlesInConflict(articles, "iraq_invasion_2003"), ["a", "c"]);
 * ```
 */
export function articlesInConflict(
  articles: Table,
  conflictId: string,
  articleConflicts?: Table,
): string[] {
  const out: string[] = [];
  for (const [id, list] of conflictsByArticle(articles, articleConflicts)) {
    if (list.includes(conflictId)) out.push(id);
  }
  return out;
}
