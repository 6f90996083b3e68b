/**
 * A dictionary of German cue terms matched on token norms (see
 * {@linkcode normalize}): whole words with their inflections, compound
 * heads and modifiers, stems and multi-word phrases. Frame codebooks and the
 * conflicts file compile into one of these; matching a token costs one Map
 * look-up plus two character-trie walks bounded by the token's length, with
 * no regular expression and no allocation per token.
 *
 * The compound rule: a `word` or `stem` cue whose norm has at least
 * {@linkcode MIN_COMPOUND_CUE} characters also matches a token that ENDS
 * with it (the cue is the head: "Luftangriff" ← "Angriff") or BEGINS with
 * it (the cue is the modifier: "Friedensverhandlungen" ← "Frieden"), when
 * the rest of the token has at least {@linkcode MIN_COMPOUND_REST}
 * characters. Only the longest head and the longest modifier count, and a
 * token listed itself (exactly, or as a `stop` word) is never read as a
 * compound: listing "Waffenruhe" keeps it from matching "Waffe".
 *
 * Short normalised forms (under {@linkcode MIN_COMPOUND_CUE} letters) collide
 * with function words once the stemmer has cut them ("Werte" → "wer",
 * "Protest" → "pro"), so a cue with a short norm matches only tokens that
 * also begin with the cue as written (folded): "Werten" and "Proteste" match,
 * "wer" and "pro" do not.
 *
 * @module
 */
import { normalize, type Token, tokenize } from "./tokens.ts";

/**
 * How a cue matches:
 * - `word`: the token's norm equals the cue's norm (inflection through the
 *   stemmer), or the cue is the head or modifier of a compound;
 * - `exact`: the norms are equal; never inside a compound (short or
 *   ambiguous words: "Euro" must not match "europäisch");
 * - `stem`: the cue is written as a stem (lower case) and matches any token
 *   whose norm begins with it ("erob" → erobern, eroberte), or that ends with
 *   it as a compound head ("zurückerobert");
 * - `phrase`: two or more words whose norms must follow one another;
 * - `stop`: the token is not a cue; it blocks the compound reading.
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

/** Minimum length of a cue norm for compound matching. */
export const MIN_COMPOUND_CUE = 4;
/** Minimum length of the rest of a compound beside the matched cue. */
export const MIN_COMPOUND_REST = 3;

interface CharNode<T> {
  next: Map<number, CharNode<T>>;
  /** Cues ending here that need a compound rest (word cues). */
  words: T[] | null;
  /** Stem cues ending here: any continuation matches. */
  stems: T[] | null;
}

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
});

const STOP: never[] = [];

/** Lower case with umlauts and ß folded, as the stemmer does. */
export function foldGerman(s: string): string {
  return s.toLowerCase().replaceAll("ä", "a").replaceAll("ö", "o")
    .replaceAll("ü", "u").replaceAll("ß", "ss");
}

/**
 * A compiled cue dictionary with values of type `T` (e.g. the frame a cue
 * belongs to).
 *
 * @example Match a compound and a phrase
 * ```ts
 * import { CueIndex } from "./cue_index.ts";
 * import { tokenize } from "./tokens.ts";
 * const index = new CueIndex<string>();
 * index.add("Angriff", "word", "military");
 * index.add("humanitäre Hilfe", "phrase", "humanitarian");
 * const found: string[] = [];
 * index.match(tokenize("Nach dem Luftangriff kam humanitäre Hilfe."), (v, how) =>
 *   found.push(`${v[0]}:${how}`));
 * console.assert(found.join(" ") === "military:head humanitarian:phrase");
 * ```
 */
export class CueIndex<T> {
  readonly #exact = new Map<string, T[]>();
  /** Short norms: each value with the written prefix a token must have. */
  readonly #short = new Map<string, { guard: string; values: T[] }[]>();
  readonly #forward: CharNode<T> = charNode();
  readonly #reverse: CharNode<T> = charNode();
  readonly #phrases = new Map<string, PhraseNode<T>>();

  /**
   * Add a cue. Returns the normalised key it is stored under.
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
      return norms.join(" ");
    }
    const words = tokenize(text).filter((t) => t.isWord);
    if (words.length !== 1 || words[0].token !== text) {
      throw new RangeError(
        `cue "${text}" is not a single word; use kind "phrase" for several words`,
      );
    }
    if (kind === "stem") {
      const stem = foldGerman(text);
      if (stem.length < MIN_COMPOUND_CUE || stem.includes("-")) {
        throw new RangeError(
          `stem "${text}" must be at least ${MIN_COMPOUND_CUE} letters without hyphens`,
        );
      }
      this.#insert(this.#forward, stem, false, value, "stems");
      this.#insert(this.#reverse, stem, true, value, "words");
      return stem;
    }
    const norm = normalize(text);
    if (norm.length < MIN_COMPOUND_CUE && !norm.includes("-")) {
      const guard = foldGerman(text);
      const list = this.#short.get(norm) ?? [];
      const same = list.find((e) => e.guard === guard);
      if (kind === "stop") {
        if (!same) list.push({ guard, values: [] });
      } else if (same) same.values.push(value);
      else list.push({ guard, values: [value] });
      this.#short.set(norm, list);
      return `${norm}/${guard}`;
    }
    if (kind === "stop") {
      if (!this.#exact.has(norm)) this.#exact.set(norm, STOP);
      return norm;
    }
    const list = this.#exact.get(norm);
    if (list === STOP || list === undefined) this.#exact.set(norm, [value]);
    else list.push(value);
    if (
      kind === "word" && norm.length >= MIN_COMPOUND_CUE && !norm.includes("-")
    ) {
      this.#insert(this.#forward, norm, false, value, "words");
      this.#insert(this.#reverse, norm, true, value, "words");
    }
    return norm;
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
    (node[slot] ??= []).push(value);
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
    while (i < to) {
      const tok = tokens[i];
      if (!tok.isWord) {
        i++;
        continue;
      }
      const last = this.#matchPhrase(tokens, i, to);
      if (last >= 0) {
        onMatch(this.#phraseValues!, "phrase", i, last);
        i = last + 1;
        continue;
      }
      this.#matchToken(tok.norm, tok.lower, i, onMatch);
      i++;
    }
  }

  #phraseValues: T[] | null = null;

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

  #matchToken(
    norm: string,
    lower: string,
    i: number,
    onMatch: CueCallback<T>,
  ): void {
    if (this.#matchWhole(norm, lower, i, onMatch)) return;
    let dash = norm.indexOf("-");
    if (dash < 0) {
      this.#matchPart(norm, 0, norm.length, i, onMatch);
      return;
    }
    // Hyphenated compound: normalize() stems part by part, so the parts of
    // `norm` and `lower` line up.
    const lowers = lower.split("-");
    let from = 0;
    for (let p = 0;; p++) {
      const to = dash < 0 ? norm.length : dash;
      if (to > from) {
        const part = norm.slice(from, to);
        if (!this.#matchWhole(part, lowers[p] ?? "", i, onMatch)) {
          this.#matchPart(norm, from, to, i, onMatch);
        }
      }
      if (dash < 0) break;
      from = dash + 1;
      dash = norm.indexOf("-", from);
    }
  }

  /** Exact (and short-norm) look-up; true when the word is listed. */
  #matchWhole(
    norm: string,
    lower: string,
    i: number,
    onMatch: CueCallback<T>,
  ): boolean {
    if (norm.length < MIN_COMPOUND_CUE) {
      const list = this.#short.get(norm);
      if (list === undefined) return false;
      const folded = foldGerman(lower);
      for (const e of list) {
        if (folded.startsWith(e.guard) && e.values.length > 0) {
          onMatch(e.values, "exact", i, i);
        }
      }
      return true;
    }
    const exact = this.#exact.get(norm);
    if (exact === undefined) return false;
    if (exact.length > 0) onMatch(exact, "exact", i, i);
    return true;
  }

  /** Compound and stem matching of `norm[from, to)` (no exact entry). */
  #matchPart(
    norm: string,
    from: number,
    to: number,
    i: number,
    onMatch: CueCallback<T>,
  ): void {
    const len = to - from;
    if (len < MIN_COMPOUND_CUE) return;
    // Longest modifier or stem: walk forward.
    let node: CharNode<T> | undefined = this.#forward;
    let mod: T[] | null = null;
    let modHow: MatchHow = "modifier";
    for (let k = 0; k < len; k++) {
      node = node.next.get(norm.charCodeAt(from + k));
      if (!node) break;
      const d = k + 1;
      if (node.stems) {
        mod = node.stems;
        modHow = "stem";
      }
      if (node.words && len - d >= MIN_COMPOUND_REST) {
        mod = node.words;
        modHow = "modifier";
      }
    }
    // Longest head: walk backward.
    node = this.#reverse;
    let head: T[] | null = null;
    for (let k = 0; k < len; k++) {
      node = node.next.get(norm.charCodeAt(to - 1 - k));
      if (!node) break;
      if (node.words && len - (k + 1) >= MIN_COMPOUND_REST) head = node.words;
    }
    if (mod) onMatch(mod, modHow, i, i);
    if (head && head !== mod) onMatch(head, "head", i, i);
  }
}
