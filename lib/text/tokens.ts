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
// One emoji, kept whole: a pictograph with its modifiers (skin tones,
// variation selectors), joined to further ones by ZWJ; or a flag (two
// regional indicators). Each ZWJ must be followed by a pictograph, so the
// repetition cannot backtrack.
const EMOJI =
  /\p{Extended_Pictographic}[\p{M}\u{1F3FB}-\u{1F3FF}]*(?:\u200D\p{Extended_Pictographic}[\p{M}\u{1F3FB}-\u{1F3FF}]*)*|\p{Regional_Indicator}{2}/uy;
const FORMS = new Map<string, { lower: string; norm: string }>();
const FORMS_LIMIT = 500_000;

/** 1 for an ASCII digit, 2 for a letter of ASCII or Latin-1, else 0. */
function plainClass(c: number): number {
  if (c >= 48 && c <= 57) return 1;
  const l = c | 32;
  if (l >= 97 && l <= 122) return 2;
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7 ? 2 : 0;
}

/** Joiners inside a word: - ‐ ‑ ' ’. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 39 ||
    c === 0x2019;
}

/**
 * Characters above U+007F that are never part of a word (no letter, mark
 * or number): the no-break space, « » „ “ ” ‚ ‘ – — … § ° · • €.
 */
const NOT_WORD_HIGH: ReadonlySet<number> = new Set([
  0xa0,
  0xa7,
  0xab,
  0xb0,
  0xb7,
  0xbb,
  0x2013,
  0x2014,
  0x2018,
  0x201a,
  0x201c,
  0x201d,
  0x201e,
  0x2022,
  0x2026,
  0x20ac,
]);

/** Is `c` surely not a word character (so the word ends before it)? */
function endsWord(c: number): boolean {
  return c < 0x80 || NOT_WORD_HIGH.has(c);
}

/**
 * Where {@linkcode WORD} would end a word starting at `i`, found without
 * the regular expression when the word and the character after it are
 * ASCII or Latin-1 letters, ASCII digits, joiners or characters that are
 * surely not word characters: about 70% of the tokenizer's time went to
 * the expressions. Returns -1 where it cannot tell (a character that may
 * be a letter, mark or number beyond that range): the caller then runs
 * {@linkcode WORD}, so the tokens are the same either way (tested);
 * `i` itself where no word starts (ASCII punctuation).
 */
export function plainWordEnd(text: string, i: number): number {
  const n = text.length;
  const first = text.charCodeAt(i);
  let prev = plainClass(first);
  if (prev === 0) return first < 0x80 ? i : -1;
  let k = i + 1;
  while (k < n) {
    const c = text.charCodeAt(k);
    const cls = plainClass(c);
    if (cls !== 0) {
      prev = cls;
      k++;
      continue;
    }
    const joiner = isJoiner(c);
    if (!joiner && !endsWord(c)) return -1;
    // "5.000", "1,5": "." and "," join digits only.
    if (!joiner && !(prev === 1 && (c === 46 || c === 44))) break;
    if (k + 1 >= n) break;
    const next = text.charCodeAt(k + 1);
    const nextCls = plainClass(next);
    if (nextCls === 0) {
      if (!endsWord(next)) return -1;
      break;
    }
    if (!joiner && nextCls !== 1) break;
    prev = nextCls;
    k += 2;
  }
  return k;
}

/**
 * Split `text` (or its slice `[from, to)`) into tokens.
 *
 * Whitespace is skipped; every other character belongs to exactly one token.
 * Offsets are into `text`, so a token of a sentence can be traced back to the
 * article directly.
 *
 * @example Tokens of a short sentence
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenize } from "./tokens.ts";
 * const tokens = tokenize("US-Truppen zogen ab.");
 * assert.equal(tokens.map((t) => t.token).join("|"), "US-Truppen|zogen|ab|.");
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
    // Below U+0080 only tab to carriage return and the space are spaces.
    if (c >= 0x80 || (c >= 11 && c <= 13)) {
      SPACE.lastIndex = i;
      if (SPACE.test(text)) {
        i = SPACE.lastIndex;
        continue;
      }
    }
    let end = plainWordEnd(text, i);
    let isWord = end > i;
    if (end < 0) {
      WORD.lastIndex = i;
      isWord = WORD.test(text);
      end = WORD.lastIndex;
    }
    if (isWord) end = Math.min(end, to);
    else {
      const code = text.charCodeAt(i);
      EMOJI.lastIndex = i;
      // Pictographs start at U+00A9 (©): ASCII punctuation skips the regex.
      if (code >= 0xa9 && EMOJI.test(text)) {
        end = Math.min(EMOJI.lastIndex, to);
      } else {
        // One symbol; keep surrogate pairs together.
        end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < to &&
            (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
          ? 2
          : 1);
      }
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
 * import assert from "node:assert/strict";
 * import { normalize } from "./tokens.ts";
 * assert.equal(normalize("Irakern"), normalize("Irak"));
 * assert.equal(normalize("Soleimanis"), "soleimani");
 * ```
 */
export function normalize(word: string): string {
  let lower = word.toLowerCase();
  // Typographic hyphens and apostrophes match their ASCII forms.
  if (HYPHENS.test(lower)) lower = lower.replace(HYPHENS_ALL, fold);
  const out = lower.indexOf("-") < 0
    ? stem(lower)
    : lower.split("-").map((p) => stem(p)).join("-");
  // An English-style genitive ("Trump's") stems to "trump'": drop the "'".
  return out.length > 1 && out.endsWith("'") ? out.slice(0, -1) : out;
}

const HYPHENS = /[\u2010\u2011\u2019]/u;
const HYPHENS_ALL = /[\u2010\u2011\u2019]/gu;
const fold = (c: string) => c === "\u2019" ? "'" : "-";
