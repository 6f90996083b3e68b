/**
 * Frame shares per article or per conflict: the numbers behind the frame
 * profile chart (`frameProfileData` adds labels to them).
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { keyword } from "../util/keyword.ts";
import { compare, conflictsByArticle, has, restrict, rows } from "./_groups.ts";

/** Options for {@linkcode frameShares}. */
export interface FrameShareCountOptions {
  /** Only rows of these articles. @default every article */
  articleIds?: Iterable<string>;
  /** One unit per article or per conflict. @default "article" */
  by?: "article" | "conflict";
  /** The `articles` table; needed with `by: "conflict"` (its `conflict` column). */
  articles?: Table;
  /** (`article_id`, `conflict_id`) rows; replaces `articles.conflict`. */
  articleConflicts?: Table;
  /** Column of `frames` with the cue's weight; missing means 1 per cue. @default "weight" */
  weight?: string;
}

/**
 * Frame shares per article or conflict from the `frames` table
 * (`article_id`, `sentence_id`, `frame_id`, `weight`): the summed weight of
 * each frame's cues divided by the summed weight of all cues in the unit.
 *
 * Returns columns `article_id` (or `conflict_id`), `frame_id`, `n_cues`,
 * `n_sentences`, `weight`, `share`, and `sentence_ids` (";"-separated: the
 * sentences behind the share). Units in article order (conflicts by id),
 * frames by id.
 *
 * @example Shares in one article
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { frameShares } from "./frame_shares.ts";
 * const frames = aq.table({
 *   article_id: ["a", "a", "a"], sentence_id: ["a:s0", "a:s1", "a:s1"],
 *   frame_id: ["war", "war", "humanitarian"], weight: [1, 1, 2],
 * });
 * assert.deepEqual(frameShares(frames).array("share"), [0.5, 0.5]);
 * ```
 *
 * @throws {TypeError} with `by: "conflict"` and neither `articles` nor
 * `articleConflicts`.
 */
export function frameShares(
  frames: Table,
  options: FrameShareCountOptions = {},
): ColumnTable {
  frames = restrict(frames, options.articleIds);
  const by = keyword(options, "by", ["article", "conflict"], "article");
  if (by === "conflict" && !options.articles && !options.articleConflicts) {
    throw new TypeError(
      "Cannot build a frame profile by conflict: no articles given; pass { articles } (or { articleConflicts })",
    );
  }
  const groupsOf = by === "conflict"
    ? conflictsByArticle(
      options.articles ?? aq.table({ article_id: [] }),
      options.articleConflicts,
    )
    : null;
  const weightCol = options.weight ?? "weight";
  const useWeight = has(frames, weightCol);
  interface Cell {
    group: string;
    frame: string;
    n: number;
    weight: number;
    sentences: Set<string>;
  }
  const cells = new Map<string, Cell>();
  const totals = new Map<string, number>();
  const order: string[] = [];
  for (const d of rows(frames)) {
    const w = useWeight ? Number(d[weightCol] ?? 0) : 1;
    for (
      const g of groupsOf
        ? groupsOf.get(String(d.article_id)) ?? []
        : [String(d.article_id)]
    ) {
      if (!totals.has(g)) order.push(g);
      totals.set(g, (totals.get(g) ?? 0) + w);
      const key = `${g}\u0000${d.frame_id}`;
      let c = cells.get(key);
      if (!c) {
        cells.set(
          key,
          c = {
            group: g,
            frame: String(d.frame_id),
            n: 0,
            weight: 0,
            sentences: new Set(),
          },
        );
      }
      c.n++;
      c.weight += w;
      c.sentences.add(String(d.sentence_id));
    }
  }
  if (groupsOf) order.sort(compare);
  const rank = new Map(order.map((g, i) => [g, i]));
  const list = [...cells.values()].sort((a, b) =>
    rank.get(a.group)! - rank.get(b.group)! || compare(a.frame, b.frame)
  );
  return aq.table({
    [by === "conflict" ? "conflict_id" : "article_id"]: list.map((c) =>
      c.group
    ),
    frame_id: list.map((c) => c.frame),
    n_cues: list.map((c) => c.n),
    n_sentences: list.map((c) => c.sentences.size),
    weight: list.map((c) => c.weight),
    share: list.map((c) => {
      const total = totals.get(c.group) ?? 0;
      return total > 0 ? c.weight / total : 0;
    }),
    sentence_ids: list.map((c) => [...c.sentences].join(";")),
  });
}
