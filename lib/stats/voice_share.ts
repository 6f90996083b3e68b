/**
 * Who is quoted: each speaker's share of the quotes, per kind of quote (or
 * per way the speaker was found), over the corpus, each article or each
 * conflict. The numbers behind the voice-share chart (`voiceShareData` adds
 * labels to them).
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { keyword } from "../util/keyword.ts";
import { compare, conflictsByArticle, restrict, rows } from "./_groups.ts";

/** Options for {@linkcode voiceShare}. */
export interface VoiceShareCountOptions {
  /** Only rows of these articles. @default every article */
  articleIds?: Iterable<string>;
  /** Share within the whole corpus, each article, or each conflict. @default "corpus" */
  by?: "corpus" | "article" | "conflict";
  /** The `articles` table; needed with `by: "conflict"`. */
  articles?: Table;
  /** (`article_id`, `conflict_id`) rows; replaces `articles.conflict`. */
  articleConflicts?: Table;
  /** Column of `quotes` naming the speaker. @default "speaker" */
  speaker?: string;
  /** What splits each speaker's count: `kind` or `speaker_kind`. @default "kind" */
  split?: "kind" | "speaker_kind";
  /** Keep the speakers with most quotes, at most this many. @default 12 */
  top?: number;
}

/** The values of the `split` option. */
export const SPLITS = ["kind", "speaker_kind"] as const;

/**
 * Count quotes per speaker and kind and divide by all quotes of the unit.
 *
 * Returns columns `group` (`"all"`, an `article_id` or a `conflict_id`),
 * `speaker` (actor id, or empty when unresolved), `kind` (the kind of
 * quote, or with `split: "speaker_kind"` how the speaker was found), `n`,
 * `share` (of the unit's quotes), `quote_ids` and `sentence_ids`
 * (";"-separated: the quotes and sentences behind the row). Only the `top`
 * speakers by total quotes (unresolved ones always kept); groups in order,
 * speakers by quotes descending.
 *
 * @example Two of three quotes from one speaker
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { voiceShare } from "./voice_share.ts";
 * const quotes = aq.table({
 *   quote_id: ["q1", "q2", "q3"], article_id: ["a", "a", "a"],
 *   speaker: ["usa", "usa", "iraq"], kind: ["direct", "direct", "indirect"],
 * });
 * const t = voiceShare(quotes);
 * assert.equal(t.get("speaker", 0), "usa");
 * assert.equal(t.get("share", 0), 2 / 3);
 * ```
 */
export function voiceShare(
  quotes: Table,
  options: VoiceShareCountOptions = {},
): ColumnTable {
  quotes = restrict(quotes, options.articleIds);
  const by = keyword(
    options,
    "by",
    ["corpus", "article", "conflict"],
    "corpus",
  );
  const speakerCol = options.speaker ?? "speaker";
  const split = keyword(options, "split", SPLITS, "kind");
  const groupsOf = by === "conflict"
    ? conflictsByArticle(
      options.articles ?? aq.table({ article_id: [] }),
      options.articleConflicts,
    )
    : null;
  const unitsOf = (article: string) =>
    by === "corpus"
      ? ["all"]
      : groupsOf
      ? groupsOf.get(article) ?? []
      : [article];
  interface Cell {
    group: string;
    speaker: string;
    kind: string;
    ids: string[];
    sentences: string[];
  }
  const cells = new Map<string, Cell>();
  const totals = new Map<string, number>();
  const bySpeaker = new Map<string, number>();
  const order: string[] = [];
  for (const d of rows(quotes)) {
    const sp = d[speakerCol] === null || d[speakerCol] === undefined
      ? ""
      : String(d[speakerCol]);
    const kind = String(d[split] ?? "");
    bySpeaker.set(sp, (bySpeaker.get(sp) ?? 0) + 1);
    for (const g of unitsOf(String(d.article_id))) {
      if (!totals.has(g)) order.push(g);
      totals.set(g, (totals.get(g) ?? 0) + 1);
      const key = `${g}\u0000${sp}\u0000${kind}`;
      let c = cells.get(key);
      if (!c) {
        cells.set(
          key,
          c = { group: g, speaker: sp, kind, ids: [], sentences: [] },
        );
      }
      c.ids.push(String(d.quote_id ?? ""));
      if (d.sentence_id !== null && d.sentence_id !== undefined) {
        c.sentences.push(String(d.sentence_id));
      }
    }
  }
  if (by === "conflict") order.sort(compare);
  const top = options.top ?? 12;
  const speakers = [...bySpeaker].filter(([s]) => s !== "").sort((a, b) =>
    b[1] - a[1] || compare(a[0], b[0])
  ).slice(0, top).map(([s]) => s);
  if (bySpeaker.has("")) speakers.push("");
  const rank = new Map(speakers.map((s, i) => [s, i]));
  const groupRank = new Map(order.map((g, i) => [g, i]));
  const list = [...cells.values()].filter((c) => rank.has(c.speaker)).sort((
    a,
    b,
  ) =>
    groupRank.get(a.group)! - groupRank.get(b.group)! ||
    rank.get(a.speaker)! - rank.get(b.speaker)! || compare(a.kind, b.kind)
  );
  return aq.table({
    group: list.map((c) => c.group),
    speaker: list.map((c) => c.speaker),
    kind: list.map((c) => c.kind),
    n: list.map((c) => c.ids.length),
    share: list.map((c) => c.ids.length / totals.get(c.group)!),
    quote_ids: list.map((c) => c.ids.join(";")),
    sentence_ids: list.map((c) => [...new Set(c.sentences)].join(";")),
  });
}
