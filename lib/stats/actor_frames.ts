/**
 * Actors × frames: how often the sentences that mention an actor carry each
 * frame's cues, over the corpus or within each conflict. The numbers behind
 * the actor × frame chart (`actorFrameData` adds labels to them).
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import { keyword } from "../util/keyword.ts";
import {
  column,
  compare,
  conflictsByArticle,
  has,
  restrict,
} from "./_groups.ts";
import { actorReadingsOnly } from "./actor_readings.ts";

/** Options for {@linkcode actorFrames}. */
export interface ActorFrameCountOptions {
  /** Only rows of these articles (e.g. one conflict's, see `articlesInConflict`). @default every article */
  articleIds?: Iterable<string>;
  /** Column of `mentions` holding the actor. @default "actor_id" */
  actor?: string;
  /** Show the actors mentioned in most sentences, at most this many. @default 15 */
  top?: number;
  /** Show these actors (ids), in this order, instead of the `top` ones. */
  actorIds?: string[];
  /**
   * Pool the whole corpus, or compare conflicts side by side (needs
   * `articles`, and `article_id` in `mentions`). @default "corpus"
   */
  by?: "corpus" | "conflict";
  /** The `articles` table; needed with `by: "conflict"`. */
  articles?: Table;
  /** (`article_id`, `conflict_id`) rows; replaces `articles.conflict`. */
  articleConflicts?: Table;
  /**
   * Count frame cues that are the actor's own mention (the name "USA" is
   * itself a weak geopolitics cue): a cue inside the mention with which the
   * mention begins ("US" in "US-Truppen", not "Truppen"). Off by default:
   * such a cue says nothing about how the actor is framed. Needs
   * `start`/`end` in both tables (and `cue`, `surface` to tell the parts of
   * a compound apart); without offsets every cue counts. @default false
   */
  ownCues?: boolean;
}

interface Cue {
  frame: string;
  start: number;
  end: number;
  /** The codebook cue, folded; "" when the table has no `cue` column. */
  cue: string;
}

interface Own {
  start: number;
  end: number;
  /** The mention as written, folded; "" when unknown. */
  surface: string;
}

// A cue is the actor's own when it lies in the mention and the mention
// starts with it ("USA", "US-Truppen" for the cue "US"), so "Truppen" in
// "US-Truppen" still frames the USA militarily. Without cue text or
// surface, any overlap counts as own.
function isOwnCue(c: Cue, m: Own): boolean {
  if (!(c.start < m.end && m.start < c.end)) return false;
  return c.cue === "" || m.surface === "" || m.surface.startsWith(c.cue);
}

function fold(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * Cross actors with frames through their sentences: for each actor, the
 * sentences that mention it (`mentions`), and among them those with a cue
 * of each frame (`frames`, joined on `sentence_id`), not counting a cue
 * that lies inside the actor's own mention (see `ownCues`).
 *
 * Returns columns (`conflict_id` with `by: "conflict"`, where an actor's
 * sentences are counted within each conflict's articles) `actor_id`,
 * `frame_id`, `n_sentences` (sentences with both), `n_actor_sentences`
 * (sentences mentioning the actor), `share` (the ratio), and
 * `sentence_ids` (";"-separated). Only the `top` actors by sentence count;
 * actors and frames by id.
 *
 * @example One actor, one frame in half its sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { actorFrames } from "./actor_frames.ts";
 * const mentions = aq.table({ sentence_id: ["a:s0", "a:s1"], actor_id: ["usa", "usa"] });
 * const frames = aq.table({ sentence_id: ["a:s1"], frame_id: ["war"] });
 * const t = actorFrames(mentions, frames);
 * assert.equal(t.get("share", 0), 0.5);
 * assert.equal(t.get("sentence_ids", 0), "a:s1");
 * ```
 */
export function actorFrames(
  mentions: Table,
  frames: Table,
  options: ActorFrameCountOptions = {},
): Table {
  mentions = restrict(actorReadingsOnly(mentions), options.articleIds);
  // sentence → its frame cues (with offsets where the table has them)
  const cuesBySentence = new Map<string, Cue[]>();
  const fs = column(frames, "sentence_id", "frames");
  const fids = column(frames, "frame_id", "frames");
  const spans = !options.ownCues && has(frames, "start") &&
    has(frames, "end") && has(mentions, "start") && has(mentions, "end");
  const fst = spans ? frames.array("start") as number[] : [];
  const fen = spans ? frames.array("end") as number[] : [];
  const fcue = spans && has(frames, "cue")
    ? frames.array("cue") as string[]
    : [];
  for (let i = 0; i < fs.length; i++) {
    const s = String(fs[i]);
    let list = cuesBySentence.get(s);
    if (!list) cuesBySentence.set(s, list = []);
    list.push({
      frame: String(fids[i]),
      start: spans ? Number(fst[i]) : -1,
      end: spans ? Number(fen[i]) : -1,
      cue: fcue.length ? fold(String(fcue[i] ?? "")) : "",
    });
  }
  const byConflict =
    keyword(options, "by", ["corpus", "conflict"], "corpus") ===
      "conflict";
  if (byConflict && !options.articles && !options.articleConflicts) {
    throw new TypeError(
      "Cannot cross actors and frames by conflict: no articles given; pass { articles } (or { articleConflicts })",
    );
  }
  const groupsOf = byConflict
    ? conflictsByArticle(
      options.articles ?? aq.table({ article_id: [] }),
      options.articleConflicts,
    )
    : null;
  const ms = column(mentions, "sentence_id", "mentions");
  const mart = groupsOf ? column(mentions, "article_id", "mentions") : [];
  const mas = column(mentions, options.actor ?? "actor_id", "mentions");
  // actor × sentence → the actor's own mention spans there: a cue inside
  // one (the name "USA" is itself a geopolitics cue) says nothing about how
  // the actor is framed.
  const ownSpans = new Map<string, Own[]>();
  if (spans) {
    const mst = mentions.array("start") as number[];
    const men = mentions.array("end") as number[];
    const msf = has(mentions, "surface")
      ? mentions.array("surface") as string[]
      : [];
    for (let i = 0; i < ms.length; i++) {
      const key = `${mas[i]}\u0000${ms[i]}`;
      let list = ownSpans.get(key);
      if (!list) ownSpans.set(key, list = []);
      list.push({
        start: Number(mst[i]),
        end: Number(men[i]),
        surface: msf.length ? fold(String(msf[i] ?? "")) : "",
      });
    }
  }
  // group → actor → sentences mentioning the actor
  const sentencesOf = new Map<string, Map<string, Set<string>>>();
  const total = new Map<string, number>();
  for (let i = 0; i < ms.length; i++) {
    const a = mas[i];
    if (a === null || a === undefined || a === "") continue;
    const groups = groupsOf ? groupsOf.get(String(mart[i])) ?? [] : [""];
    for (const g of groups) {
      let byActor = sentencesOf.get(g);
      if (!byActor) sentencesOf.set(g, byActor = new Map());
      let set = byActor.get(String(a));
      if (!set) byActor.set(String(a), set = new Set());
      if (!set.has(String(ms[i]))) {
        set.add(String(ms[i]));
        total.set(String(a), (total.get(String(a)) ?? 0) + 1);
      }
    }
  }
  const actors = options.actorIds ??
    [...total].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).slice(
      0,
      options.top ?? 15,
    ).map(([a]) => a).sort(compare);
  const out = {
    conflict_id: [] as string[],
    actor_id: [] as string[],
    frame_id: [] as string[],
    n_sentences: [] as number[],
    n_actor_sentences: [] as number[],
    share: [] as number[],
    sentence_ids: [] as string[],
  };
  const allFrames = [...new Set(fids.map(String))].sort(compare);
  for (const g of [...sentencesOf.keys()].sort(compare)) {
    for (const a of actors) {
      const sentences = sentencesOf.get(g)!.get(a);
      if (!sentences) continue;
      const hits = new Map<string, string[]>(allFrames.map((f) => [f, []]));
      for (const s of sentences) {
        const own = ownSpans.get(`${a}\u0000${s}`) ?? [];
        const found = new Set<string>();
        for (const c of cuesBySentence.get(s) ?? []) {
          if (found.has(c.frame)) continue;
          if (own.some((m) => isOwnCue(c, m))) continue;
          found.add(c.frame);
          hits.get(c.frame)!.push(s);
        }
      }
      for (const f of allFrames) {
        const list = hits.get(f)!;
        out.conflict_id.push(g);
        out.actor_id.push(a);
        out.frame_id.push(f);
        out.n_sentences.push(list.length);
        out.n_actor_sentences.push(sentences.size);
        out.share.push(list.length / sentences.size);
        out.sentence_ids.push(list.join(";"));
      }
    }
  }
  if (!byConflict) {
    const { conflict_id: _c, ...rest } = out;
    return aq.table(rest);
  }
  return aq.table(out);
}
