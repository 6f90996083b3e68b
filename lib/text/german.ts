/**
 * German word morphology shared by the three term matchers (the actor
 * gazetteer, the sentiment term matcher and the frame/conflict cue index):
 * folding (lower case, umlauts and ß as the stemmer folds them), the
 * inflectional endings each matcher tries, verb particles and prefixes, and
 * the compound splitter that finds a known head or first part in an
 * unknown word.
 *
 * The ending lists differ on purpose: each is the set one matcher tries at
 * one place (a compound head, a name's last word, a sentiment head), and
 * they are named for that place so a change to one does not silently change
 * another.
 *
 * @module
 */

const SHARP_S = 0xdf;
const S = 0x73;

/**
 * Lower case with umlauts and ß folded, as the stemmer folds them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { foldGerman } from "./german.ts";
 * assert.equal(foldGerman("Größe"), "grosse");
 * ```
 */
export function foldGerman(s: string): string {
  return s.toLowerCase().replaceAll("ä", "a").replaceAll("ö", "o")
    .replaceAll("ü", "u").replaceAll("ß", "ss");
}

/**
 * A lower-case character code as {@linkcode foldGerman} folds it (umlauts to
 * their base vowel); ß (two characters when folded) is left to the caller.
 */
export function foldCode(c: number): number {
  return c === 0xe4 ? 0x61 : c === 0xf6 ? 0x6f : c === 0xfc ? 0x75 : c;
}

/**
 * The trie child of `node` for the lower-case character code `c`, folded:
 * ß walks two "s" steps. For tries keyed on {@linkcode foldGerman}ed text.
 */
export function foldedStep<N extends { next: Map<number, N> }>(
  node: N,
  c: number,
): N | undefined {
  return c === SHARP_S
    ? node.next.get(S)?.next.get(S)
    : node.next.get(foldCode(c));
}

/**
 * Whether folded `text[from, to)` starts with `prefix` (already folded),
 * without allocating the folded text.
 */
export function foldedStartsWith(
  text: string,
  from: number,
  to: number,
  prefix: string,
): boolean {
  let k = from;
  for (let p = 0; p < prefix.length; p++) {
    if (k >= to) return false;
    const c = text.charCodeAt(k);
    if (c === SHARP_S) {
      if (prefix.charCodeAt(p) !== S || prefix.charCodeAt(p + 1) !== S) {
        return false;
      }
      p++;
    } else if (foldCode(c) !== prefix.charCodeAt(p)) return false;
    k++;
  }
  return true;
}

/** Whether `word` is capitalised at `at` (a noun, in German spelling). */
export function isCapitalised(word: string, at = 0): boolean {
  const c = word.charAt(at);
  return c !== c.toLowerCase();
}

/** Inflectional endings a compound head may carry (cue index). */
export const HEAD_ENDINGS: readonly string[] = [
  "",
  "e",
  "n",
  "en",
  "s",
  "es",
  "er",
  "ern",
  "em",
  "ens",
  "in",
  "innen",
  "nen",
];

/**
 * Case endings tried on a name's last word (actor gazetteer), for stems the
 * CISTEM stemmer splits ("Militärbündnis" / "Militärbündnisses").
 */
export const NAME_ENDINGS: readonly string[] = [
  "s",
  "es",
  "n",
  "en",
  "e",
  "er",
  "ern",
];

/** Plural and case endings stripped from a compound's written head. */
export const PLURAL_ENDINGS: readonly string[] = ["en", "n", "es", "s"];

/**
 * Linking elements between the parts of a compound ("Kriegs|", "Bomben|"),
 * the empty one first.
 */
export const LINKING_ELEMENTS: readonly string[] = [
  "",
  "s",
  "es",
  "n",
  "en",
  "e",
  "er",
];

/** Verb particles and prefixes a stem may follow ("zurück|erob|ert"). */
export const VERB_PARTICLES: readonly string[] = [
  "ab",
  "an",
  "auf",
  "aus",
  "durch",
  "ein",
  "fort",
  "her",
  "heraus",
  "hin",
  "mit",
  "nach",
  "rück",
  "über",
  "um",
  "unter",
  "vor",
  "weg",
  "wieder",
  "zu",
  "zurück",
  "zusammen",
];

/**
 * Verb prefixes, as normalised: a three-letter first part like these makes
 * a derivation ("Aus|schuss", "Vor|kehrung"), not a compound.
 */
export const DERIVATION_PREFIXES: ReadonlySet<string> = new Set([
  "aus",
  "auf",
  "ein",
  "vor",
  "mit",
  "bei",
  "ver",
  "ent",
  "zer",
  "weg",
  "her",
  "hin",
  "los",
  "nach",
  "zur",
  "zum",
  "uber",
  "unt",
  "dur",
  "abs",
  "ans",
  "ums",
  "wid",
]);

/** Shortest token (normalised) that is split as a compound. */
export const MIN_COMPOUND = 7;
/** Shortest first part of a compound (normalised). */
export const MIN_PART = 4;
/**
 * Shortest head of a compound. Four-letter heads matched too much by
 * accident ("Bezie|hung" is not "Hunger", "unter|such" not "Sucht").
 */
export const MIN_HEAD = 5;
/** Shortest rest after a known first part. */
export const MIN_REST = 3;
/**
 * Longest word split as a compound: longer "words" (a URL, a run of
 * letters) are not compounds, and the split search stays bounded.
 */
export const MAX_COMPOUND = 80;

/** The parts a compound can be split into, each by the form it is keyed on. */
export interface CompoundParts<E> {
  /** Heads by the normalised form that ends a longer word's norm. */
  heads: ReadonlyMap<string, E>;
  /** Entries by the exact lower-case written form. */
  exact: ReadonlyMap<string, E>;
  /** First parts by the folded written form ({@linkcode foldGerman}). */
  firsts: ReadonlyMap<string, E>;
}

/** A compound split: the known part and whether it is the head. */
export interface CompoundSplit<E> {
  entry: E;
  /** The head carries the word's meaning; a first part only colours it. */
  head: boolean;
}

/** The longest key of each map: no split tries a longer part. */
interface PartLengths {
  sizes: string;
  head: number;
  exact: number;
  first: number;
}
const partLengthCache = new WeakMap<object, PartLengths>();

function longestKey(map: ReadonlyMap<string, unknown>): number {
  let max = 0;
  for (const k of map.keys()) if (k.length > max) max = k.length;
  return max;
}

function partLengths<E>(parts: CompoundParts<E>): PartLengths {
  const sizes = `${parts.heads.size}:${parts.exact.size}:${parts.firsts.size}`;
  const hit = partLengthCache.get(parts);
  if (hit && hit.sizes === sizes) return hit;
  const lengths = {
    sizes,
    head: longestKey(parts.heads),
    exact: longestKey(parts.exact),
    first: longestKey(parts.firsts),
  };
  partLengthCache.set(parts, lengths);
  return lengths;
}

/**
 * The entry a compound's first part names, with a linking element dropped
 * ("Kriegs-", "Bomben-") or swapped for the dropped "-e" ("Hilfs-" → Hilfe).
 */
function firstPart<E>(
  prefix: string,
  firsts: ReadonlyMap<string, E>,
): E | undefined {
  for (const link of LINKING_ELEMENTS) {
    if (!prefix.endsWith(link)) continue;
    const key = prefix.slice(0, prefix.length - link.length);
    if (key.length < MIN_PART) continue;
    const m = firsts.get(key) ?? firsts.get(key + "e");
    if (m) return m;
  }
  return undefined;
}

/**
 * Split an unhyphenated word into a known head or first part: the longest
 * known head (a suffix of the norm; a three-letter first part only before
 * a head of six letters or more, never a verb prefix: "Zug|unglück", not
 * "Zugun|glück"), then noun heads among the exact written forms, then an
 * inflected noun head whose stem is too short to key ("Firmen|pleiten"),
 * then the longest known first part plus a linking element. `isNoun` says
 * which entries may head by their written form. Words shorter than
 * {@linkcode MIN_COMPOUND} or longer than {@linkcode MAX_COMPOUND} (norm)
 * are not split.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { splitCompound } from "./german.ts";
 * const parts = {
 *   heads: new Map([["angriff", "Angriff"]]),
 *   exact: new Map<string, string>(),
 *   firsts: new Map([["frieden", "Frieden"]]),
 * };
 * const isNoun = () => true;
 * assert.deepEqual(
 *   splitCompound("luftangriff", "luftangriff", parts, isNoun),
 *   { entry: "Angriff", head: true },
 * );
 * assert.deepEqual(
 *   splitCompound("friedensplan", "friedensplan", parts, isNoun),
 *   { entry: "Frieden", head: false },
 * );
 * ```
 */
export function splitCompound<E>(
  norm: string,
  lower: string,
  parts: CompoundParts<E>,
  isNoun: (entry: E) => boolean,
): CompoundSplit<E> | null {
  const n = norm.length;
  if (n < MIN_COMPOUND || n > MAX_COMPOUND) return null;
  // No part is longer than the longest key: start the searches there (the
  // lengths only bound them; the results are the same).
  const longest = partLengths(parts);
  for (
    let i = Math.max(MIN_PART - 1, n - longest.head);
    i <= n - MIN_HEAD;
    i++
  ) {
    if (
      i < MIN_PART &&
      (n - i < MIN_HEAD + 1 || DERIVATION_PREFIXES.has(norm.slice(0, i)))
    ) {
      continue;
    }
    const head = parts.heads.get(norm.slice(i));
    if (head) return { entry: head, head: true };
  }
  // Heads among the exact-form entries, matched on the written ending.
  for (
    let i = Math.max(MIN_PART, lower.length - longest.exact);
    i <= lower.length - MIN_HEAD;
    i++
  ) {
    const head = parts.exact.get(lower.slice(i));
    if (head && isNoun(head)) return { entry: head, head: true };
  }
  const word = foldGerman(lower);
  // An inflected noun head whose stem is shorter than MIN_HEAD
  // ("Firmen|pleiten": "pleiten" stems to "plei"): the written ending minus
  // a plural or case ending is a written noun form, at least MIN_HEAD + 1
  // letters long.
  for (const ending of PLURAL_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, word.length - ending.length);
    for (
      let i = Math.max(MIN_PART, base.length - longest.first);
      i <= base.length - MIN_HEAD - 1;
      i++
    ) {
      const head = parts.firsts.get(base.slice(i));
      if (head && isNoun(head)) return { entry: head, head: true };
    }
  }
  // A first part is a key plus a linking element of at most two letters.
  const maxFirst = longest.first + 2;
  for (let j = Math.min(word.length - MIN_REST, maxFirst); j >= MIN_PART; j--) {
    const m = firstPart(word.slice(0, j), parts.firsts);
    if (m) return { entry: m, head: false };
  }
  return null;
}
