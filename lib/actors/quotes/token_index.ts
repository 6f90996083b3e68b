/**
 * What the walk asks of one sentence's tokens again and again, computed in
 * one pass each, so every question costs O(1) however long the sentence.
 *
 * @module
 */
import type { Token } from "../../text/tokens.ts";
import { CLAUSE_STOP, OPENERS } from "./words.ts";

/** Per-token look-ups of one sentence. */
export interface TokenIndex {
  /** nextWord[x]: the first word token at or after x (length if none). */
  nextWord: number[];
  /** The first token at or after x that is a word or a quote opener. */
  nextKept: number[];
  /** The last token at or before x that is a word or an opener, or -1. */
  prevKept: number[];
  /** The first token at or after x that is not a word or ends a clause. */
  nextBreak: number[];
  /** 1 + the last clause stop or comma before x, or 0. */
  clauseFrom: number[];
  /** Word tokens before x, inside quotes and in all. */
  quotedWords: number[];
  words: number[];
  /** colonQuote[x]: a ":" followed by an opener at or after x. */
  colonQuote: number[];
}

// Plain arrays, not typed arrays: a sentence is short, and allocating
// eight ArrayBuffers per sentence made GC dominate on texts of many tiny
// sentences (100,000 ". " took 1.2 s; the linear-time test caught it).
export function tokenIndex(
  t: Token[],
  inQuote: (offset: number) => boolean,
): TokenIndex {
  const n = t.length;
  const nextWord = new Array<number>(n + 1).fill(0);
  const nextKept = new Array<number>(n + 1).fill(0);
  const prevKept = new Array<number>(n).fill(0);
  const nextBreak = new Array<number>(n + 1).fill(0);
  const clauseFrom = new Array<number>(n + 1).fill(0);
  const quotedWords = new Array<number>(n + 1).fill(0);
  const words = new Array<number>(n + 1).fill(0);
  const colonQuote = new Array<number>(n + 1).fill(0);
  const kept = (x: number) => t[x].isWord || OPENERS.has(t[x].token);
  let lastKept = -1, from = 0;
  for (let x = 0; x < n; x++) {
    if (kept(x)) lastKept = x;
    prevKept[x] = lastKept;
    clauseFrom[x] = from;
    if (CLAUSE_STOP.has(t[x].token) || t[x].token === ",") from = x + 1;
    const word = t[x].isWord ? 1 : 0;
    words[x + 1] = words[x] + word;
    quotedWords[x + 1] = quotedWords[x] +
      (word && inQuote(t[x].start) ? 1 : 0);
  }
  clauseFrom[n] = from;
  nextWord[n] = nextKept[n] = nextBreak[n] = n;
  for (let x = n - 1; x >= 0; x--) {
    nextWord[x] = t[x].isWord ? x : nextWord[x + 1];
    nextKept[x] = kept(x) ? x : nextKept[x + 1];
    nextBreak[x] = !t[x].isWord || CLAUSE_STOP.has(t[x].token)
      ? x
      : nextBreak[x + 1];
    colonQuote[x] = colonQuote[x + 1] ||
      (t[x].token === ":" && x + 1 < n && OPENERS.has(t[x + 1].token) ? 1 : 0);
  }
  return {
    nextWord,
    nextKept,
    prevKept,
    nextBreak,
    clauseFrom,
    quotedWords,
    words,
    colonQuote,
  };
}
