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
    for (
      const r of assigned.objects() as {
        article_id: string;
        conflict_id: string;
      }[]
    ) {
      const list = conflictsOf.get(r.article_id) ?? [];
      list.push(r.conflict_id);
      conflictsOf.set(r.article_id, list);
      if (!order.includes(r.conflict_id)) order.push(r.conflict_id);
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
    for (
      const r of profile.objects() as {
        article_id: string;
        frame_id: string;
        n_sentences: number;
        n_sentences_with_frame: number;
      }[]
    ) {
      for (const c of conflictsOf.get(r.article_id) ?? []) {
        const key = `${c}\t${r.frame_id}`;
        const a = acc.get(key) ?? { articles: new Set(), n: 0, with: 0 };
        a.articles.add(r.article_id);
        a.n += r.n_sentences;
        a.with += r.n_sentences_with_frame;
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
