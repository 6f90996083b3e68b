/**
 * Outlets and time: articles grouped by outlet or by period, the measures
 * of each group (actor prominence, tone toward actors, frame shares, with
 * bootstrap intervals), and permutation tests between groups with effect
 * sizes and a Benjamini–Hochberg correction across all comparisons made,
 * each stated in words.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { hashString } from "./bootstrap.ts";
import { compare } from "./_groups.ts";
import { benjaminiHochberg } from "./fdr.ts";
import { choosePeriodUnit, periodOf, type PeriodUnit } from "./periods.ts";
import {
  bootstrapRatio,
  type PermutationOptions,
  permutationTest,
  type RatioUnit,
} from "./permutation.ts";
import { actorProminence } from "./prominence.ts";

/** Articles assigned to groups (an outlet, or a period). */
export interface ArticleGrouping {
  by: "outlet" | "period";
  /** The period unit, when `by` is "period". */
  unit?: PeriodUnit;
  /** article_id → group; articles without a group are left out. */
  groups: Map<string, string>;
  /** Groups in order (outlets by articles then name; periods in time). */
  order: string[];
  /** Articles left out (no date, or a date spanning several periods). */
  left_out: number;
}

/**
 * Group articles by outlet or by period (`unit` chosen from the span
 * unless given).
 */
export function groupArticles(
  articles: Table,
  by: "outlet" | "period",
  unit?: PeriodUnit,
): ArticleGrouping {
  const ids = articles.array("article_id") as string[];
  const groups = new Map<string, string>();
  let left_out = 0;
  if (by === "outlet") {
    const outlets = articles.array("outlet") as string[];
    ids.forEach((id, i) =>
      groups.set(String(id), String(outlets[i] || "unknown"))
    );
  } else {
    const dates = (articles.array("date") as unknown[]).map((d) =>
      String(d ?? "")
    );
    unit ??= choosePeriodUnit(dates);
    ids.forEach((id, i) => {
      const p = periodOf(dates[i], unit!);
      if (p === null) left_out++;
      else groups.set(String(id), p);
    });
  }
  const counts = new Map<string, number>();
  for (const g of groups.values()) counts.set(g, (counts.get(g) ?? 0) + 1);
  const order = [...counts.keys()].sort((a, b) =>
    by === "period"
      ? compare(a, b)
      : counts.get(b)! - counts.get(a)! || compare(a, b)
  );
  return { by, unit, groups, order, left_out };
}

/** The `group` of each article as a table (article_id, group). */
export function groupTable(g: ArticleGrouping): ColumnTable {
  const rows = [...g.groups].map(([article_id, group]) => ({
    article_id,
    group,
  }));
  return aq.table({
    article_id: rows.map((r) => r.article_id),
    group: rows.map((r) => r.group),
  });
}

/**
 * Mentions per 1,000 words of each actor in each group (articles pooled):
 * `group`, `actor_id`, `n_mentions`, `n_words`, `per_1000`.
 */
export function prominenceByGroup(
  mentions: Table,
  articles: Table,
  g: ArticleGrouping,
): Table {
  const assignment = groupTable(g).rename({ group: "conflict_id" });
  return (actorProminence(mentions, articles, {
    by: "conflict",
    articleConflicts: assignment,
  }) as ColumnTable).rename({ conflict_id: "group" });
}

/** Per article and frame: sentences with the frame / sentences. */
export function frameUnits(
  frames: Table,
  articles: Table,
): Map<string, Map<string, RatioUnit>> {
  const ids = articles.array("article_id") as string[];
  const nSent = articles.array("n_sentences") as number[];
  const seen = new Set<string>();
  const hits = new Map<string, Map<string, number>>();
  const fa = frames.array("article_id") as string[];
  const fs = frames.array("sentence_id") as string[];
  const ff = frames.array("frame_id") as string[];
  for (let i = 0; i < fa.length; i++) {
    const key = `${fs[i]}\u0000${ff[i]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const m = hits.get(ff[i]) ?? new Map<string, number>();
    m.set(fa[i], (m.get(fa[i]) ?? 0) + 1);
    hits.set(ff[i], m);
  }
  const out = new Map<string, Map<string, RatioUnit>>();
  for (const f of [...hits.keys()].sort(compare)) {
    const m = new Map<string, RatioUnit>();
    ids.forEach((id, i) => {
      const k = hits.get(f)!.get(id) ?? 0;
      m.set(String(id), { sum: k, sumSq: k, n: Number(nSent[i]) });
    });
    out.set(f, m);
  }
  return out;
}

/**
 * Per actor and article: mentions / words (times 1,000 for "per 1,000
 * words"); every article counts, with 0 where the actor is not mentioned.
 */
export function prominenceUnits(
  mentions: Table,
  articles: Table,
): Map<string, Map<string, RatioUnit>> {
  const ids = (articles.array("article_id") as string[]).map(String);
  const words = articles.array("n_words") as number[];
  const counts = new Map<string, Map<string, number>>();
  const ma = mentions.array("article_id") as string[];
  const mact = mentions.array("actor_id") as (string | null)[];
  for (let i = 0; i < ma.length; i++) {
    if (mact[i] === null || mact[i] === "") continue;
    const m = counts.get(String(mact[i])) ?? new Map<string, number>();
    m.set(String(ma[i]), (m.get(String(ma[i])) ?? 0) + 1);
    counts.set(String(mact[i]), m);
  }
  const out = new Map<string, Map<string, RatioUnit>>();
  for (const actor of [...counts.keys()].sort(compare)) {
    const m = new Map<string, RatioUnit>();
    ids.forEach((id, i) => {
      const k = counts.get(actor)!.get(id) ?? 0;
      m.set(id, { sum: k, sumSq: k, n: Number(words[i]) });
    });
    out.set(actor, m);
  }
  return out;
}

/**
 * The `top` items with the largest pooled sum (most sentences with the
 * frame, most mentions), ties by id.
 */
export function topItems(
  units: Map<string, Map<string, RatioUnit>>,
  top: number,
): string[] {
  return [...units]
    .map(([item, m]) => {
      let s = 0;
      for (const u of m.values()) s += Math.abs(u.sum);
      return [item, s] as const;
    })
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .slice(0, top)
    .map(([item]) => item);
}

/** Per actor and article: the sum, sum of squares and count of tone scores. */
export function toneUnits(tone: Table): Map<string, Map<string, RatioUnit>> {
  const out = new Map<string, Map<string, RatioUnit>>();
  const a = tone.array("article_id") as string[];
  const act = tone.array("actor_id") as string[];
  const sc = tone.array("score") as number[];
  for (let i = 0; i < a.length; i++) {
    const x = Number(sc[i]);
    if (!Number.isFinite(x)) continue;
    for (const key of [String(act[i]), ALL_ACTORS]) {
      const m = out.get(key) ?? new Map<string, RatioUnit>();
      const u = m.get(a[i]) ?? { sum: 0, sumSq: 0, n: 0 };
      u.sum += x;
      u.sumSq += x * x;
      u.n++;
      m.set(a[i], u);
      out.set(key, m);
    }
  }
  return out;
}

/** The key of {@linkcode toneUnits} pooling every actor. */
export const ALL_ACTORS = "(all actors)";

function unitsOf(
  units: Map<string, RatioUnit>,
  g: ArticleGrouping,
  group: string,
): RatioUnit[] {
  const out: RatioUnit[] = [];
  for (const [id, u] of units) {
    if (g.groups.get(id) === group && u.n > 0) out.push(u);
  }
  return out;
}

/**
 * A measure per group with a bootstrap interval (articles resampled):
 * `group`, `item` (frame or actor), `n_articles`, `n`, `value`, `low`, `high`.
 */
export function measureByGroup(
  units: Map<string, Map<string, RatioUnit>>,
  g: ArticleGrouping,
  items: readonly string[] = [...units.keys()],
): Table {
  const rows: Record<string, unknown>[] = [];
  for (const group of g.order) {
    for (const item of items) {
      const us = unitsOf(units.get(item) ?? new Map(), g, group);
      if (us.length === 0) continue;
      const r = bootstrapRatio(us, { seed: hashString(`${group}|${item}`) });
      rows.push({
        group,
        item,
        n_articles: us.length,
        n: us.reduce((s, u) => s + u.n, 0),
        value: r.value,
        low: r.low,
        high: r.high,
      });
    }
  }
  return rows.length ? aq.from(rows) : aq.table({
    group: [],
    item: [],
    n_articles: [],
    n: [],
    value: [],
    low: [],
    high: [],
  });
}

/**
 * Which pairs of groups to compare: every pair of the `maxOutlets` largest
 * outlets; consecutive periods, and the first against the last.
 */
export function groupPairs(
  g: ArticleGrouping,
  maxOutlets = 6,
): [string, string][] {
  const pairs: [string, string][] = [];
  if (g.by === "period") {
    for (let i = 1; i < g.order.length; i++) {
      pairs.push([g.order[i - 1], g.order[i]]);
    }
  } else {
    const top = g.order.slice(0, maxOutlets);
    for (let i = 0; i < top.length; i++) {
      for (let j = i + 1; j < top.length; j++) pairs.push([top[i], top[j]]);
    }
  }
  return pairs;
}

/** One measure to compare: its units per item, and how to state it. */
export interface ComparedMeasure {
  measure: "frame share" | "mean tone";
  units: Map<string, Map<string, RatioUnit>>;
  items: readonly string[];
  /** Display name of an item (frame label, actor name). */
  label?: (item: string) => string;
}

/**
 * Permutation tests of every measure and item between every pair of groups,
 * with a Benjamini–Hochberg q-value across all of them and a sentence
 * stating each. Pairs where a group has fewer than `minArticles` articles
 * are not tested.
 */
export function compareGroups(
  measures: readonly ComparedMeasure[],
  g: ArticleGrouping,
  options: PermutationOptions & { minArticles?: number } = {},
): Table {
  const min = options.minArticles ?? 2;
  const rows: Record<string, unknown>[] = [];
  for (const m of measures) {
    for (const item of m.items) {
      const units = m.units.get(item);
      if (!units) continue;
      for (const [ga, gb] of groupPairs(g)) {
        const a = unitsOf(units, g, ga), b = unitsOf(units, g, gb);
        if (a.length < min || b.length < min) continue;
        const r = permutationTest(a, b, {
          ...options,
          kind: m.measure === "frame share" ? "share" : "mean",
          seed: hashString(`${m.measure}|${item}|${ga}|${gb}`),
        });
        if (!Number.isFinite(r.p)) continue;
        rows.push({
          measure: m.measure,
          item,
          label: m.label?.(item) ?? item,
          group_a: ga,
          group_b: gb,
          ...r,
        });
      }
    }
  }
  const q = benjaminiHochberg(rows.map((r) => r.p as number));
  rows.forEach((r, i) => {
    r.q = q[i];
    r.statement = stateComparison(r as unknown as ComparisonRow);
  });
  const cols = [
    "measure",
    "item",
    "label",
    "group_a",
    "group_b",
    "a",
    "b",
    "diff",
    "low",
    "high",
    "effect",
    "p",
    "q",
    "articles_a",
    "articles_b",
    "n_a",
    "n_b",
    "statement",
  ];
  return rows.length
    ? aq.from(rows).select(cols).orderby(
      "q",
      "measure",
      "item",
      "group_a",
      "group_b",
    )
    : aq.table(Object.fromEntries(cols.map((c) => [c, []])));
}

/**
 * Recompute q-values over all rows of one or more {@linkcode compareGroups}
 * tables (concatenated), so that the false-discovery rate holds for every
 * comparison reported together, and restate each row with its new q.
 */
export function adjustAcross(comparisons: ColumnTable): ColumnTable {
  const rows = comparisons.objects() as Record<string, unknown>[];
  const q = benjaminiHochberg(rows.map((r) => Number(r.p)));
  rows.forEach((r, i) => {
    r.q = q[i];
    r.statement = stateComparison(r as unknown as ComparisonRow);
  });
  return rows.length
    ? aq.from(rows).orderby("q", "measure", "item", "group_a", "group_b")
    : comparisons;
}

/** One row of {@linkcode compareGroups}. */
export interface ComparisonRow {
  measure: string;
  label: string;
  group_a: string;
  group_b: string;
  a: number;
  b: number;
  diff: number;
  low: number;
  high: number;
  effect: number;
  p: number;
  q: number;
}

/** "Military action" → "military action", as the label runs in a sentence. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const pts = (x: number) => {
  const r = Math.round(x * 100);
  return r < 0 ? `−${-r}` : `${r}`;
};
const signed = (x: number) => (x < 0 ? "−" : "") + Math.abs(x).toFixed(2);
const qText = (
  q: number,
) => (q < 0.001 ? "q < 0.001" : `q = ${q.toFixed(q < 0.01 ? 3 : 2)}`);

/**
 * A comparison in words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stateComparison } from "./group_compare.ts";
 * assert.equal(
 *   stateComparison({ measure: "frame share", label: "humanitarian", group_a: "A", group_b: "B",
 *     a: 0.18, b: 0.09, diff: 0.09, low: 0.04, high: 0.14, effect: 0.27, p: 0.004, q: 0.01 }),
 *   "A used the humanitarian frame in 18% of sentences, B in 9%; difference 9 points, 95% interval 4 to 14, q = 0.01 (Cohen's h 0.27).",
 * );
 * ```
 */
export function stateComparison(r: ComparisonRow): string {
  if (r.measure === "frame share") {
    return `${r.group_a} used the ${lowerFirst(r.label)} frame in ${
      pct(r.a)
    } of sentences, ${r.group_b} in ${pct(r.b)}; difference ${
      pts(r.diff)
    } points, 95% interval ${pts(r.low)} to ${pts(r.high)}, ${
      qText(r.q)
    } (Cohen's h ${signed(r.effect)}).`;
  }
  return `Tone toward ${r.label}: ${r.group_a} ${signed(r.a)}, ${r.group_b} ${
    signed(r.b)
  } on average; difference ${signed(r.diff)}, 95% interval ${
    signed(r.low)
  } to ${signed(r.high)}, ${qText(r.q)} (Cohen's d ${
    Number.isFinite(r.effect) ? signed(r.effect) : "n/a"
  }).`;
}
