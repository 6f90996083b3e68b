/**
 * The `conflict_frame_profile` corpus stage: for each conflict (from
 * `article_conflicts`) and frame, the share of the sentences of the
 * conflict's articles that carry the frame (from `frame_profile`).
 *
 * @module
 */
import * as aq from "arquero";
import type { CorpusStage } from "../types.ts";
import { CONFLICT_FRAME_PROFILE } from "../../schemas.ts";

/** Derives `conflict_frame_profile` from `frame_profile` and `article_conflicts`. */
export const conflictFrameProfileStage: CorpusStage = {
  name: "conflict_frame_profile",
  reads: ["frame_profile", "article_conflicts"],
  adds: { conflict_frame_profile: CONFLICT_FRAME_PROFILE },
  run(tables, resources) {
    const cols: Record<string, unknown[]> = Object.fromEntries(
      CONFLICT_FRAME_PROFILE.map((c) => [c, []]),
    );
    const profile = tables.frame_profile;
    const assigned = tables.article_conflicts;
    const conflictsOf = new Map<string, string[]>();
    const order: string[] = [];
    // Columns, not objects(): no row object per article and conflict.
    const aArticle = assigned.array("article_id") as string[];
    const aConflict = assigned.array("conflict_id") as string[];
    const seen = new Set<string>();
    for (let i = 0; i < aArticle.length; i++) {
      const list = conflictsOf.get(aArticle[i]) ?? [];
      list.push(aConflict[i]);
      conflictsOf.set(aArticle[i], list);
      if (!seen.has(aConflict[i])) {
        seen.add(aConflict[i]);
        order.push(aConflict[i]);
      }
    }
    // Conflicts in the order of the conflicts file, unknown ids after.
    const fileOrder = new Map(resources.conflicts.map((c, i) => [c.id, i]));
    order.sort((a, b) =>
      (fileOrder.get(a) ?? Infinity) - (fileOrder.get(b) ?? Infinity) ||
      (a < b ? -1 : a > b ? 1 : 0)
    );
    const frameIds = resources.codebook.frames.map((f) => f.id);
    type Acc = { articles: Set<string>; n: number; with: number };
    const acc = new Map<string, Acc>();
    const pArticle = profile.array("article_id") as string[];
    const pFrame = profile.array("frame_id") as string[];
    const pN = profile.array("n_sentences") as number[];
    const pWith = profile.array("n_sentences_with_frame") as number[];
    for (let i = 0; i < pArticle.length; i++) {
      for (const c of conflictsOf.get(pArticle[i]) ?? []) {
        const key = `${c}\t${pFrame[i]}`;
        const a = acc.get(key) ?? { articles: new Set(), n: 0, with: 0 };
        a.articles.add(pArticle[i]);
        a.n += pN[i];
        a.with += pWith[i];
        acc.set(key, a);
      }
    }
    for (const c of order) {
      for (const f of frameIds) {
        const a = acc.get(`${c}\t${f}`);
        if (!a) continue;
        cols.conflict_id.push(c);
        cols.frame_id.push(f);
        cols.n_articles.push(a.articles.size);
        cols.n_sentences.push(a.n);
        cols.n_sentences_with_frame.push(a.with);
        cols.share.push(a.n === 0 ? 0 : a.with / a.n);
      }
    }
    return { conflict_frame_profile: aq.table(cols) };
  },
};
