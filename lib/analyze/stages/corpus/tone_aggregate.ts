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
import {
  bootstrapClusterMean,
  bootstrapMean,
  type Cluster,
  hashString,
} from "../../../stats/bootstrap.ts";
import { round4 } from "../../../sentiment/format_evidence.ts";

/** Seed of every tone interval (combined with the group key). */
export const TONE_SEED = 20260101;

const UNASSIGNED = ["unassigned"];

interface Group {
  keys: string[];
  /** The scores, for the mention bootstrap (per-article groups only). */
  scores: number[];
  n: number;
  negative: number;
  positive: number;
  /**
   * Sum and count of scores per article, for the cluster bootstrap
   * (per-conflict groups only; its size is the group's article count).
   */
  clusters: Map<string, Cluster> | undefined;
}

/** Groups by their first key, then by actor. */
type Groups = Map<string, Map<string, Group>>;

function summarizeGroups(
  groups: Groups,
  schema: readonly string[],
  keyNames: string[],
): Table {
  // Each group's key (first key, NUL, actor) orders the rows and seeds
  // its interval; it is built once per group, not per mention.
  const byKey = new Map<string, Group>();
  for (const inner of groups.values()) {
    for (const g of inner.values()) byKey.set(g.keys.join("\u0000"), g);
  }
  const ordered = [...byKey.keys()].sort((x, y) => x < y ? -1 : x > y ? 1 : 0);
  const size = ordered.length;
  const cols: Record<string, unknown[]> = {
    n: new Array(size),
    n_articles: new Array(size),
    mean_score: new Array(size),
    ci_low: new Array(size),
    ci_high: new Array(size),
    share_negative: new Array(size),
    share_positive: new Array(size),
  };
  for (const k of keyNames) cols[k] = new Array(size);
  for (let r = 0; r < size; r++) {
    const key = ordered[r];
    const g = byKey.get(key)!;
    const seed = TONE_SEED ^ hashString(key);
    const ci = g.clusters
      ? bootstrapClusterMean([...g.clusters.values()], { seed })
      : bootstrapMean(g.scores, { seed });
    cols.n[r] = g.n;
    cols.n_articles[r] = g.clusters ? g.clusters.size : 1;
    cols.mean_score[r] = round4(ci.mean);
    cols.ci_low[r] = round4(ci.low);
    cols.ci_high[r] = round4(ci.high);
    cols.share_negative[r] = round4(g.negative / g.n);
    cols.share_positive[r] = round4(g.positive / g.n);
    for (let i = 0; i < keyNames.length; i++) cols[keyNames[i]][r] = g.keys[i];
  }
  return aq.table(Object.fromEntries(schema.map((c) => [c, cols[c]])));
}

/**
 * Add one mention to the group of `first` × `actor`: per-article groups
 * keep the scores, per-conflict groups (`cluster`) the per-article sums.
 */
function add(
  groups: Groups,
  first: string,
  actor: string,
  score: number,
  label: string,
  article: string,
  cluster: boolean,
): void {
  let inner = groups.get(first);
  if (!inner) groups.set(first, inner = new Map());
  let g = inner.get(actor);
  if (!g) {
    g = {
      keys: [first, actor],
      scores: [],
      n: 0,
      negative: 0,
      positive: 0,
      clusters: cluster ? new Map() : undefined,
    };
    inner.set(actor, g);
  }
  g.n++;
  if (label === "negative") g.negative++;
  else if (label === "positive") g.positive++;
  if (!g.clusters) {
    g.scores.push(score);
    return;
  }
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
  const byArticle: Groups = new Map();
  const byConflict: Groups = new Map();
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
      const sc = Number(score[i]);
      add(byArticle, a, who, sc, label[i], a, false);
      for (const c of conflictsOf.get(a) ?? UNASSIGNED) {
        add(byConflict, c, who, sc, label[i], a, true);
      }
    }
  }
  return {
    tone_by_article: summarizeGroups(byArticle, TONE_BY_ARTICLE, [
      "article_id",
      "actor_id",
    ]),
    tone_by_conflict: summarizeGroups(byConflict, TONE_BY_CONFLICT, [
      "conflict_id",
      "actor_id",
    ]),
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
