/**
 * Corpus stage: tone per actor, aggregated per article (`tone_by_article`)
 * and per conflict (`tone_by_conflict`: conflicts from `article_conflicts`
 * when the conflicts stage ran, else the articles' manifest `conflict`
 * column; articles without any are grouped under "unassigned").
 *
 * Each row: n mentions, mean score, a 95% percentile bootstrap interval of
 * the mean (exact for up to 6 values, else 1000 resamples with a PRNG seeded from a fixed seed and the group key,
 * so a group's interval does not change when other groups change), and the
 * shares of negative and positive mentions. Within an article, mentions are
 * resampled; across a conflict, whole articles are (a cluster bootstrap),
 * because mentions in one article repeat its view and are not independent.
 * `n_articles` says how many articles stand behind a conflict's interval.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable as Table } from "arquero";
import type { CorpusStage } from "../types.ts";
import { TONE_BY_ARTICLE, TONE_BY_CONFLICT } from "../../schemas.ts";
import type { Columns } from "../../table_builder.ts";
import {
  bootstrapClusterMean,
  bootstrapMean,
  type Cluster,
  hashString,
} from "../../../stats/bootstrap.ts";
import { round4 } from "../../../sentiment/format_evidence.ts";

/** Seed of every tone interval (combined with the group key). */
export const TONE_SEED = 20260101;

interface Group {
  keys: string[];
  scores: number[];
  labels: string[];
  articles: Set<string>;
  /** Sum and count of scores per article, for the cluster bootstrap. */
  clusters: Map<string, Cluster>;
}

function empty(schema: readonly string[]): Columns {
  return Object.fromEntries(schema.map((c) => [c, []]));
}

function summarizeGroups(
  groups: Map<string, Group>,
  schema: readonly string[],
  keyNames: string[],
  cluster: boolean,
): Table {
  const cols = empty(schema);
  const ordered = [...groups.entries()].sort((x, y) =>
    x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0
  );
  for (const [key, g] of ordered) {
    const seed = TONE_SEED ^ hashString(key);
    const ci = cluster
      ? bootstrapClusterMean([...g.clusters.values()], { seed })
      : bootstrapMean(g.scores, { seed });
    const n = g.scores.length;
    const row: Record<string, unknown> = {
      n,
      n_articles: g.articles.size,
      mean_score: round4(ci.mean),
      ci_low: round4(ci.low),
      ci_high: round4(ci.high),
      share_negative: round4(
        g.labels.filter((l) => l === "negative").length / n,
      ),
      share_positive: round4(
        g.labels.filter((l) => l === "positive").length / n,
      ),
    };
    keyNames.forEach((k, i) => row[k] = g.keys[i]);
    for (const c of schema) cols[c].push(row[c]);
  }
  return aq.table(cols);
}

function add(
  groups: Map<string, Group>,
  keys: string[],
  score: number,
  label: string,
  article: string,
): void {
  const key = keys.join("\u0000");
  let g = groups.get(key);
  if (!g) {
    g = {
      keys,
      scores: [],
      labels: [],
      articles: new Set(),
      clusters: new Map(),
    };
    groups.set(key, g);
  }
  g.scores.push(score);
  g.labels.push(label);
  g.articles.add(article);
  const c = g.clusters.get(article);
  if (c) {
    c.sum += score;
    c.n++;
  } else g.clusters.set(article, { sum: score, n: 1 });
}

/**
 * Aggregate a tone table (pure: tables in, new tables out). Conflicts come
 * from `articleConflicts` (the conflicts stage's `article_conflicts`:
 * manifest first, else cues) when given, else from the articles' manifest
 * `conflict` column.
 */
export function aggregateTone(
  tone: Table | undefined,
  articles: Table | undefined,
  articleConflicts?: Table,
): { tone_by_article: Table; tone_by_conflict: Table } {
  const byArticle = new Map<string, Group>();
  const byConflict = new Map<string, Group>();
  const conflictsOf = new Map<string, string[]>();
  if (articleConflicts && articleConflicts.numRows() > 0) {
    const ids = articleConflicts.array("article_id") as unknown as string[];
    const cs = articleConflicts.array("conflict_id") as unknown as string[];
    for (let i = 0; i < ids.length; i++) {
      const list = conflictsOf.get(String(ids[i])) ?? [];
      if (!list.includes(String(cs[i]))) list.push(String(cs[i]));
      conflictsOf.set(String(ids[i]), list);
    }
  } else if (articles && articles.columnNames().includes("conflict")) {
    const ids = articles.array("article_id") as unknown as string[];
    const cs = articles.array("conflict") as unknown as string[];
    for (let i = 0; i < ids.length; i++) {
      const list = String(cs[i] ?? "").split(";").map((s) => s.trim())
        .filter(Boolean);
      if (list.length) conflictsOf.set(String(ids[i]), list);
    }
  }
  if (tone && tone.numRows() > 0) {
    const art = tone.array("article_id") as unknown as string[];
    const actor = tone.array("actor_id") as unknown as string[];
    const score = tone.array("score") as unknown as number[];
    const label = tone.array("label") as unknown as string[];
    for (let i = 0; i < art.length; i++) {
      const a = String(art[i]), who = String(actor[i]);
      add(byArticle, [a, who], Number(score[i]), label[i], a);
      for (const c of conflictsOf.get(a) ?? ["unassigned"]) {
        add(byConflict, [c, who], Number(score[i]), label[i], a);
      }
    }
  }
  return {
    tone_by_article: summarizeGroups(byArticle, TONE_BY_ARTICLE, [
      "article_id",
      "actor_id",
    ], false),
    tone_by_conflict: summarizeGroups(byConflict, TONE_BY_CONFLICT, [
      "conflict_id",
      "actor_id",
    ], true),
  };
}

/** The corpus stage writing `tone_by_article` and `tone_by_conflict`. */
export const toneAggregateStage: CorpusStage = {
  name: "tone_aggregate",
  reads: ["tone", "articles", "article_conflicts"],
  adds: {
    tone_by_article: TONE_BY_ARTICLE,
    tone_by_conflict: TONE_BY_CONFLICT,
  },
  run(tables) {
    return aggregateTone(
      tables.tone,
      tables.articles,
      tables.article_conflicts,
    );
  },
};
