/**
 * Rule-based German sentence segmentation for news text.
 *
 * One left-to-right scan over the characters; at each `.`, `!`, `?`, `…`
 * and line break a small, bounded look at the neighbourhood decides whether
 * a sentence ends there, so the time is linear in the length of the text.
 * The rules (README, "Sentence segmentation"):
 *
 * - `!`, `?` and `.` end a sentence when, after any closing quotes or
 *   brackets and whitespace, the next text does not start with a lower-case
 *   letter or `,;:` (`„Warum?“, fragte er.` and `„Warum?“ fragte er.` stay
 *   one sentence; `…werden.“ Danach` splits after the quote).
 * - A period with no whitespace after it never ends a sentence (`5.000`,
 *   `12.30 Uhr`, `spiegel.de`, `z.B.`, `U.S.-Truppen`), unless a lower-case
 *   word is glued to a sentence opener (`gesagt.Die`).
 * - Abbreviations come from `lib/data/abbreviations.txt`: `inner` ones never
 *   end a sentence, `final` ones only before a sentence opener and not after
 *   a lower-case word (`5,1 Mio. Hinzu`), `end` ones like ordinary words
 *   (`usw. Moskau`), `number` ones are abbreviations only before a number
 *   (`Art. 5`). Single letters (`z.`, `George W. Bush`) and Roman numerals
 *   end a sentence only before a sentence opener.
 * - After a number of at most three digits the period marks an ordinal
 *   (`die 4. Infanteriedivision`, `am 8. Januar`, `Am 1. 1. 2020`) unless a
 *   sentence opener follows, or a count word (`auf 23.`) or a noun
 *   (`Klinik 12.`) precedes it; after a year or a grouped number it ends the
 *   sentence (`im Jahr 2017. Danach`).
 * - An ellipsis attached to a word ends a sentence before a capital; a
 *   free-standing one (`[…]`, ` … `) only before a sentence opener.
 * - Colons and semicolons never end a sentence.
 * - A blank line always ends a sentence. A single line break ends one too
 *   (headlines, subheads, one paragraph per line), except in a hard-wrapped
 *   block: a block (lines between blank lines) in which some line starts
 *   with a lower-case letter, or ends with `,` `;` `-` `–` `(` `„` `/` `&`
 *   or with a word that never ends a sentence (`der`, `und`; the `joiner`s
 *   of `lib/data/sentence_words.txt`). There every single line break is
 *   ordinary whitespace.
 *
 * @module
 */
import { loadSentenceRules, type SentenceRules } from "./sentence_rules.ts";

/** A sentence: `text === input.slice(start, end)`, whitespace trimmed. */
export interface SentenceSpan {
  /** Offset of the first character (UTF-16 code units). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The sentence as written. */
  text: string;
}

/** Options for {@linkcode splitSentences}. */
export interface SplitSentencesOptions {
  /**
   * Abbreviations, sentence openers and months to use.
   * @default loadSentenceRules() (the lists in `lib/data/`)
   */
  rules?: SentenceRules;
}

const codes = (s: string) => new Set([...s].map((c) => c.charCodeAt(0)));
// Closing quotes and brackets that belong to the sentence before them.
const CLOSERS = codes("”“\"»«’‘'›‹)]}");
// What may stand between a sentence end and the next sentence's first
// letter: opening quotes, brackets, dashes, bullets.
const LEADERS = codes("„“”\"»«‚‘’'‹›([{–—‒-¿¡*•");
const DASHES = codes("–—‒-");
// A line ending in one of these continues on the next line.
const SOFT_LINE_END = codes(",;-‐‑–—(„/&+");
const PERIOD = 0x2e;
const QUOTE = 0x22;
const ELLIPSIS = 0x2026;
const NEWLINE = 0x0a;
// Look-around limits: they keep the work per candidate constant.
const MAX_WORD = 40;
const MAX_SEGMENT = 12;
const MAX_LOOKAHEAD = 64;
const LETTER = /\p{L}/u;
const ROMAN = /^[IVXLC]{2,5}$/;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isInlineSpace(c: number): boolean {
  return c !== NEWLINE && isSpace(c);
}

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0xff) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return LETTER.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isTerminal(c: number): boolean {
  return c === PERIOD || c === 0x21 || c === 0x3f || c === ELLIPSIS;
}

function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  if (c <= 0xff) return c >= 0xdf && c !== 0xf7;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c <= 0xff) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  return ch !== ch.toLowerCase();
}

const segmentCache = new WeakMap<SentenceRules, Set<string>>();

/**
 * The last letter segment of every abbreviation ("B" of "z.B.", "Gen" of
 * "Gen.", and "Vgl" for "vgl."), so that a word can be ruled out with one
 * look-up before any string is built.
 */
function finalSegmentsOf(rules: SentenceRules): Set<string> {
  let set = segmentCache.get(rules);
  if (set) return set;
  set = new Set();
  for (const key of rules.abbreviations.keys()) {
    const parts = key.slice(0, -1).split(".");
    const last = parts[parts.length - 1];
    set.add(last);
    if (parts.length === 1) set.add(last[0].toUpperCase() + last.slice(1));
  }
  segmentCache.set(rules, set);
  return set;
}

/**
 * Split German text into sentences.
 *
 * Returns the sentences in order; they do not overlap, and together they
 * cover every non-whitespace character of `text`. See the module
 * documentation (and the README) for the rules.
 *
 * @example Abbreviations, ordinals and a quote with its attribution
 * ```ts
 * import assert from "node:assert/strict";
 * import { splitSentences } from "./sentences.ts";
 * const text = "Die 4. Infanteriedivision rückt z. B. am 8. Januar vor. " +
 *   "„Wir bleiben nicht“, schrieb Gen. Miller. Danach kam der Angriff.";
 * const s = splitSentences(text);
 * assert.equal(s.length, 3);
 * assert.equal(s[1].text, "„Wir bleiben nicht“, schrieb Gen. Miller.");
 * assert.ok(s.every((x) => text.slice(x.start, x.end) === x.text));
 * ```
 */
export function splitSentences(
  text: string,
  options: SplitSentencesOptions = {},
): SentenceSpan[] {
  const rules = options.rules ?? loadSentenceRules();
  const finalSegments = finalSegmentsOf(rules);
  const n = text.length;
  const cuts: number[] = [];
  let lastCut = 0;
  // A straight quote (") opened in the current sentence and not closed.
  let straightOpen = false;
  const cut = (p: number) => {
    if (cuts.length === 0 || cuts[cuts.length - 1] < p) cuts.push(p);
    lastCut = p;
    straightOpen = false;
  };

  /** The letters starting at `k` (at most MAX_WORD of them). */
  const wordAt = (k: number): string => {
    let e = k;
    while (e < n && e - k < MAX_WORD && isLetter(text.charCodeAt(e))) e++;
    return text.slice(k, e);
  };
  const isOpener = (k: number) => rules.openers.has(wordAt(k));

  /** Is the block (lines up to the next blank line) from `from` hard-wrapped? */
  const blockWrapped = (from: number): boolean => {
    let pos = from;
    let prevEnd = -1; // last non-space character of the previous line
    let prevWord = ""; // its last word, when lower-case
    let prevLast = -1; // the offset of prevEnd
    while (pos < n) {
      let nl = text.indexOf("\n", pos);
      if (nl < 0) nl = n;
      let a = pos;
      while (a < nl && isSpace(text.charCodeAt(a))) a++;
      if (a === nl) return false; // blank line: the block ends
      let b = nl;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (prevEnd >= 0) {
        // The first letter of the line, after opening quotes or brackets.
        let f = a;
        while (f < nl && f - a < 3 && LEADERS.has(text.charCodeAt(f))) f++;
        if ((f < nl && isLower(text[f])) || SOFT_LINE_END.has(prevEnd)) {
          return true;
        }
        if (prevWord !== "" && rules.joiners.has(prevWord)) return true;
        // A period that would not end a sentence here ("am 24.⏎Februar",
        // "George W.⏎Bush") shows the line was wrapped.
        if (
          prevEnd === PERIOD && !endsAt(prevLast, prevLast + 1, prevLast + 1)
        ) {
          return true;
        }
      }
      prevEnd = text.charCodeAt(b - 1);
      prevLast = b - 1;
      // The line's last word, if it is a short lower-case one ("an der").
      let w = b;
      while (w > a && b - w < MAX_SEGMENT && isLetter(text.charCodeAt(w - 1))) {
        w--;
      }
      prevWord = w < b && isLower(text[w]) ? text.slice(w, b) : "";
      pos = nl + 1;
    }
    return false;
  };

  /** The kind of the abbreviation ending with the period at `i`, if any. */
  const abbreviationKind = (s: number, i: number) => {
    const last = text.slice(s, i);
    if (!finalSegments.has(last)) return undefined; // most words: one look-up
    // Collect up to four letter segments joined by "." or ". " ("i. d. R.").
    const segments = [last];
    const starts = [s];
    let j = s;
    while (segments.length < 4) {
      let q = j - 1;
      if (q >= 0 && isInlineSpace(text.charCodeAt(q))) q--;
      if (q < 0 || text.charCodeAt(q) !== PERIOD) break;
      let a = q;
      while (a > 0 && q - a < MAX_SEGMENT && isLetter(text.charCodeAt(a - 1))) {
        a--;
      }
      if (a === q) break;
      segments.unshift(text.slice(a, q));
      starts.unshift(a);
      j = a;
    }
    const { abbreviations } = rules;
    for (let m = segments.length; m >= 1; m--) {
      const key = segments.slice(segments.length - m).join(".") + ".";
      const kind = abbreviations.get(key) ??
        (isUpper(key[0])
          ? abbreviations.get(key[0].toLowerCase() + key.slice(1))
          : undefined);
      if (kind) {
        abbreviationStart = starts[segments.length - m];
        return kind;
      }
    }
    return undefined;
  };
  let abbreviationStart = 0; // where the last abbreviation found begins

  /** Is the word before `p` (across one space) a lower-case word? */
  const lowerWordBefore = (p: number): boolean => {
    let q = p;
    if (q > 0 && isInlineSpace(text.charCodeAt(q - 1))) q--;
    return q > 0 && q < p && isLetter(text.charCodeAt(q - 1)) &&
      isLower(wordStartChar(q));
  };
  /** The first character of the word ending at `q`. */
  const wordStartChar = (q: number): string => {
    let w = q;
    while (w > 0 && q - w < MAX_WORD && isLetter(text.charCodeAt(w - 1))) w--;
    return text[w];
  };

  /** After a period glued to the next word: "gesagt.Die" only. */
  const gluedEnd = (i: number, k: number): boolean => {
    if (k + 1 >= n || !isUpper(text[k]) || !isLower(text[k + 1])) return false;
    if (i < 2 || !isLower(text[i - 1]) || !isLetter(text.charCodeAt(i - 2))) {
      return false;
    }
    // Not inside a URL or e-mail address.
    for (let p = i - 1; p >= 0 && i - p < MAX_LOOKAHEAD; p--) {
      const c = text.charCodeAt(p);
      if (isSpace(c)) break;
      if (c === 0x2f || c === 0x40) return false;
    }
    return isOpener(k);
  };

  /** After a period following a digit. */
  const numberEnd = (i: number, k: number, quoted: boolean): boolean => {
    let s = i;
    let digits = 0;
    let grouped = false;
    while (s > 0 && i - s < MAX_WORD) {
      const c = text.charCodeAt(s - 1);
      if (isDigit(c)) digits++;
      else if (
        (c === PERIOD || c === 0x2c) && s >= 2 &&
        isDigit(text.charCodeAt(s - 2)) &&
        isDigit(text.charCodeAt(s))
      ) grouped = true;
      else break;
      s--;
    }
    // "MH17.", "G7.": a name, not a number.
    if (s > 0 && isLetter(text.charCodeAt(s - 1))) return true;
    // "1939-45.", "2022/23.": a range of years.
    if (
      s > 1 &&
      (DASHES.has(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 0x2f)
    ) {
      if (isDigit(text.charCodeAt(s - 2))) return true;
    }
    if (grouped || digits >= 4) return true;
    // "1. Die Truppen ziehen ab.": an item number opening a sentence.
    let b = s;
    while (b > lastCut && isSpace(text.charCodeAt(b - 1))) b--;
    if (b === lastCut) return false;
    if (isDigit(text.charCodeAt(k))) return false; // "Am 1. 1. 2020"
    const next = wordAt(k);
    if (rules.months.has(next)) return false; // "am 8. Januar"
    if (quoted || rules.openers.has(next)) return true;
    // "stieg auf 23. Rettungskräfte …": a count, not an ordinal.
    let w = b;
    while (w > 0 && b - w < MAX_WORD && isLetter(text.charCodeAt(w - 1))) w--;
    if (w === b || !isInlineSpace(text.charCodeAt(b))) return false;
    const before = text.slice(w, b);
    // After a noun or name the number is a count or label ("Klinik 12.",
    // "Platz 3."); ordinals follow articles and adjectives ("Die 4.").
    if (isUpper(before[0]) && !rules.openers.has(before)) return true;
    return rules.counts.has(before.toLowerCase());
  };

  /** Does the sentence end after the terminal run [i, r) and closers to e? */
  const endsAt = (i: number, r: number, e: number): boolean => {
    let k = e;
    let spaced = false;
    let quoted = false; // an opening quote or bracket before the next word
    const limit = Math.min(n, e + MAX_LOOKAHEAD);
    while (k < limit) {
      const c = text.charCodeAt(k);
      if (isSpace(c)) spaced = true;
      else if (LEADERS.has(c)) {
        if (!DASHES.has(c)) quoted = true;
      } else break;
      k++;
    }
    if (k >= n) return true;
    if (k === limit) return spaced;
    let periods = 0;
    let ellipsis = false;
    let exclaim = false;
    for (let p = i; p < r; p++) {
      const c = text.charCodeAt(p);
      if (c === PERIOD) periods++;
      else if (c === ELLIPSIS) ellipsis = true;
      else exclaim = true;
    }
    if (periods >= 3) ellipsis = true;
    const onlyPeriod = !ellipsis && !exclaim;
    if (!spaced) return onlyPeriod && r - i === 1 && gluedEnd(i, k);
    const ch = text[k];
    if (isLower(ch)) return false;
    const c = text.charCodeAt(k);
    if (c === 0x2c || c === 0x3b || c === 0x3a) return false; // , ; :
    if (CLOSERS.has(c)) return false;
    if (exclaim) return true;
    if (ellipsis) {
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const free = isSpace(before) || before === 0x28 || before === 0x5b;
      return free ? isOpener(k) : true;
    }
    // A single period (or a doubled one).
    if (i === 0) return true;
    const prev = text.charCodeAt(i - 1);
    if (isDigit(prev)) return numberEnd(i, k, quoted);
    if (!isLetter(prev)) return true; // after "%", ")", a closing quote
    let s = i - 1;
    while (s > 0 && i - s < MAX_WORD && isLetter(text.charCodeAt(s - 1))) s--;
    const kind = abbreviationKind(s, i);
    if (kind === "inner") return false;
    // "Polen u. a. Sie …" ends, "waren u. a. Die Johanniter" continues: a
    // `final` abbreviation after a lower-case word is inside its sentence.
    if (kind === "final") {
      return !lowerWordBefore(abbreviationStart) && isOpener(k);
    }
    if (kind === "end") return true;
    if (kind === "number" && isDigit(c)) return false;
    if (kind === undefined) {
      const word = text.slice(s, i);
      const alone = s === 0 || !isLetter(text.charCodeAt(s - 1));
      if (alone && word.length === 1) {
        return isLower(word) ? false : isOpener(k); // "z.", "George W. Bush"
      }
      if (alone && ROMAN.test(word)) return quoted || isOpener(k); // "XVI."
    }
    return true;
  };

  // The first block starts at the first non-space character: leading
  // newlines are not a blank line inside it (offsets stay into `text`).
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  let wrapped = blockWrapped(i);
  while (i < n) {
    const c = text.charCodeAt(i);
    // The fast path: most characters are neither line breaks nor terminals.
    if (
      c !== NEWLINE && c !== PERIOD && c !== 0x21 && c !== 0x3f &&
      c !== ELLIPSIS
    ) {
      if (c === QUOTE) straightOpen = !straightOpen;
      i++;
      continue;
    }
    if (c === NEWLINE) {
      let w = i;
      let newlines = 0;
      while (w < n && isSpace(text.charCodeAt(w))) {
        if (text.charCodeAt(w) === NEWLINE) newlines++;
        w++;
      }
      if (newlines >= 2) {
        cut(i);
        wrapped = blockWrapped(w);
      } else if (!wrapped) cut(i);
      i = w;
      continue;
    }
    let r = i + 1;
    while (r < n && isTerminal(text.charCodeAt(r))) r++;
    let e = r;
    while (e < n && CLOSERS.has(text.charCodeAt(e))) {
      if (text.charCodeAt(e) === QUOTE) straightOpen = !straightOpen;
      e++;
    }
    // `… zufrieden. "` (a straight quote set off by spaces, as in
    // tokenised text): it closes the quote this sentence opened.
    if (straightOpen) {
      let k = e;
      while (k < n && k - e < 3 && isInlineSpace(text.charCodeAt(k))) k++;
      if (
        k > e && text.charCodeAt(k) === QUOTE &&
        (k + 1 >= n || isSpace(text.charCodeAt(k + 1)))
      ) {
        e = k + 1;
        straightOpen = false;
      }
    }
    if (endsAt(i, r, e)) cut(e);
    i = e;
  }

  const out: SentenceSpan[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  for (const p of cuts) {
    push(from, p);
    from = p;
  }
  push(from, n);
  return out;
}
