/**
 * Keyword in context: every occurrence of a word or phrase with the words
 * around it, traced to its sentence and character offsets.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import { normalize } from "../text/tokens.ts";
import { column } from "./_groups.ts";
import { kwicColumns, sentenceTexts } from "./_kwic_rows.ts";

/** Options for {@linkcode kwic}. */
export interface KwicOptions {
  /** Tokens of context on each side (punctuation counts, as in quanteda). @default 5 */
  window?: number;
}

interface Pattern {
  text: string;
  parts: { value: string; prefix: boolean }[];
}

function compilePattern(text: string): Pattern {
  const parts = text.trim().split(/\s+/).filter((s) => s !== "").map((w) =>
    w.endsWith("*") && w.length > 1
      ? { value: w.slice(0, -1).toLowerCase(), prefix: true }
      : { value: normalize(w), prefix: false }
  );
  if (parts.length === 0) {
    throw new TypeError(
      `Cannot search for keyword "${text}": the pattern is empty; give a word`,
    );
  }
  return { text, parts };
}

/**
 * Find `pattern` (a word, a phrase of words separated by spaces, or a list
 * of these) in the tokens and return each match with its context inside
 * the sentence. A word matches tokens with the same normalised form (so
 * "Amerikaner" finds "Amerikanern"); a word ending in `*` matches tokens
 * whose lower-case form starts with the rest ("Bagdad*").
 *
 * `sentences` supplies the sentence text (`sentence_id`, `start`, `text`),
 * so `pre` and `post` are the exact text as written, with its punctuation
 * and spacing. Context stops at the sentence boundary.
 *
 * Returns a table with columns `article_id`, `sentence_id`, `start`, `end`
 * (character offsets of the match in the article), `pre`, `keyword`,
 * `post`, `pattern`, in corpus order.
 *
 * @example Find a word in its sentence
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { kwic } from "./kwic.ts";
 * import { tokenize } from "../text/tokens.ts";
 * const text = "Die Truppen erreichten Bagdad am Morgen.";
 * const toks = tokenize(text);
 * const tokens = aq.table({
 *   article_id: toks.map(() => "a"),
 *   sentence_id: toks.map(() => "a:s0"),
 *   token: toks.map((t) => t.token),
 *   lower: toks.map((t) => t.lower),
 *   norm: toks.map((t) => t.norm),
 *   start: toks.map((t) => t.start),
 *   end: toks.map((t) => t.end),
 * });
 * const sentences = aq.table({ sentence_id: ["a:s0"], start: [0], text: [text] });
 * const rows = kwic(tokens, sentences, "Bagdad", { window: 2 });
 * assert.equal(rows.get("pre", 0), "Truppen erreichten");
 * assert.equal(rows.get("post", 0), "am Morgen");
 * ```
 */
export function kwic(
  tokens: Table,
  sentences: Table,
  pattern: string | string[],
  options: KwicOptions = {},
): Table {
  const window = options.window ?? 5;
  const patterns = (Array.isArray(pattern) ? pattern : [pattern]).map(
    compilePattern,
  );
  const sText = sentenceTexts(sentences);
  const art = column(tokens, "article_id", "tokens");
  const sid = column(tokens, "sentence_id", "tokens");
  const lower = column(tokens, "lower", "tokens");
  const norm = column(tokens, "norm", "tokens");
  const start = column(tokens, "start", "tokens").map(Number);
  const end = column(tokens, "end", "tokens").map(Number);
  const out = kwicColumns();
  const matches = (p: Pattern["parts"][number], i: number) =>
    p.prefix ? String(lower[i]).startsWith(p.value) : norm[i] === p.value;
  const n = sid.length;
  // Sentence runs: tokens of one sentence are contiguous.
  let s0 = 0;
  while (s0 < n) {
    let s1 = s0 + 1;
    while (s1 < n && sid[s1] === sid[s0]) s1++;
    const sentence = sText.get(String(sid[s0]));
    for (let i = s0; i < s1; i++) {
      for (const p of patterns) {
        const k = p.parts.length;
        if (i + k > s1) continue;
        let ok = true;
        for (let j = 0; j < k && ok; j++) ok = matches(p.parts[j], i + j);
        if (!ok) continue;
        const last = i + k - 1;
        const from = Math.max(s0, i - window);
        const to = Math.min(s1 - 1, last + window);
        const slice = (a: number, b: number) =>
          sentence
            ? sentence.text.slice(a - sentence.start, b - sentence.start)
            : "";
        out.article_id.push(String(art[i]));
        out.sentence_id.push(String(sid[i]));
        out.start.push(start[i]);
        out.end.push(end[last]);
        out.pre.push(from < i ? slice(start[from], start[i]).trim() : "");
        out.keyword.push(slice(start[i], end[last]));
        out.post.push(to > last ? slice(end[last], end[to]).trim() : "");
        out.pattern.push(p.text);
        break;
      }
    }
    s0 = s1;
  }
  return aq.table(out);
}
