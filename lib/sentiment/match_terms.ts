/**
 * The sentiment engine shared by {@linkcode scoreSentiment} and
 * {@linkcode scoreTone}: finds lexicon terms in a token sequence (words,
 * phrases, unknown compounds) and applies the modifier rules (negation,
 * intensifiers, diminishers, contrast, concessive "trotz", sarcasm, scare
 * quotes). Everything is Map look-ups on token norms; no regular expression
 * is built per call.
 *
 * Rules and their windows (counted in word tokens, never across a clause
 * boundary: , ; : – — ( ) or sentence end):
 * - negation: a negator flips every term (negative terms at half strength) in the next {@linkcode NEG_WINDOW}
 *   words of its clause; "weder" negates to the end of its clause; a negator
 *   that ends its clause ("Das hilft nicht.") negates the nearest verb term
 *   up to {@linkcode NEG_WINDOW} words before it
 * - weak negators ("kaum", "wenig") act on the next {@linkcode NEG_WINDOW}
 *   words: positive terms flip, negative terms only shrink
 * - intensifiers and diminishers multiply the next term within
 *   {@linkcode MOD_WINDOW} words (chains multiply: "sehr schwere Schäden")
 * - contrast: after the last contrast word of a sentence ("aber", "doch",
 *   "jedoch", "allerdings", …) terms weigh ×factor, before it ×1/factor
 * - concessive "trotz": the terms in the next {@linkcode MOD_WINDOW}+2 words
 *   weigh ×factor
 * - reducers ("sank", "verringert", "vereitelt", "beendet"): a negative
 *   term within {@linkcode REDUCE_WINDOW} words before or after one, in its
 *   clause, and not negated, weighs ×factor ("Die Arbeitslosigkeit sank" is
 *   good news); positive terms are left alone
 * - sarcasm: a sentence-initial "na" flips a positive term right after it
 * - scare quotes: a positive word quoted on its own ("Angebot") counts 0
 *
 * @module
 */
import { stem } from "../text/stem.ts";
import type { Token } from "../text/tokens.ts";
import { splitCompound } from "../text/german.ts";
import type {
  LexiconEntry,
  PhraseEntry,
  SentimentLexicon,
} from "./lexicon_builder.ts";
import type { Modifier } from "./modifiers.ts";

/**
 * Only clearly bad things are "opposed" after "gegen" ("gegen den Terror",
 * "gegen Korruption"); milder words are often people ("gegen Kritiker").
 */
export const OPPOSED_MAX = -0.6;
/** Words after a negator that it can negate. */
export const NEG_WINDOW = 3;
/** Words between a reducer ("sank", "vereitelt") and the negative term it reduces. */
export const REDUCE_WINDOW = 4;
/** Words between an intensifier/diminisher and its term. */
export const MOD_WINDOW = 2;
/** Weight of a compound's sentiment-bearing first part ("Terror|organisation"). */
export const COMPOUND_MODIFIER_FACTOR = 0.6;

/** A rule applied to a matched term, with its multiplier and the cue word. */
export interface AppliedModifier {
  /** Which rule. */
  kind:
    | "negated"
    | "weakly_negated"
    | "intensified"
    | "diminished"
    | "contrast"
    | "concessive"
    | "opposed"
    | "reduced"
    | "sarcasm"
    | "quoted"
    | "compound"
    | "distance"
    | "other_clause"
    | "agent"
    | "target";
  /** The multiplier applied to the value. */
  factor: number;
  /** The word that triggered the rule (for compounds: the lexicon part). */
  cue: string;
}

/** One matched sentiment term. */
export interface SentimentMatch {
  /** The text matched, as written. */
  term: string;
  /** The lexicon entry it matched. */
  entry: string;
  /** Offset of the first character in the scored text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The lexicon weight. */
  weight: number;
  /** The contribution to the score: weight × every modifier's factor. */
  value: number;
  /** Part of speech from the lexicon ("V" marks acts). */
  pos: string;
  /** Rules applied, in order. */
  modifiers: AppliedModifier[];
  /**
   * What the term contributed to the learned model's decision: its share
   * of the log-odds of positive over negative (> 0 pulls toward positive).
   * Set by scoreSentiment and scoreTone; absent on raw lexicon matches.
   * Words the model weighs that are not lexicon terms appear as matches
   * with `entry` "" (weight and value 0) and only this field.
   */
  learned?: number;
}

/** A match with token positions, for tone weighting. */
export interface LocatedMatch extends SentimentMatch {
  /** First and last token index. */
  first: number;
  last: number;
  /** Clause and sentence index of the first token. */
  clause: number;
  sentence: number;
}

/** Token sequence with clause/sentence structure and the matches in it. */
export interface MatchedTokens {
  tokens: Token[];
  /** Clause index of each token (boundaries belong to the clause before). */
  clause: number[];
  /** Sentence index of each token. */
  sentence: number[];
  matches: LocatedMatch[];
}

const CLAUSE_PUNCT: ReadonlySet<string> = new Set([
  ",",
  ";",
  ":",
  "–",
  "—",
  "(",
  ")",
]);
// "gut fünf Jahre", "gut 100 Menschen": "gut" before a number means
// "a little more than", not "good".
const APPROXIMATELY: ReadonlySet<string> = new Set(["gut", "knapp"]);
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "ein",
  "eine",
  "einem",
  "zwei",
  "drei",
  "vier",
  "fünf",
  "sechs",
  "sieben",
  "acht",
  "neun",
  "zehn",
  "elf",
  "zwölf",
  "zwanzig",
  "dreißig",
  "hundert",
  "tausend",
  "doppelt",
  "halb",
]);

function beforeNumber(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !next.isWord) return false;
  const c = next.token.charCodeAt(0);
  return (c >= 48 && c <= 57) || NUMBER_WORDS.has(next.lower);
}

const SENTENCE_END: ReadonlySet<string> = new Set([".", "!", "?", "…"]);
const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', "„", "“", "»", "«"]);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "«", "»"]);

interface CompoundHit {
  entry: LexiconEntry;
  factor: number;
  part: string;
}

/** What the lexicon says about one distinct word, computed once. */
interface WordInfo {
  modifier: Modifier | undefined;
  phrases: PhraseEntry[] | undefined;
  /** The entry it matches (directly or as a compound); none for weight 0. */
  entry: LexiconEntry | undefined;
  factor: number;
  /** For compounds: the lexicon part that carried the weight. */
  part: string;
}

const NOTHING: WordInfo = {
  modifier: undefined,
  phrases: undefined,
  entry: undefined,
  factor: 1,
  part: "",
};

const wordCaches = new WeakMap<SentimentLexicon, Map<string, WordInfo>>();
const WORD_CACHE_LIMIT = 200_000;

/**
 * Everything the lexicon says about a word, cached by its lower-case form
 * (news vocabulary is Zipf-distributed, so most tokens cost one look-up).
 */
function wordInfo(
  t: Token,
  lex: SentimentLexicon,
  cache: Map<string, WordInfo>,
): WordInfo {
  const hit = cache.get(t.lower);
  if (hit !== undefined) return hit;
  const modifier = lex.modifiers.get(t.norm);
  const phrases = lex.phrases.get(t.norm);
  let entry = lex.exact.get(t.lower) ?? lex.terms.get(t.norm);
  let factor = 1, part = "";
  if (entry) {
    // A weight-0 entry only blocks a wrong compound reading.
    if (entry.weight === 0) entry = undefined;
  } else if (!modifier && t.norm.length >= 6) {
    const c = decompose(t.norm, t.lower, lex);
    if (c && c.entry.weight !== 0) {
      entry = c.entry;
      factor = c.factor;
      part = c.part;
    }
  }
  const info = !modifier && !phrases && !entry
    ? NOTHING
    : { modifier, phrases, entry, factor, part };
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(t.lower, info);
  return info;
}

/**
 * Decompose an unknown word against the lexicon: the longest known head
 * (suffix of the norm) carries its full weight; else the longest known
 * first part (a form as written, linking -s/-es/-en dropped) carries
 * {@linkcode COMPOUND_MODIFIER_FACTOR}; "un-" before a known term and
 * "-los" after one flip it.
 */
function decompose(
  norm: string,
  lower: string,
  lex: SentimentLexicon,
): CompoundHit | null {
  const terms = lex.terms;
  if (norm.indexOf("-") >= 0) {
    // Hyphenated: the last part is the head, earlier parts are modifiers.
    const parts = norm.split("-");
    const words = lower.split("-");
    const at = (i: number) => lex.exact.get(words[i]) ?? terms.get(parts[i]);
    const head = at(parts.length - 1);
    if (head) return { entry: head, factor: 1, part: head.term };
    for (let i = parts.length - 2; i >= 0; i--) {
      const m = at(i);
      if (m) {
        return { entry: m, factor: COMPOUND_MODIFIER_FACTOR, part: m.term };
      }
    }
    return null;
  }
  const n = norm.length;
  if (n >= 6 && norm.startsWith("un")) {
    const rest = terms.get(norm.slice(2));
    if (rest && rest.weight > 0) {
      return { entry: rest, factor: -1, part: "un-" + rest.term };
    }
  }
  if (n >= 7 && norm.endsWith("los")) {
    const base = terms.get(stem(norm.slice(0, -3)));
    if (base && base.weight > 0) {
      return { entry: base, factor: -1, part: base.term + "-los" };
    }
  }
  const split = splitCompound(norm, lower, lex, isNounEntry);
  if (!split) return null;
  const entry = split.entry;
  return split.head
    ? { entry, factor: 1, part: entry.term }
    : { entry, factor: COMPOUND_MODIFIER_FACTOR, part: entry.term };
}

const isNounEntry = (e: LexiconEntry) => e.pos === "NN";

/**
 * Find the sentiment terms in `tokens` and apply the modifier rules.
 * Offsets in the result are those of the tokens.
 */
export function matchTerms(
  text: string,
  tokens: Token[],
  lex: SentimentLexicon,
): MatchedTokens {
  const n = tokens.length;
  // Plain arrays: a typed array of a sentence's length has its buffer
  // outside the heap, which cost 8 times as much to allocate (measured:
  // 0.45 against 0.05 µs for two of 28 elements), once per sentence.
  const clause: number[] = new Array(n);
  const sentence: number[] = new Array(n);
  let cache = wordCaches.get(lex);
  if (!cache) {
    cache = new Map();
    wordCaches.set(lex, cache);
  }
  // What the lexicon says about each token, looked up once.
  const infos: WordInfo[] = new Array(n);
  const mods: (Modifier | undefined)[] = new Array(n);
  let c = 0, s = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const info = t.isWord ? wordInfo(t, lex, cache) : NOTHING;
    infos[i] = info;
    const m = info.modifier;
    mods[i] = m;
    // A contrast word opens a new clause.
    if (m && m.kind === "contrast" && i > 0) c++;
    clause[i] = c;
    sentence[i] = s;
    if (!t.isWord) {
      if (SENTENCE_END.has(t.token)) {
        c++;
        s++;
      } else if (CLAUSE_PUNCT.has(t.token)) c++;
    }
  }
  const matches: LocatedMatch[] = [];
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (info === NOTHING) continue;
    if (info.phrases) {
      let found = false;
      for (const p of info.phrases) {
        let k = i, ok = true;
        for (const pn of p.norms) {
          while (k < n && !tokens[k].isWord) k++;
          if (k >= n || tokens[k].norm !== pn) {
            ok = false;
            break;
          }
          k++;
        }
        if (ok) {
          const last = k - 1;
          matches.push(located(tokens, i, last, p, 1, "", clause, sentence));
          i = last;
          found = true;
          break;
        }
      }
      if (found) continue;
    }
    if (
      info.entry &&
      !(APPROXIMATELY.has(tokens[i].lower) && beforeNumber(tokens, i))
    ) {
      matches.push(
        located(
          tokens,
          i,
          i,
          info.entry,
          info.factor,
          info.part,
          clause,
          sentence,
        ),
      );
    }
  }
  for (const m of matches) m.term = text.slice(m.start, m.end);
  if (matches.length > 0) {
    applyModifiers(tokens, clause, sentence, matches, mods);
  }
  return { tokens, clause, sentence, matches };
}

function located(
  tokens: Token[],
  first: number,
  last: number,
  entry: LexiconEntry,
  factor: number,
  part: string,
  clause: number[],
  sentence: number[],
): LocatedMatch {
  const start = tokens[first].start;
  const end = tokens[last].end;
  const modifiers: AppliedModifier[] = part
    ? [{ kind: "compound", factor, cue: part }]
    : [];
  return {
    term: "",
    entry: entry.term,
    start,
    end,
    weight: entry.weight,
    value: entry.weight * factor,
    pos: entry.pos,
    modifiers,
    first,
    last,
    clause: clause[first],
    sentence: sentence[first],
  };
}

/** Negated negatives flip at half strength ("keine Toten" is mild relief). */
function negationFactor(m: LocatedMatch, mod: Modifier): number {
  return m.value < 0 ? mod.factor / 2 : mod.factor;
}

function apply(
  m: LocatedMatch,
  kind: AppliedModifier["kind"],
  factor: number,
  cue: string,
): void {
  m.modifiers.push({ kind, factor, cue });
  m.value *= factor;
}

/** Token index of a reducer within {@linkcode REDUCE_WINDOW} words of `m` in its clause, or -1. */
function nearReducer(
  tokens: Token[],
  clause: number[],
  mods: (Modifier | undefined)[],
  m: LocatedMatch,
): number {
  let words = 0;
  for (let k = m.first - 1; k >= 0 && clause[k] === m.clause; k--) {
    if (!tokens[k].isWord) continue;
    if (++words > REDUCE_WINDOW) break;
    if (mods[k]?.kind === "reducer") return k;
  }
  words = 0;
  for (let k = m.last + 1; k < tokens.length && clause[k] === m.clause; k++) {
    if (!tokens[k].isWord) continue;
    if (++words > REDUCE_WINDOW) break;
    if (mods[k]?.kind === "reducer") return k;
  }
  return -1;
}

function applyModifiers(
  tokens: Token[],
  clause: number[],
  sentence: number[],
  matches: LocatedMatch[],
  mods: (Modifier | undefined)[],
): void {
  const negatedBy = new Set<number>(); // token index of negators that acted
  for (const m of matches) {
    // Negation (forward scope within the clause).
    let words = 0;
    let negated = false;
    for (let k = m.first - 1; k >= 0 && clause[k] === m.clause; k--) {
      const t = tokens[k];
      if (!t.isWord) continue;
      words++;
      const mod = mods[k];
      if (
        mod && mod.kind === "negator" &&
        (words <= NEG_WINDOW || mod.term === "weder")
      ) {
        apply(m, "negated", negationFactor(m, mod), t.token);
        negatedBy.add(k);
        negated = true;
        break;
      }
      if (
        mod && mod.kind === "weak_negator" && words <= NEG_WINDOW
      ) {
        if (m.value > 0) apply(m, "weakly_negated", mod.factor, t.token);
        else apply(m, "weakly_negated", Math.abs(mod.factor) / 2, t.token);
        negated = true;
        break;
      }
    }
    // Intensifiers and diminishers right before the term.
    words = 0;
    for (let k = m.first - 1; k >= 0 && clause[k] === m.clause; k--) {
      const t = tokens[k];
      if (!t.isWord) continue;
      if (++words > MOD_WINDOW) break;
      const mod = mods[k];
      if (!mod) continue;
      if (mod.kind === "intensifier") {
        apply(m, "intensified", mod.factor, t.token);
      } else if (mod.kind === "diminisher") {
        apply(m, "diminished", mod.factor, t.token);
      }
    }
    // Opposition "gegen": a negative term right after it is what someone
    // acts against ("Kampf gegen den Terrorismus").
    words = 0;
    for (let k = m.first - 1; k >= 0 && clause[k] === m.clause; k--) {
      const t = tokens[k];
      if (!t.isWord) continue;
      if (++words > MOD_WINDOW + 1) break;
      const mod = mods[k];
      if (mod && mod.kind === "opposition") {
        if (m.weight <= OPPOSED_MAX) apply(m, "opposed", mod.factor, t.token);
        break;
      }
    }
    // Concessive "trotz": the phrase after it counts less.
    words = 0;
    for (let k = m.first - 1; k >= 0 && clause[k] === m.clause; k--) {
      const t = tokens[k];
      if (!t.isWord) continue;
      if (++words > MOD_WINDOW + 2) break;
      const mod = mods[k];
      if (mod && mod.kind === "concessive") {
        apply(m, "concessive", mod.factor, t.token);
        break;
      }
    }
    // Reducer: a bad thing that sank, was prevented or ended.
    if (m.value < 0 && !negated) {
      const k = nearReducer(tokens, clause, mods, m);
      if (k >= 0) apply(m, "reduced", mods[k]!.factor, tokens[k].token);
    }
    // Sarcasm: "Na toll, ..." — "na" opens the sentence, a positive word follows.
    if (m.value > 0 && !negated) {
      let k = m.first - 1;
      let words = 0;
      while (k >= 0 && sentence[k] === m.sentence && words < MOD_WINDOW) {
        if (tokens[k].isWord) words++;
        k--;
      }
      for (let j = k + 1; j < m.first; j++) {
        const mod = mods[j];
        if (
          mod && mod.kind === "sarcasm" &&
          (j === 0 || sentence[j - 1] !== m.sentence)
        ) {
          apply(m, "sarcasm", mod.factor, tokens[j].token);
          break;
        }
      }
    }
    // Scare quotes around a lone positive word.
    if (
      m.value > 0 && m.first > 0 && m.last + 1 < tokens.length &&
      OPEN_QUOTES.has(tokens[m.first - 1].token) &&
      CLOSE_QUOTES.has(tokens[m.last + 1].token)
    ) {
      apply(m, "quoted", 0, tokens[m.first - 1].token);
    }
  }
  // A negator that ends its clause ("Das hilft nicht.") and negated nothing
  // ahead negates the verb term before it.
  for (let k = 0; k < tokens.length; k++) {
    const mod = mods[k];
    if (!mod || mod.kind !== "negator" || negatedBy.has(k)) continue;
    const t = tokens[k];
    // It ends its clause, or is followed only by a separable particle.
    const a = tokens[k + 1], b = tokens[k + 2];
    if (a && a.isWord && b && b.isWord) continue;
    let best: LocatedMatch | undefined;
    for (const m of matches) {
      if (m.last >= k || m.clause !== clause[k] || m.pos !== "V") continue;
      let words = 0;
      for (let j = m.last + 1; j < k; j++) if (tokens[j].isWord) words++;
      if (words < NEG_WINDOW) best = m;
    }
    if (best && !best.modifiers.some((x) => x.kind === "negated")) {
      apply(best, "negated", negationFactor(best, mod), t.token);
    }
  }
  // Contrast: the last contrast word of each sentence.
  const lastContrast = new Map<number, number>();
  for (let k = 0; k < tokens.length; k++) {
    const mod = mods[k];
    if (mod && mod.kind === "contrast") lastContrast.set(sentence[k], k);
  }
  for (const m of matches) {
    const k = lastContrast.get(m.sentence);
    if (k === undefined) continue;
    const mod = mods[k]!;
    if (m.first > k) apply(m, "contrast", mod.factor, tokens[k].token);
    else apply(m, "contrast", 1 / mod.factor, tokens[k].token);
  }
}

/** Drop the token bookkeeping of a located match. */
export function publicMatch(m: SentimentMatch): SentimentMatch {
  return {
    term: m.term,
    entry: m.entry,
    start: m.start,
    end: m.end,
    weight: m.weight,
    value: m.value,
    pos: m.pos,
    modifiers: m.modifiers,
  };
}
