/**
 * Keyness of one conflict's coverage against the rest of the corpus, safe
 * on any corpus: a conflict that covers every article (or none) has nothing
 * to be compared with, and gives an empty table instead of an error.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { articlesInConflict } from "./articles_in_conflict.ts";
import { type KeynessOptions, textstatKeyness } from "./keyness.ts";

/** Options for {@linkcode conflictKeyness}. */
export interface ConflictKeynessOptions extends KeynessOptions {
  /** (`article_id`, `conflict_id`) rows; replaces `articles.conflict`. */
  articleConflicts?: Table;
}

/**
 * `textstatKeyness` of the articles assigned to `conflictId` against all
 * other articles; the same columns (`feature`, `g2`, `p`, `n_target`,
 * `n_reference`), empty when the conflict has no article or every one.
 *
 * @example A conflict that is the whole corpus
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { conflictKeyness } from "./conflict_keyness.ts";
 * const articles = aq.table({ article_id: ["a"], conflict: ["iraq"] });
 * const tokens = aq.table({ article_id: ["a"], lower: ["bagdad"], is_word: [true] });
 * assert.equal(conflictKeyness(tokens, articles, "iraq").numRows(), 0);
 * ```
 */
export function conflictKeyness(
  tokens: Table,
  articles: Table,
  conflictId: string,
  options: ConflictKeynessOptions = {},
): ColumnTable {
  const { articleConflicts, ...keyness } = options;
  const ids = articlesInConflict(articles, conflictId, articleConflicts);
  if (ids.length === 0 || ids.length >= articles.numRows()) {
    return aq.table({
      feature: [],
      g2: [],
      p: [],
      n_target: [],
      n_reference: [],
    });
  }
  return textstatKeyness(tokens, ids, keyness) as ColumnTable;
}

/**
 * The conflict whose keyness says most: the one with the most articles
 * among those that leave some article out (ties by id); `undefined` when
 * no conflict does (one conflict, or one article).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { keyConflict } from "./conflict_keyness.ts";
 * const articles = aq.table({
 *   article_id: ["a", "b", "c"], conflict: ["iraq", "iraq", "syria"],
 * });
 * assert.equal(keyConflict(articles), "iraq");
 * ```
 */
export function keyConflict(
  articles: Table,
  articleConflicts?: Table,
): string | undefined {
  const counts = new Map<string, number>();
  const ids = articleConflicts
    ? articleConflicts.array("conflict_id") as string[]
    : (articles.array("conflict") as string[]).flatMap((c) =>
      String(c ?? "").split(";").filter(Boolean)
    );
  for (const c of new Set(ids)) {
    counts.set(c, articlesInConflict(articles, c, articleConflicts).length);
  }
  const n = articles.numRows();
  return [...counts].filter(([, k]) => k > 0 && k < n)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]
    ?.[0];
}
