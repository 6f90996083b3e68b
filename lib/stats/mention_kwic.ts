/**
 * Keyword in context for actor mentions: each mention of an actor, with the
 * words around it, in the columns of `kwic` — so the context shows exactly
 * the spans the mentions table counts, not every word that looks alike
 * ("irakischen" of the Iraqi parliament is not a mention of Iraq).
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { column } from "./_groups.ts";
import { kwicColumns, sentenceTexts } from "./_kwic_rows.ts";

/** Options for {@linkcode mentionKwic}. */
export interface MentionKwicOptions {
  /** Only mentions of these actor ids. @default every mention */
  actorIds?: Iterable<string>;
  /** Tokens of context on each side (punctuation counts). @default 5 */
  window?: number;
}

/**
 * One row per mention (in table order): `article_id`, `sentence_id`,
 * `start`, `end`, `pre`, `keyword` (the mention as written), `post`,
 * `pattern` (the actor id) and `mention_id` — the columns of `kwic`, so
 * `kwicHtml` renders it. Context is cut from the sentence text, `window`
 * tokens either side, never past the sentence.
 *
 * @example The mention, not every word like it
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { tokenize } from "../text/tokens.ts";
 * import { mentionKwic } from "./mention_kwic.ts";
 * const text = "Das irakische Parlament tagte in Bagdad.";
 * const toks = tokenize(text);
 * const tokens = aq.table({
 *   sentence_id: toks.map(() => "a:s0"),
 *   start: toks.map((t) => t.start), end: toks.map((t) => t.end),
 * });
 * const sentences = aq.table({ article_id: ["a"], sentence_id: ["a:s0"], start: [0], text: [text] });
 * const mentions = aq.table({
 *   mention_id: ["a:m0"], article_id: ["a"], sentence_id: ["a:s0"],
 *   actor_id: ["iraqi_parliament"], start: [4], end: [23],
 * });
 * const k = mentionKwic(mentions, tokens, sentences, { window: 2 });
 * assert.equal(k.get("keyword", 0), "irakische Parlament");
 * assert.equal(k.get("post", 0), "tagte in");
 * ```
 */
export function mentionKwic(
  mentions: Table,
  tokens: Table,
  sentences: Table,
  options: MentionKwicOptions = {},
): ColumnTable {
  const window = options.window ?? 5;
  const keep = options.actorIds ? new Set(options.actorIds) : null;
  const sText = sentenceTexts(sentences);
  // sentence → token spans, in order
  const tokSpans = new Map<string, [number, number][]>();
  const tSid = column(tokens, "sentence_id", "tokens");
  const tStart = column(tokens, "start", "tokens");
  const tEnd = column(tokens, "end", "tokens");
  for (let i = 0; i < tSid.length; i++) {
    const s = String(tSid[i]);
    let list = tokSpans.get(s);
    if (!list) tokSpans.set(s, list = []);
    list.push([Number(tStart[i]), Number(tEnd[i])]);
  }
  const mId = column(mentions, "mention_id", "mentions");
  const mArt = column(mentions, "article_id", "mentions");
  const mSid = column(mentions, "sentence_id", "mentions");
  const mActor = column(mentions, "actor_id", "mentions");
  const mStart = column(mentions, "start", "mentions");
  const mEnd = column(mentions, "end", "mentions");
  const out = { ...kwicColumns(), mention_id: [] as string[] };
  for (let i = 0; i < mId.length; i++) {
    const actor = String(mActor[i]);
    if (keep && !keep.has(actor)) continue;
    const sid = String(mSid[i]);
    const sentence = sText.get(sid);
    if (!sentence) continue;
    const start = Number(mStart[i]);
    const end = Number(mEnd[i]);
    const spans = tokSpans.get(sid) ?? [];
    let first = spans.findIndex(([, e]) => e > start);
    if (first < 0) first = spans.length;
    let last = first;
    while (last + 1 < spans.length && spans[last + 1][0] < end) last++;
    const cut = (a: number, b: number) =>
      sentence.text.slice(a - sentence.start, b - sentence.start).trim();
    const from = Math.max(0, first - window);
    const to = Math.min(spans.length - 1, last + window);
    out.article_id.push(String(mArt[i]));
    out.sentence_id.push(sid);
    out.start.push(start);
    out.end.push(end);
    out.pre.push(first > from ? cut(spans[from][0], start) : "");
    out.keyword.push(cut(start, end));
    out.post.push(to > last && spans[to] ? cut(end, spans[to][1]) : "");
    out.pattern.push(actor);
    out.mention_id.push(String(mId[i]));
  }
  return aq.table(out);
}
