/**
 * A large word list (such as Debian's 356,000-line `ngerman`) held for
 * membership tests without building a hash set of every word: lines are
 * grouped by their first {@linkcode PREFIX} characters into one string per
 * group, and a look-up searches only its group. Loading is a single pass over the file
 * (about 30 ms instead of 350 ms for a Set), and look-ups are cached by the
 * callers.
 *
 * @module
 */

/**
 * Characters that pick a word's group. Four keep groups small (about 27
 * words on average, some thousand at most, against 450 and 15,000 for
 * two), so a look-up scans a few hundred bytes: the known-word look-ups of
 * the names stage were a fifth of its time with two.
 */
const PREFIX = 4;

/** Membership in a word list. */
export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

/**
 * Build a {@linkcode WordSet} from text with one word per line (blank lines
 * and surrounding spaces ignored).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wordSetFromLines } from "./word_list.ts";
 * const words = wordSetFromLines("Krieg\nkrieg\nFrieden\n");
 * assert.ok(words.has("Frieden") && !words.has("Fried"));
 * assert.equal(words.size, 3);
 * ```
 */
export function wordSetFromLines(text: string): WordSet {
  const groups = new Map<string, string[]>();
  let size = 0;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = n;
    const w = text.slice(pos, nl).trim();
    pos = nl + 1;
    if (w === "") continue;
    const key = w.slice(0, PREFIX);
    let g = groups.get(key);
    if (!g) groups.set(key, g = []);
    g.push(w);
    size++;
  }
  // "\n"-delimited on both sides, so indexOf finds whole lines only.
  const joined = new Map<string, string>();
  for (const [k, g] of groups) joined.set(k, "\n" + g.join("\n") + "\n");
  return {
    size,
    has(word: string): boolean {
      if (word === "" || word.indexOf("\n") >= 0) return false;
      const g = joined.get(word.slice(0, PREFIX));
      return g !== undefined && g.indexOf("\n" + word + "\n") >= 0;
    },
  };
}
