/**
 * Which conflict(s) an article and each of its sentences are about, with
 * the evidence: the conflict's places and cue terms found in the text
 * (matched on token norms, compounds included), the article date against
 * the conflict's period, and the manifest, which wins when it names
 * conflicts. Rules: README, Conflicts.
 *
 * @module
 */
import { splitSentences } from "../text/sentences.ts";
import { CueIndex } from "../text/cue_index.ts";
import { type Token, tokenize } from "../text/tokens.ts";
import { type Conflict, loadConflicts } from "./conflicts_file.ts";
import { dateBounds } from "../corpus/dates.ts";

/** A conflicts file compiled for matching. */
export interface ConflictIndex {
  conflicts: Conflict[];
  index: CueIndex<ConflictTerm>;
  /** Conflicts that list each actor id. */
  actors: Map<string, string[]>;
}

/** One place or cue of one conflict, with its evidence weight. */
export interface ConflictTerm {
  conflict_id: string;
  term: string;
  kind: "place" | "cue";
  /** 1 divided by the number of conflicts that list the same term. */
  weight: number;
}

/** One piece of evidence for a conflict in a sentence. */
export interface ConflictEvidence {
  conflict_id: string;
  kind: "place" | "cue" | "actor";
  /** The term (or actor id) from the conflicts file. */
  term: string;
  start: number;
  end: number;
  weight: number;
}

/** A sentence (or article) assigned to a conflict. */
export interface ConflictRow {
  conflict_id: string;
  score: number;
  /** `kind:term@start-end` items joined by "; " (articles: counts). */
  evidence: string;
}

/** A sentence's conflicts; `source` says where each came from. */
export interface SentenceConflictRow extends ConflictRow {
  sentence: number;
  source: "cue" | "manifest" | "inherited";
}

/**
 * An article's conflicts. `cues (date unknown)`: assigned without a date,
 * on evidence specific to the conflict.
 */
export interface ArticleConflictRow extends ConflictRow {
  source: "manifest" | "cues" | "cues (date unknown)";
}

/** What {@linkcode assignConflicts} returns. */
export interface ConflictAssignment {
  article: ArticleConflictRow[];
  sentences: SentenceConflictRow[];
}

/** Options for {@linkcode assignConflicts}. */
export interface AssignConflictsOptions {
  /** Conflict definitions. @default loadConflicts() */
  conflicts?: Conflict[];
  /** Conflict ids from metadata (array or `;`-separated); they win. */
  conflict?: string[] | string;
  /**
   * Article date (YYYY, YYYY-MM, YYYY-MM-DD or a range FROM..TO), compared
   * to periods.
   */
  date?: string;
}

/** A sentence needs this score to be assigned a conflict of its article. */
export const SENTENCE_MIN_SCORE = 0.5;
/** …and this much for a conflict its article is not assigned to. */
export const SENTENCE_OTHER_MIN_SCORE = 1;
/** An article needs this total score for a cue-based assignment. */
export const ARTICLE_MIN_SCORE = 1;
/** Runner-up conflicts are kept when they reach this share of the best… */
export const RUNNER_UP_SHARE = 0.5;
/** …and this total score (twice {@linkcode ARTICLE_MIN_SCORE}). */
export const RUNNER_UP_MIN_SCORE = 2;
/** Evidence is multiplied by this when the date is inside the period. */
export const IN_PERIOD_FACTOR = 1.5;
/**
 * Evidence is multiplied by this when the date is outside the period: a
 * conflict whose period excludes the article's known date is never
 * assigned, to the article or to any of its sentences.
 */
export const OUT_OF_PERIOD_FACTOR = 0;
/** Weight of an actor mention (split over the conflicts listing it). */
export const ACTOR_WEIGHT = 0.5;

/**
 * Compile conflicts for matching: places and cues into one cue index, each
 * term weighted 1/n when n conflicts list it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileConflicts } from "./assign_conflicts.ts";
 * import { loadConflicts } from "./conflicts_file.ts";
 * const index = compileConflicts(loadConflicts());
 * assert.ok(index.conflicts.length > 10);
 * ```
 */
export function compileConflicts(conflicts: Conflict[]): ConflictIndex {
  const index = new CueIndex<ConflictTerm>();
  // Distinctive terms weigh more: a term listed by n conflicts gives 1/n.
  const keyed: [string, ConflictTerm][] = [];
  const owners = new Map<string, Set<string>>();
  for (const c of conflicts) {
    for (
      const [kind, list] of [["place", c.places], ["cue", c.cues]] as const
    ) {
      for (const term of list) {
        const t: ConflictTerm = { conflict_id: c.id, term, kind, weight: 1 };
        const multi = tokenize(term).filter((x) => x.isWord).length > 1;
        let key: string;
        try {
          key = index.add(term, multi ? "phrase" : "word", t);
        } catch (e) {
          throw new SyntaxError(
            `Cannot read conflict at ${c.source}: ${(e as Error).message}`,
          );
        }
        keyed.push([key, t]);
        const set = owners.get(key) ?? new Set<string>();
        set.add(c.id);
        owners.set(key, set);
      }
    }
  }
  for (const [key, t] of keyed) t.weight = 1 / owners.get(key)!.size;
  const actors = new Map<string, string[]>();
  for (const c of conflicts) {
    for (const a of c.actors) {
      const list = actors.get(a) ?? [];
      list.push(c.id);
      actors.set(a, list);
    }
  }
  return { conflicts, index, actors };
}

/** Places and cues of conflicts in tokens `[from, to)`. */
export function findConflictEvidence(
  tokens: readonly Token[],
  compiled: ConflictIndex,
  from = 0,
  to: number = tokens.length,
): ConflictEvidence[] {
  const out: ConflictEvidence[] = [];
  compiled.index.match(
    tokens,
    (values, _how, first, last) => {
      const start = tokens[first].start;
      const end = tokens[last].end;
      for (const v of values) {
        // One piece of evidence per conflict and token span.
        if (
          out.some((e) => e.start === start && e.conflict_id === v.conflict_id)
        ) continue;
        out.push({
          conflict_id: v.conflict_id,
          kind: v.kind,
          term: v.term,
          start,
          end,
          weight: v.weight,
        });
      }
    },
    from,
    to,
  );
  return out;
}

/**
 * Whether a date (or any day of a partial date or range) lies in a
 * conflict's period; null when the date is unknown.
 */
export function inPeriod(date: string, c: Conflict): boolean | null {
  const r = dateBounds(date);
  if (!r) return null;
  return r[1] >= c.start && (c.end === "" || r[0] <= c.end);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
/** Sums of 1/n weights (1/3 + 1/3 + 1/3) must reach thresholds of 1. */
const EPSILON = 1e-9;

function listConflicts(conflict: string[] | string | undefined): string[] {
  if (conflict === undefined) return [];
  const list = Array.isArray(conflict) ? conflict : conflict.split(";");
  return [...new Set(list.map((c) => c.trim()).filter(Boolean))];
}

const NO_EVIDENCE: ReadonlyMap<string, ConflictEvidence[]> = new Map();
const NO_ACTORS: NonNullable<SentenceTokens["actors"]> = [];

/** The input of {@linkcode assignArticleConflicts}: one analysed sentence. */
export interface SentenceTokens {
  tokens: readonly Token[];
  /** Actor mentions in the sentence, if an actors stage found any. */
  actors?: { actor_id: string; start: number; end: number }[];
}

/**
 * Assign an article and its sentences to conflicts (the rules of README,
 * Conflicts). `text` is the article text the token offsets refer to.
 */
export function assignArticleConflicts(
  text: string,
  sentences: readonly SentenceTokens[],
  compiled: ConflictIndex,
  meta: { conflict?: string[] | string; date?: string } = {},
): ConflictAssignment {
  const factor = new Map<string, number>();
  for (const c of compiled.conflicts) {
    const p = meta.date ? inPeriod(meta.date, c) : null;
    factor.set(
      c.id,
      p === null ? 1 : p ? IN_PERIOD_FACTOR : OUT_OF_PERIOD_FACTOR,
    );
  }
  const perSentence: ReadonlyMap<string, ConflictEvidence[]>[] = [];
  const totals = new Map<string, number>();
  const hasPlaceOrCue = new Set<string>();
  const hasSpecific = new Set<string>();
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const ev = findConflictEvidence(s.tokens, compiled);
    for (const m of s.actors ?? NO_ACTORS) {
      const listed = compiled.actors.get(m.actor_id);
      if (!listed) continue;
      for (const id of listed) {
        ev.push({
          conflict_id: id,
          kind: "actor",
          term: m.actor_id,
          start: m.start,
          end: m.end,
          weight: ACTOR_WEIGHT / listed.length,
        });
      }
    }
    if (ev.length === 0) {
      perSentence.push(NO_EVIDENCE);
      continue;
    }
    const byConflict = new Map<string, ConflictEvidence[]>();
    for (const e of ev) {
      if (factor.get(e.conflict_id) === 0) continue; // outside the period
      if (e.kind !== "actor") {
        hasPlaceOrCue.add(e.conflict_id);
        if (e.weight === 1) hasSpecific.add(e.conflict_id);
      }
      const list = byConflict.get(e.conflict_id) ?? [];
      list.push(e);
      byConflict.set(e.conflict_id, list);
      totals.set(
        e.conflict_id,
        (totals.get(e.conflict_id) ?? 0) +
          e.weight * factor.get(e.conflict_id)!,
      );
      const label = `${e.kind}:${e.term}`;
      const cc = counts.get(e.conflict_id) ?? new Map<string, number>();
      cc.set(label, (cc.get(label) ?? 0) + 1);
      counts.set(e.conflict_id, cc);
    }
    perSentence.push(byConflict);
  }
  const articleEvidence = (id: string) => {
    const items = [...(counts.get(id) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([label, n]) => n > 1 ? `${label}×${n}` : label);
    const c = compiled.conflicts.find((x) => x.id === id);
    const p = c && meta.date ? inPeriod(meta.date, c) : null;
    if (p !== null) {
      items.push(`date:${meta.date} ${p ? "in" : "outside"} period`);
    }
    return items.join("; ");
  };
  const manifest = listConflicts(meta.conflict);
  let article: ArticleConflictRow[];
  if (manifest.length > 0) {
    article = manifest.map((id) => ({
      conflict_id: id,
      source: "manifest",
      score: round(totals.get(id) ?? 0),
      evidence: articleEvidence(id),
    }));
  } else {
    const dated = meta.date !== undefined && dateBounds(meta.date) !== null;
    // Actor mentions alone never assign a conflict (many conflicts share
    // actors); without a date, only a place or cue that this conflict
    // alone lists does.
    const eligible = (id: string) =>
      (dated ? hasPlaceOrCue : hasSpecific).has(id);
    const ranked = [...totals]
      .filter(([id, s]) => s + EPSILON >= ARTICLE_MIN_SCORE && eligible(id))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const best = ranked.length ? ranked[0][1] : 0;
    article = ranked
      .filter(([, s], i) =>
        i === 0 ||
        (s + EPSILON >= RUNNER_UP_MIN_SCORE && s >= RUNNER_UP_SHARE * best)
      )
      .map(([id, s]) => ({
        conflict_id: id,
        source: dated ? "cues" : "cues (date unknown)",
        score: round(s),
        evidence: articleEvidence(id),
      }));
  }
  const assigned = new Set(article.map((a) => a.conflict_id));
  const inheritedSource = manifest.length > 0 ? "manifest" : "inherited";
  const rows: SentenceConflictRow[] = [];
  perSentence.forEach((byConflict, i) => {
    const own: SentenceConflictRow[] = [];
    for (const [id, ev] of byConflict) {
      // A sentence's own conflict needs a place or cue, not actors alone.
      if (!assigned.has(id) && ev.every((e) => e.kind === "actor")) continue;
      let score = 0;
      for (const e of ev) score += e.weight;
      score *= factor.get(id)!;
      const min = assigned.has(id)
        ? SENTENCE_MIN_SCORE
        : SENTENCE_OTHER_MIN_SCORE;
      if (score + EPSILON < min) continue;
      own.push({
        sentence: i,
        conflict_id: id,
        score: round(score),
        evidence: ev.map((e) =>
          `${e.kind}:${text.slice(e.start, e.end)}@${e.start}-${e.end}`
        ).join("; "),
        source: "cue",
      });
    }
    if (own.length > 0) {
      own.sort((a, b) =>
        b.score - a.score || (a.conflict_id < b.conflict_id ? -1 : 1)
      );
      rows.push(...own);
      return;
    }
    for (const a of article) {
      rows.push({
        sentence: i,
        conflict_id: a.conflict_id,
        score: 0,
        evidence: "",
        source: inheritedSource,
      });
    }
  });
  return { article, sentences: rows };
}

let defaultIndex: ConflictIndex | undefined;

/**
 * Assign a German text (an article) and its sentences to conflicts.
 *
 * @example Cue-based assignment of an article without metadata
 * ```ts
 * import assert from "node:assert/strict";
 * import { assignConflicts } from "../mod.ts";
 * const r = assignConflicts(
 *   "In Aleppo wird gekämpft. Die Rebellen halten den Osten der Stadt.",
 *   { date: "2016-08" },
 * );
 * assert.equal(r.article[0].conflict_id, "syrian_civil_war");
 * assert.equal(r.article[0].source, "cues");
 * ```
 *
 * @example Metadata wins over cues
 * ```ts
 * import assert from "node:assert/strict";
 * import { assignConflicts } from "../mod.ts";
 * const r = assignConflicts("In Aleppo wird gekämpft.", {
 *   conflict: "iraq_war_against_is",
 * });
 * assert.equal(r.article.length, 1);
 * assert.equal(r.article[0].source, "manifest");
 * ```
 */
export function assignConflicts(
  text: string,
  options: AssignConflictsOptions = {},
): ConflictAssignment {
  const compiled = options.conflicts
    ? compileConflicts(options.conflicts)
    : (defaultIndex ??= compileConflicts(loadConflicts()));
  const sentences = splitSentences(text).map((s) => ({
    tokens: tokenize(text, s.start, s.end),
  }));
  return assignArticleConflicts(text, sentences, compiled, {
    conflict: options.conflict,
    date: options.date,
  });
}
