/**
 * Actor prominence: how often each actor is mentioned per 1,000 words of
 * running text, per article or per conflict.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import { column, compare, conflictsByArticle } from "./_groups.ts";

/** Options for {@linkcode actorProminence}. */
export interface ProminenceOptions {
  /**
   * Unit of comparison: each article, or each conflict (all articles
   * assigned to it pooled; an article in two conflicts counts in both).
   * @default "article"
   */
  by?: "article" | "conflict";
  /** Column of `mentions` holding the actor. @default "actor_id" */
  actor?: string;
  /**
   * Table with `article_id` and `conflict_id` assigning articles to
   * conflicts. @default the ";"-separated `conflict` column of `articles`
   */
  articleConflicts?: Table;
}

/**
 * Count mentions per actor and unit and divide by the unit's word count
 * (`articles.n_words`, word tokens of running text): mentions per 1,000
 * words. Mentions without an actor are skipped.
 *
 * Returns a table with columns `article_id` (or `conflict_id` with
 * `by: "conflict"`), `actor_id`, `n_mentions`, `n_words`, `per_1000`;
 * units in article order (conflicts by id), within a unit actors by
 * `per_1000` descending, then id. Only actors mentioned in a unit appear.
 *
 * @example Mentions per 1,000 words in one article
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { actorProminence } from "./prominence.ts";
 * const articles = aq.table({ article_id: ["a"], n_words: [500], conflict: ["iraq"] });
 * const mentions = aq.table({ article_id: ["a", "a"], actor_id: ["usa", "usa"] });
 * const t = actorProminence(mentions, articles);
 * assert.ok(t.get("per_1000", 0) === 4);
 * ```
 */
export function actorProminence(
  mentions: Table,
  articles: Table,
  options: ProminenceOptions = {},
): Table {
  const by = options.by ?? "article";
  const actorCol = options.actor ?? "actor_id";
  const articleIds = column(articles, "article_id", "articles").map(String);
  const words = column(articles, "n_words", "articles").map(Number);
  const groupsOf = by === "conflict"
    ? conflictsByArticle(articles, options.articleConflicts)
    : new Map(articleIds.map((id) => [id, [id]]));
  const groupWords = new Map<string, number>();
  const order: string[] = [];
  articleIds.forEach((id, i) => {
    for (const g of groupsOf.get(id) ?? []) {
      if (!groupWords.has(g)) order.push(g);
      groupWords.set(g, (groupWords.get(g) ?? 0) + words[i]);
    }
  });
  if (by === "conflict") order.sort(compare);
  const counts = new Map<string, Map<string, number>>();
  const mArticles = column(mentions, "article_id", "mentions");
  const mActors = column(mentions, actorCol, "mentions");
  for (let i = 0; i < mArticles.length; i++) {
    const actor = mActors[i];
    if (actor === null || actor === undefined || actor === "") continue;
    for (const g of groupsOf.get(String(mArticles[i])) ?? []) {
      let m = counts.get(g);
      if (!m) counts.set(g, m = new Map());
      m.set(String(actor), (m.get(String(actor)) ?? 0) + 1);
    }
  }
  const out = {
    group: [] as string[],
    actor_id: [] as string[],
    n_mentions: [] as number[],
    n_words: [] as number[],
    per_1000: [] as number[],
  };
  for (const g of order) {
    const n = groupWords.get(g) ?? 0;
    const rows = [...(counts.get(g) ?? new Map<string, number>())].sort((
      a,
      b,
    ) => b[1] - a[1] || compare(a[0], b[0]));
    for (const [actor, k] of rows) {
      out.group.push(g);
      out.actor_id.push(actor);
      out.n_mentions.push(k);
      out.n_words.push(n);
      out.per_1000.push(n > 0 ? (1000 * k) / n : 0);
    }
  }
  const { group, ...rest } = out;
  return aq.table({
    [by === "conflict" ? "conflict_id" : "article_id"]: group,
    ...rest,
  });
}
