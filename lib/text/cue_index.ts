/**
 * A dictionary of German cue terms: whole words with their inflections,
 * compound heads and modifiers, verb stems and multi-word phrases. Frame
 * codebooks and the conflicts file compile into one of these. Matching a
 * token costs one Map look-up and at most a few character-trie walks bounded
 * by the token's length: no regular expression, no allocation per token
 * that is not a cue.
 *
 * Rules (README, Frames, says the same for codebook authors):
 * - Whole words match on the normalised form (see {@linkcode normalize}:
 *   CISTEM stem, umlauts folded), so "Angriffe", "Angriffen" and "Angriffs"
 *   all match "Angriff". Because the stemmer conflates unrelated words
 *   ("Regiment"/"Regime", "Gespräch"/"Sprache", "Werte"/"wer"), the token must
 *   also begin with the cue's written base (the cue folded, minus a final
 *   "en", "n" or "e"; after a "ge" for lower-case cues: "gekämpft"); a
 *   capitalised cue (a noun) matches only capitalised tokens ("Würde" is
 *   not "würde"), a lower-case cue only lower-case tokens or the first word
 *   of the range ("drohen" is not "Drohne").
 * - Compounds: a `word` cue whose base has at least {@linkcode MIN_COMPOUND_CUE}
 *   letters also matches a word that begins with the base (modifier:
 *   "Friedensverhandlungen" ← "Frieden") or that ends with the base plus an
 *   inflectional ending (head: "Raketenangriffe" ← "Angriff"; a capitalised
 *   cue needs a capitalised word), when at least
 *   {@linkcode MIN_MODIFIER_REST} letters follow a modifier ("Diktator" is
 *   no compound of "Diktat") or {@linkcode MIN_COMPOUND_REST} precede a
 *   head. Compounds are read on the written form, not the stem, so
 *   "Abbuchung" is no compound of "Hunger". Only the longest head and the
 *   longest modifier count. A word listed itself (exactly, or as a `stop`
 *   word) is never read as a compound: listing "Waffenruhe" keeps it from
 *   matching "Waffe"; a `stop` word that is the longest part of a compound
 *   blocks that reading.
 *
 * @module
 */
import {
  foldedStartsWith,
  foldedStep,
  foldGerman,
  HEAD_ENDINGS,
  isCapitalised,
  VERB_PARTICLES,
} from "./german.ts";
import { normalize, type Token, tokenize } from "./tokens.ts";

/**
 * How a cue matches:
 * - `word`: the same normalised form (inflection), or the cue is the head
 *   or modifier of a compound;
 * - `exact`: the same normalised form, never inside a compound (short or
 *   ambiguous words: "Euro" must not match "europäisch");
 * - `stem`: the cue is a written stem (lower case) and matches any word
 *   that begins with it ("erob" → erobern, eroberte), also after a verb
 *   particle ("zurückerobert", "wiedererobert");
 * - `phrase`: two or more words whose normalised forms follow one another;
 * - `stop`: the word is not a cue; it blocks the compound reading.
 */
export type CueKind = "word" | "exact" | "stem" | "phrase" | "stop";

/** The cue kinds, in the order documentation lists them. */
export const CUE_KINDS: readonly CueKind[] = [
  "word",
  "exact",
  "stem",
  "phrase",
  "stop",
];

/** How a token matched: as a whole, as compound part, by stem or phrase. */
export type MatchHow = "exact" | "head" | "modifier" | "stem" | "phrase";

/** Minimum length of a cue's base for compound matching (and of stems). */
export const MIN_COMPOUND_CUE = 5;
/** Minimum length of a `stem` cue. */
export const MIN_STEM = 4;
/** Minimum length of the rest of a compound beside the matched cue. */
export const MIN_COMPOUND_REST = 3;
/**
 * Minimum length of what follows a modifier: 4, so that derivations
 * ("Diktat|or", "Sieg|el") are not read as compounds.
 */
export const MIN_MODIFIER_REST = 4;

interface CharNode<T> {
  next: Map<number, CharNode<T>>;
  /** Word cues ending here (they need a compound rest). */
  words: T[] | null;
  /** Stem cues ending here (any continuation matches). */
  stems: T[] | null;
  /** A verb particle ends here (particle trie only). */
  particle: boolean;
  /** A stop word's base ends here: as the longest part it blocks matches. */
  stop: boolean;
}

interface WholeEntry<T> {
  guard: string;
  capital: boolean;
  values: T[];
}

interface TokenMatch<T> {
  values: readonly T[];
  how: MatchHow;
}

const NO_MATCH: readonly never[] = [];
const CACHE_LIMIT = 200_000;

interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>>;
  values: T[] | null;
}

/** Called for every match with the values of the cue(s) and token span. */
export type CueCallback<T> = (
  values: readonly T[],
  how: MatchHow,
  first: number,
  last: number,
) => void;

const charNode = <T>(): CharNode<T> => ({
  next: new Map(),
  words: null,
  stems: null,
  particle: false,
  stop: false,
});

/**
 * The written base of a cue: folded, minus a final "en", "e", or "n" after
 * "l" or "r", when at least `min` letters remain ("Angriffe" → "angriff",
 * "kämpfen" → "kampf", "Grenze" → "grenz"; with `min` 5, "Waffen" stays
 * "waffen" and "Gewinn" stays "gewinn").
 */
export function cueBase(cue: string, min = 3): string {
  const f = foldGerman(cue);
  const n = f.length;
  const end = f.endsWith("en")
    ? 2
    : f.endsWith("e") || (f.endsWith("n") && /[lr]n$/.test(f))
    ? 1
    : 0;
  return end > 0 && n - end >= min ? f.slice(0, n - end) : f;
}

/**
 * Whether the written token is capitalised at `at`: its character differs
 * from the lower-cased one (no allocation).
 */
const capitalAt = (token: string, lower: string, at: number) =>
  token.charCodeAt(at) !== lower.charCodeAt(at);

/**
 * A compiled cue dictionary with values of type `T` (e.g. the frame a cue
 * belongs to).
 *
 * @example Match a compound and a phrase
 * ```ts
 * import assert from "node:assert/strict";
 * import { CueIndex } from "./cue_index.ts";
 * import { tokenize } from "./tokens.ts";
 * const index = new CueIndex<string>();
 * index.add("Angriff", "word", "military");
 * index.add("humanitäre Hilfe", "phrase", "humanitarian");
 * const found: string[] = [];
 * index.match(tokenize("Nach dem Luftangriff kam humanitäre Hilfe."), (v, how) =>
 *   found.push(`${v[0]}:${how}`));
 * assert.equal(found.join(" "), "military:head humanitarian:phrase");
 * ```
 */
export class CueIndex<T> {
  readonly #whole = new Map<string, WholeEntry<T>[]>();
  readonly #forward: CharNode<T> = charNode();
  /** Stems, on the lower-case written form (umlauts kept: "forder" ≠ "förder"). */
  readonly #stems: CharNode<T> = charNode();
  readonly #reverse: CharNode<T> = charNode();
  readonly #particles: CharNode<T> = charNode();
  readonly #phrases = new Map<string, PhraseNode<T>>();
  /** Values of capitalised word cues (nouns head only capitalised words). */
  readonly #nouns = new Set<T>();
  #hasStems = false;
  #phraseValues: T[] | null = null;

  constructor() {
    for (const p of VERB_PARTICLES) {
      let node = this.#particles;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        let child = node.next.get(c);
        if (!child) {
          child = charNode();
          node.next.set(c, child);
        }
        node = child;
      }
      node.particle = true;
    }
  }

  /**
   * Add a cue. Returns the key it is stored under (equal keys for one value
   * mean duplicates).
   *
   * @throws {RangeError} when the cue cannot be used (empty, a phrase of
   * one word, a stem too short); callers add file and line.
   */
  add(cue: string, kind: CueKind, value: T): string {
    const text = cue.trim();
    if (text === "") throw new RangeError("the cue is empty");
    if (kind === "phrase") {
      const norms = tokenize(text).filter((t) => t.isWord).map((t) => t.norm);
      if (norms.length < 2) {
        throw new RangeError(
          `phrase "${text}" has fewer than two words; use kind "word"`,
        );
      }
      let node: PhraseNode<T> | undefined = this.#phrases.get(norms[0]);
      if (!node) {
        node = { next: new Map(), values: null };
        this.#phrases.set(norms[0], node);
      }
      for (let i = 1; i < norms.length; i++) {
        let child: PhraseNode<T> | undefined = node.next.get(norms[i]);
        if (!child) {
          child = { next: new Map(), values: null };
          node.next.set(norms[i], child);
        }
        node = child;
      }
      (node.values ??= []).push(value);
      return `phrase:${norms.join(" ")}`;
    }
    const words = tokenize(text).filter((t) => t.isWord);
    if (words.length !== 1 || words[0].token !== text) {
      throw new RangeError(
        `cue "${text}" is not a single word; use kind "phrase" for several words`,
      );
    }
    if (kind === "stem") {
      const stem = text.toLowerCase();
      if (stem.length < MIN_STEM || stem.includes("-")) {
        throw new RangeError(
          `stem "${text}" must be at least ${MIN_STEM} letters without hyphens`,
        );
      }
      this.#insert(this.#stems, stem, false, value, "stems");
      this.#hasStems = true;
      return `stem:${stem}`;
    }
    const norm = normalize(text);
    const base = cueBase(text);
    const capital = isCapitalised(text);
    const list = this.#whole.get(norm) ?? [];
    let entry = list.find((e) => e.guard === base && e.capital === capital);
    if (!entry) {
      entry = { guard: base, capital, values: [] };
      list.push(entry);
      this.#whole.set(norm, list);
    }
    if (kind === "stop") {
      const stopBase = cueBase(text, MIN_COMPOUND_CUE);
      if (stopBase.length >= MIN_COMPOUND_CUE && !stopBase.includes("-")) {
        this.#mark(this.#forward, stopBase, false);
        this.#mark(this.#reverse, stopBase, true);
      }
      return `stop:${norm}/${base}`;
    }
    entry.values.push(value);
    const compound = cueBase(text, MIN_COMPOUND_CUE);
    if (
      kind === "word" && compound.length >= MIN_COMPOUND_CUE &&
      !compound.includes("-")
    ) {
      if (capital) this.#nouns.add(value);
      this.#insert(this.#forward, compound, false, value, "words");
      this.#insert(this.#reverse, compound, true, value, "words");
    }
    return `${norm}/${base}${capital ? "/N" : ""}`;
  }

  /** Mark `key` in a trie as a stop word's base. */
  #mark(root: CharNode<T>, key: string, reversed: boolean): void {
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(reversed ? key.length - 1 - k : k);
      let child = node.next.get(c);
      if (!child) {
        child = charNode();
        node.next.set(c, child);
      }
      node = child;
    }
    node.stop = true;
  }

  #insert(
    root: CharNode<T>,
    key: string,
    reversed: boolean,
    value: T,
    slot: "words" | "stems",
  ): void {
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(reversed ? key.length - 1 - k : k);
      let child = node.next.get(c);
      if (!child) {
        child = charNode();
        node.next.set(c, child);
      }
      node = child;
    }
    const list = (node[slot] ??= []);
    if (!list.includes(value)) list.push(value);
  }

  /**
   * Match tokens `[from, to)`; `onMatch` gets the values, how they matched
   * and the first and last token index. Phrases win over the single words
   * inside them (leftmost longest phrase first).
   */
  match(
    tokens: readonly Token[],
    onMatch: CueCallback<T>,
    from = 0,
    to: number = tokens.length,
  ): void {
    let i = from;
    let initial = true;
    while (i < to) {
      const tok = tokens[i];
      if (!tok.isWord) {
        i++;
        continue;
      }
      const first = initial;
      initial = false;
      const last = this.#matchPhrase(tokens, i, to);
      if (last >= 0) {
        onMatch(this.#phraseValues!, "phrase", i, last);
        i = last + 1;
        continue;
      }
      this.#matchToken(tok, i, first, onMatch);
      i++;
    }
  }

  /** Last token index of the longest phrase starting at `i`, or -1. */
  #matchPhrase(tokens: readonly Token[], i: number, to: number): number {
    let node = this.#phrases.get(tokens[i].norm);
    let best = -1;
    for (let j = i + 1; node && j < to; j++) {
      const t = tokens[j];
      if (!t.isWord) break;
      node = node.next.get(t.norm);
      if (node?.values) {
        best = j;
        this.#phraseValues = node.values;
      }
    }
    return best;
  }

  /**
   * Single-word matching depends only on the written token, and news
   * vocabulary is Zipf-distributed: remember each token's matches.
   */
  readonly #cache = new Map<string, readonly TokenMatch<T>[]>();
  /** The same for the first word of a range (capitalised by position). */
  readonly #initialCache = new Map<string, readonly TokenMatch<T>[]>();

  #matchToken(
    tok: Token,
    i: number,
    initial: boolean,
    onMatch: CueCallback<T>,
  ): void {
    const cache = initial ? this.#initialCache : this.#cache;
    let found = cache.get(tok.token);
    if (found === undefined) {
      const list: TokenMatch<T>[] = [];
      this.#matchWord(
        tok,
        initial,
        (values, how) => list.push({ values, how }),
      );
      found = list.length === 0 ? NO_MATCH : list;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(tok.token, found);
    }
    for (let k = 0; k < found.length; k++) {
      onMatch(found[k].values, found[k].how, i, i);
    }
  }

  #matchWord(tok: Token, initial: boolean, onMatch: CueCallback<T>): void {
    const i = 0;
    const { norm, lower, token } = tok;
    if (
      this.#matchWhole(norm, token, lower, 0, lower.length, initial, onMatch)
    ) {
      return;
    }
    let dash = lower.indexOf("-");
    if (dash < 0) {
      this.#matchPart(token, lower, 0, lower.length, i, onMatch);
      return;
    }
    // Hyphenated compound: normalize() stems part by part, so the parts of
    // `norm` and `lower` line up.
    let from = 0;
    let nFrom = 0;
    let nDash = norm.indexOf("-");
    for (;;) {
      const to = dash < 0 ? lower.length : dash;
      const nTo = nDash < 0 ? norm.length : nDash;
      if (to > from) {
        const part = norm.slice(nFrom, nTo);
        const first = initial && from === 0;
        if (!this.#matchWhole(part, token, lower, from, to, first, onMatch)) {
          this.#matchPart(token, lower, from, to, i, onMatch);
        }
      }
      if (dash < 0 || nDash < 0) break;
      from = dash + 1;
      dash = lower.indexOf("-", from);
      nFrom = nDash + 1;
      nDash = norm.indexOf("-", nFrom);
    }
  }

  /** Whole-word look-up of `lower[from, to)`; true when the word is listed. */
  #matchWhole(
    norm: string,
    token: string,
    lower: string,
    from: number,
    to: number,
    initial: boolean,
    onMatch: CueCallback<T>,
  ): boolean {
    const i = 0;
    const list = this.#whole.get(norm);
    if (list === undefined) return false;
    let listed = false;
    const capital = capitalAt(token, lower, from);
    for (const e of list) {
      // Nouns match capitalised words only; lower-case cues (verbs,
      // adjectives) match lower-case words, or any at a sentence start.
      if (e.capital ? !capital : capital && !initial) continue;
      if (
        !foldedStartsWith(lower, from, to, e.guard) &&
        !(!e.capital && lower.startsWith("ge", from) &&
          foldedStartsWith(lower, from + 2, to, e.guard))
      ) continue;
      listed = true;
      if (e.values.length > 0) onMatch(e.values, "exact", i, i);
    }
    return listed;
  }

  /**
   * Compound and stem matching of the written word `lower[from, to)`:
   * the longest modifier or stem from the front, the longest head (base
   * plus ending) from the back.
   */
  #matchPart(
    token: string,
    lower: string,
    from: number,
    to: number,
    i: number,
    onMatch: CueCallback<T>,
  ): void {
    if (to - from < MIN_STEM) return;
    // A capitalised cue (a noun) is part only of capitalised words: this
    // keeps participles ("eingefahren") and zu-infinitives out.
    const capital = capitalAt(token, lower, from);
    let mod: T[] | null = null;
    let modHow: MatchHow = "modifier";
    // Longest stem, also after a verb particle ("zurück|erob|ert").
    if (this.#hasStems) {
      mod = this.#stemAt(lower, from, to);
      let p: CharNode<T> | undefined = this.#particles;
      for (let k = from; k < to - MIN_STEM && p && !mod; k++) {
        p = p.next.get(lower.charCodeAt(k));
        if (!p?.particle) continue;
        mod = this.#stemAt(lower, k + 1, to) ??
          (lower.startsWith("ge", k + 1) || lower.startsWith("zu", k + 1)
            ? this.#stemAt(lower, k + 3, to)
            : null);
      }
      if (mod) modHow = "stem";
    }
    // Longest modifier: walk the folded written form forward.
    let node: CharNode<T> | undefined = mod ? undefined : this.#forward;
    for (let k = from; k < to && node; k++) {
      const c = lower.charCodeAt(k);
      node = foldedStep(node, c);
      if (!node || to - k - 1 < MIN_MODIFIER_REST) continue;
      if (node.stop) mod = null;
      if (node.words) {
        const words = this.#forCase(node.words, capital);
        if (words) mod = words;
      }
    }
    // Longest head: for each inflectional ending the word has, walk the
    // rest backward (the trie holds reversed bases).
    let head: T[] | null = null;
    let headLength = 0;
    for (const end of HEAD_ENDINGS) {
      const stop = to - end.length;
      if (stop - from <= MIN_COMPOUND_REST || !lower.startsWith(end, stop)) {
        continue;
      }
      node = this.#reverse;
      for (let k = stop - 1; k >= from && node; k--) {
        const c = lower.charCodeAt(k);
        node = foldedStep(node, c);
        if (!node || k - from < MIN_COMPOUND_REST || stop - k <= headLength) {
          continue;
        }
        if (node.stop) {
          head = null;
          headLength = stop - k;
        }
        if (node.words) {
          const words = this.#forCase(node.words, capital);
          if (words) {
            head = words;
            headLength = stop - k;
          }
        }
      }
    }
    if (mod) onMatch(mod, modHow, i, i);
    if (head && head !== mod) onMatch(head, "head", i, i);
  }

  /** `values`, without noun cues when the word is not capitalised. */
  #forCase(values: T[], capital: boolean): T[] | null {
    if (capital) return values;
    const some = values.filter((v) => !this.#nouns.has(v));
    return some.length > 0 ? some : null;
  }

  /** Values of the longest stem starting at `k`, or null. */
  #stemAt(lower: string, k: number, to: number): T[] | null {
    let node: CharNode<T> | undefined = this.#stems;
    let found: T[] | null = null;
    for (let j = k; j < to && node; j++) {
      node = node.next.get(lower.charCodeAt(j));
      if (node?.stems) found = node.stems;
    }
    return found;
  }
}
