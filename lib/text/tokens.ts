/**
 * Tokenisation of German text into words, numbers and punctuation.
 *
 * One sticky regular expression scans the text left to right; every token
 * keeps its character offsets into the input. The expression has no nested
 * quantifiers, so it runs in linear time on any input.
 *
 * @module
 */
import { stem } from "./stem.ts";

/** One token with offsets into the text it was found in. */
export interface Token {
  /** Offset of the first character (UTF-16 code units). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The token as written: `text.slice(start, end)`. */
  token: string;
  /** Lower-cased token. */
  lower: string;
  /** Normalised form for matching (see {@linkcode normalize}). */
  norm: string;
  /** True for words and numbers, false for punctuation and symbols. */
  isWord: boolean;
}

// Words: letters/marks/digits, joined by single hyphens, apostrophes or
// (between digits) "." and "," — so "US-Truppen", "5.000", "1,5" and
// "al-Qaim" stay one token. Each joiner must be followed by a word
// character, which keeps the repetition unambiguous (no backtracking blow-up).
const WORD =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /[\s\u200B-\u200D\u2060\uFEFF]+/uy;
const FORMS = new Map<string, { lower: string; norm: string }>();
const FORMS_LIMIT = 500_000;

/**
 * Split `text` (or its slice `[from, to)`) into tokens.
 *
 * Whitespace is skipped; every other character belongs to exactly one token.
 * Offsets are into `text`, so a token of a sentence can be traced back to the
 * article directly.
 *
 * @example Tokens of a short sentence
 * ```ts
 * import { tokenize } from "./tokens.ts";
 * const tokens = tokenize("US-Truppen zogen ab.");
 * console.assert(tokens.map((t) => t.token).join("|") === "US-Truppen|zogen|ab|.");
 * ```
 */
export function tokenize(
  text: string,
  from = 0,
  to: number = text.length,
): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) {
      // Fast path for the common whitespace; the regex handles the rest.
      i++;
      continue;
    }
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    WORD.lastIndex = i;
    let end: number;
    let isWord: boolean;
    if (WORD.test(text)) {
      end = Math.min(WORD.lastIndex, to);
      isWord = true;
    } else {
      // One symbol; keep surrogate pairs together.
      const code = text.charCodeAt(i);
      end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < to &&
          (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
        ? 2
        : 1);
      isWord = false;
    }
    const token = text.slice(i, end);
    // One look-up per token: the vocabulary is Zipf-distributed, so lower and
    // normalised forms are computed once per distinct token and shared.
    let f = FORMS.get(token);
    if (f === undefined) {
      const low = token.toLowerCase();
      f = { lower: low, norm: isWord ? normalize(low) : low };
      if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
      FORMS.set(token, f);
    }
    const lower = f.lower;
    out.push({
      start: i,
      end,
      token,
      lower,
      norm: f.norm,
      isWord,
    });
    i = end;
  }
  return out;
}

/**
 * The form that later stages match on: lower case, umlauts folded, German
 * inflection stripped by the CISTEM stemmer (Weissweiler & Fraser 2017).
 * Hyphenated compounds are normalised part by part.
 *
 * @example Case endings map to one form
 * ```ts
 * import { normalize } from "./tokens.ts";
 * console.assert(normalize("Irakern") === normalize("Irak"));
 * console.assert(normalize("Soleimanis") === "soleimani");
 * ```
 */
export function normalize(word: string): string {
  const lower = word.toLowerCase();
  if (lower.indexOf("-") < 0) return stem(lower);
  return lower.split("-").map((p) => stem(p)).join("-");
}
