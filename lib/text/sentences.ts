/**
 * German sentence segmentation (first version; see tests/sentences_test.ts).
 *
 * @module
 */

/** A sentence: `text === input.slice(start, end)`, whitespace trimmed. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const ABBREV = new Set([
  "z",
  "b",
  "u",
  "a",
  "bzw",
  "ca",
  "nr",
  "dr",
  "prof",
  "st",
  "jan",
  "feb",
  "vgl",
  "usw",
  "etc",
]);

/**
 * Split German text into sentences.
 *
 * @example
 * ```ts
 * import { splitSentences } from "./sentences.ts";
 * const s = splitSentences("Das ist z. B. ein Satz. Und noch einer.");
 * console.assert(s.length === 2);
 * ```
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/u.test(text[a])) a++;
    while (b > a && /\s/u.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  let start = 0;
  const re = /[.!?…]+["“”»«)]*(?=\s+["„“»«(]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  for (const m of text.matchAll(re)) {
    const at = m.index!;
    if (m[0][0] === ".") {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, at - 12), at));
      if (before && ABBREV.has(before[1].toLowerCase())) continue;
      if (/\d$/u.test(text.slice(0, at))) continue;
    }
    push(start, at + m[0].length);
    start = at + m[0].length;
  }
  push(start, text.length);
  return out;
}
