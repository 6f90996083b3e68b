/**
 * Features of a sentence for the learned sentiment model
 * ({@linkcode sentenceFeatures}): the lexicon hits with their modifiers
 * (from {@linkcode matchTerms}), word and word-pair norms, character
 * n-grams of long words, clause position and quote/attribution context.
 *
 * Each feature that comes from a place in the text keeps that place
 * (`sources`), so a prediction can name the words that drove it.
 *
 * @module
 */
import { stem } from "../text/stem.ts";
import type { Token } from "../text/tokens.ts";
import type { MatchedTokens } from "./match_terms.ts";

/** Where in the text a feature came from (token range). */
export interface FeatureSource {
  feature: string;
  /** Index into `mt.matches` for lexicon features, else -1. */
  match: number;
  /** First and last token. */
  first: number;
  last: number;
  /** The feature's value from this place. */
  value: number;
}

/** A feature vector and where each placed feature came from. */
export interface SentenceFeatures {
  features: Map<string, number>;
  sources: FeatureSource[];
}

/** Speech and attribution verbs: the sentence reports someone's words. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "sagte",
  "sagten",
  "sagt",
  "sagen",
  "erklärte",
  "erklärten",
  "erklärt",
  "betonte",
  "betont",
  "berichtete",
  "berichteten",
  "berichtet",
  "meldete",
  "meldeten",
  "teilte",
  "teilten",
  "hieß",
  "heißt",
  "zufolge",
  "laut",
  "kritisierte",
  "kritisiert",
  "warnte",
  "warnt",
  "forderte",
  "fordert",
  "sprach",
  "schrieb",
  "schreibt",
  "meinte",
  "meint",
  "so",
]);

const QUOTES: ReadonlySet<string> = new Set([
  '"',
  "„",
  "“",
  "”",
  "»",
  "«",
]);
/** Words left out of word pairs (articles, the commonest prepositions). */
const STOP: ReadonlySet<string> = new Set(
  "der die das den dem des ein eine einen einem einer eines und in im zu von mit auf für an am"
    .split(" "),
);
/** Name prefixes of the word features (stems, pairs, character n-grams). */
export const WORD_FEATURES: readonly string[] = ["w:", "b:", "pre:", "suf:"];

/** Words at least this long give prefix/suffix character n-grams. */
export const LONG_WORD = 8;
/** Length of those n-grams. */
export const NGRAM = 5;

/**
 * Lexicon feature names, built once: a name made per match with a
 * template costs a string build and a hash per model lookup.
 */
const LEX_NAMES = {
  pos: {
    lex: "lex:pos",
    firstClause: "lex:first_clause:pos",
    lastClause: "lex:last_clause:pos",
    quoted: "lex:quoted:pos",
    reported: "lex:reported:pos",
  },
  neg: {
    lex: "lex:neg",
    firstClause: "lex:first_clause:neg",
    lastClause: "lex:last_clause:neg",
    quoted: "lex:quoted:neg",
    reported: "lex:reported:neg",
  },
};
const termNames = new Map<string, string>();
const modNames = new Map<string, { pos: string; neg: string }>();

/** `term:<entry>`, the same string for each entry. */
function termName(entry: string): string {
  let name = termNames.get(entry);
  if (name === undefined) termNames.set(entry, name = `term:${entry}`);
  return name;
}

/** `mod:<kind>:<side>`, the same string for each kind and side. */
function modName(kind: string, side: "pos" | "neg"): string {
  let names = modNames.get(kind);
  if (names === undefined) {
    names = { pos: `mod:${kind}:pos`, neg: `mod:${kind}:neg` };
    modNames.set(kind, names);
  }
  return names[side];
}

/** A word's stem and the names of its word features. */
export interface WordNames {
  stem: string;
  /** `w:<stem>` */
  word: string;
  /** `pre:`/`suf:` n-grams, for long words only. */
  pre?: string;
  suf?: string;
}
const wordNameCache = new Map<string, WordNames>();
const WORD_CACHE_LIMIT = 200_000;

/**
 * The word feature names of a token (by its lower-case form and
 * normalised form; `pre`/`suf` only for words of {@linkcode LONG_WORD}
 * letters or more), built once per distinct word: most tokens of news
 * text are a map look-up instead of a stem and three string builds.
 */
export function wordNames(lower: string, norm: string): WordNames {
  let names = wordNameCache.get(lower);
  if (names === undefined) {
    const n = stem(lower);
    names = { stem: n, word: `w:${n}` };
    if (norm.length >= LONG_WORD) {
      names.pre = `pre:${norm.slice(0, NGRAM)}`;
      names.suf = `suf:${norm.slice(-NGRAM)}`;
    }
    if (wordNameCache.size >= WORD_CACHE_LIMIT) wordNameCache.clear();
    wordNameCache.set(lower, names);
  }
  return names;
}

function add(f: Map<string, number>, k: string, v: number): void {
  f.set(k, (f.get(k) ?? 0) + v);
}

/**
 * A function that adds `value` to `feature` of `out` and records where it
 * came from (tokens `first`…`last`, lexicon match `match` or -1).
 */
export function placer(
  out: SentenceFeatures,
): (
  feature: string,
  first: number,
  last: number,
  value: number,
  match?: number,
) => void {
  return (feature, first, last, value, match = -1) => {
    add(out.features, feature, value);
    out.sources.push({ feature, match, first, last, value });
  };
}

/**
 * Features of the tokens `[from, to)` of a matched token sequence (a
 * sentence, or a snippet of several).
 *
 * Feature names: `lex:pos`/`lex:neg` (sums of the lexicon values after
 * modifiers, negatives as magnitudes), `lex:n` (hits), `term:<entry>`
 * (the signed value per lexicon entry), `mod:<rule>:<pos|neg>` (rules applied),
 * `lex:first_clause:*`/`lex:last_clause:*` and `lex:quoted:*` (lexicon
 * sums by position), `w:<stem>` and `b:<stem> <stem>` (word stems and
 * pairs of them, stop words left out of pairs), `pre:`/`suf:` (character n-grams
 * of long words), `ctx:*` (quotes, speech verb, question, exclamation,
 * length). With `words` false, the word features (`w:`, `b:`, `pre:`,
 * `suf:`) are left out.
 */
export function sentenceFeatures(
  mt: MatchedTokens,
  from = 0,
  to = mt.tokens.length,
  words = true,
): SentenceFeatures {
  const out: SentenceFeatures = { features: new Map(), sources: [] };
  const f = out.features;
  const { tokens, clause } = mt;
  const place = placer(out);
  // Quote state per token: inside a quotation.
  // A plain array: a typed one of a sentence's length allocates a buffer
  // outside the heap, per sentence.
  const quoted: number[] = new Array(to).fill(0);
  let inQuote = false, hasQuote = false, speech = false, nWords = 0;
  let prev = "";
  for (let k = from; k < to; k++) {
    const t: Token = tokens[k];
    if (!t.isWord) {
      if (QUOTES.has(t.token)) {
        inQuote = !inQuote;
        hasQuote = true;
      } else if (t.token === "?") add(f, "ctx:question", 1);
      else if (t.token === "!") add(f, "ctx:exclamation", 1);
      prev = "";
      continue;
    }
    quoted[k] = inQuote ? 1 : 0;
    nWords++;
    if (SPEECH_VERBS.has(t.lower)) speech = true;
    if (!words) continue;
    const wn = wordNames(t.lower, t.norm);
    place(wn.word, k, k, 1);
    if (!STOP.has(t.norm)) {
      if (prev) place(`b:${prev} ${wn.stem}`, k - 1, k, 1);
      prev = wn.stem;
    } else prev = "";
    if (wn.pre !== undefined) {
      place(wn.pre, k, k, 1);
      place(wn.suf!, k, k, 1);
    }
  }
  if (hasQuote) add(f, "ctx:quote", 1);
  if (speech) add(f, "ctx:speech", 1);
  add(f, "ctx:len", Math.log1p(nWords) / 4);
  const firstClause = from < to ? clause[from] : 0;
  const lastClause = to > from ? clause[to - 1] : 0;
  mt.matches.forEach((m, i) => {
    if (m.first < from || m.last >= to) return;
    const v = m.value;
    const side = v > 0 ? "pos" : "neg";
    const mag = Math.abs(v);
    if (mag === 0) return;
    const names = LEX_NAMES[side];
    place(names.lex, m.first, m.last, mag, i);
    place("lex:n", m.first, m.last, 1, i);
    place(termName(m.entry), m.first, m.last, v, i);
    for (const mod of m.modifiers) {
      place(modName(mod.kind, side), m.first, m.last, 1, i);
    }
    if (m.clause === firstClause) {
      place(names.firstClause, m.first, m.last, mag, i);
    }
    if (m.clause === lastClause) {
      place(names.lastClause, m.first, m.last, mag, i);
    }
    if (quoted[m.first]) place(names.quoted, m.first, m.last, mag, i);
    if (speech) place(names.reported, m.first, m.last, mag, i);
  });
  return out;
}
