/**
 * Role nouns (`lib/data/roles.txt`). A line is a noun and, optionally, the
 * actor types its bare use can refer back to:
 *
 * - `minister`: a title before a name only ("US-Verteidigungsminister
 *   Donald Rumsfeld");
 * - `präsident person`: a title, and "der Präsident" on its own refers back
 *   to a person named earlier;
 * - `regierung government state`: "die Regierung" refers back to a
 *   government or state (not a title);
 * - `=land state`: `=` matches the word itself only, not as the end of a
 *   compound ("Land", "Landes", not "Ausland").
 *
 * A word matches a noun when its last hyphen part, with or without a case
 * ending, ends with it.
 *
 * @module
 */
import { ACTOR_TYPES, type ActorType } from "./actor_types.ts";

const ENDINGS = ["", "s", "n", "en", "e", "er", "es"];

/** A role noun that can refer back to an actor of the article. */
export interface ReferringRole {
  /** The noun, lower case ("regierung"). */
  noun: string;
  /** Only the word itself, not compounds ending in it. */
  exact: boolean;
  /** Actor types it can refer to, most specific first. */
  types: ActorType[];
}

/** The parsed role file. */
export interface RoleLexicon {
  /** Nouns that can stand before a person's name (as suffixes). */
  titles: string[];
  /** Nouns that refer back when used bare. */
  referring: ReferringRole[];
}

/**
 * Parse `roles.txt` (format above; `#` starts a comment).
 *
 * @throws {SyntaxError} naming `file` and the line of an unknown type.
 */
export function parseRoles(text: string, file: string): RoleLexicon {
  const titles: string[] = [];
  const referring: ReferringRole[] = [];
  text.split("\n").forEach((raw, i) => {
    const hash = raw.indexOf("#");
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim().toLowerCase();
    if (!line) return;
    const [word, ...rest] = line.split(/\s+/);
    const exact = word.startsWith("=");
    const noun = exact ? word.slice(1) : word;
    for (const t of rest) {
      if (!ACTOR_TYPES.includes(t as ActorType)) {
        throw new SyntaxError(
          `Cannot read role at ${file}:${
            i + 1
          }: type "${t}" of "${noun}" is not one of ${
            ACTOR_TYPES.join(", ")
          }; write the noun, then the types it can refer to`,
        );
      }
    }
    const types = rest as ActorType[];
    if (types.length === 0 || types.includes("person")) titles.push(noun);
    if (types.length > 0) referring.push({ noun, exact, types });
  });
  // Longest first, so "sicherheitskräfte" wins over "kräfte".
  referring.sort((a, b) =>
    b.noun.length - a.noun.length || (a.noun < b.noun ? -1 : 1)
  );
  return { titles, referring };
}

// Role look-ups repeat per capitalised word (Zipf) and each scans every
// role noun: cache the answer per role list.
const isRoleCache = new WeakMap<readonly string[], Map<string, boolean>>();

/** Whether a lower-case word is a role noun. */
export function isRole(lower: string, roles: readonly string[]): boolean {
  let cache = isRoleCache.get(roles);
  if (!cache) isRoleCache.set(roles, cache = new Map());
  let r = cache.get(lower);
  if (r === undefined) {
    if (cache.size > 100_000) cache.clear();
    cache.set(lower, r = isRoleUncached(lower, roles));
  }
  return r;
}

/**
 * Role nouns by their last {@linkcode TAIL} characters, so that a word is
 * compared only with the nouns it can end with (instead of every noun under
 * every case ending: most of the names stage's time on new words). Nouns
 * shorter than that are compared with every word.
 */
interface SuffixIndex {
  byTail: Map<string, number[]>;
  short: number[];
}

const TAIL = 3;
const suffixIndexes = new WeakMap<readonly unknown[], SuffixIndex>();

function suffixIndex<R>(
  roles: readonly R[],
  noun: (r: R) => string,
): SuffixIndex {
  let index = suffixIndexes.get(roles);
  if (index) return index;
  index = { byTail: new Map(), short: [] };
  roles.forEach((r, i) => {
    const n = noun(r);
    if (n.length < TAIL) index!.short.push(i);
    else {
      const tail = n.slice(-TAIL);
      const list = index!.byTail.get(tail);
      if (list) list.push(i);
      else index!.byTail.set(tail, [i]);
    }
  });
  suffixIndexes.set(roles, index);
  return index;
}

const NONE: readonly number[] = [];

/**
 * Indices of the nouns `v` may end with, besides the short ones: every
 * noun that `v` ends with is among them and `index.short`.
 */
function candidates(index: SuffixIndex, v: string): readonly number[] {
  return v.length >= TAIL ? index.byTail.get(v.slice(-TAIL)) ?? NONE : NONE;
}

/** `w` without each case ending it has (the bare word first). */
function stems(w: string): string[] {
  const out: string[] = [];
  for (const e of ENDINGS) {
    if (e && !w.endsWith(e)) continue;
    out.push(e ? w.slice(0, -e.length) : w);
  }
  return out;
}

function isRoleUncached(lower: string, roles: readonly string[]): boolean {
  const dash = lower.lastIndexOf("-");
  const w = dash >= 0 ? lower.slice(dash + 1) : lower;
  if (w.length < 4) return false;
  const index = suffixIndex(roles, (r) => r);
  for (const v of stems(w)) {
    for (const i of index.short) if (v.endsWith(roles[i])) return true;
    for (const i of candidates(index, v)) if (v.endsWith(roles[i])) return true;
  }
  return false;
}

// Capitalised words repeat (Zipf): cache the look-up per role list.
const roleCache = new WeakMap<
  readonly ReferringRole[],
  Map<string, ReferringRole | null>
>();

/** The referring role a lower-case word is, or undefined. */
export function referringRole(
  lower: string,
  roles: readonly ReferringRole[],
): ReferringRole | undefined {
  let cache = roleCache.get(roles);
  if (!cache) roleCache.set(roles, cache = new Map());
  let r = cache.get(lower);
  if (r === undefined) {
    if (cache.size > 100_000) cache.clear();
    cache.set(lower, r = referringRoleUncached(lower, roles) ?? null);
  }
  return r ?? undefined;
}

function referringRoleUncached(
  lower: string,
  roles: readonly ReferringRole[],
): ReferringRole | undefined {
  const dash = lower.lastIndexOf("-");
  const w = dash >= 0 ? lower.slice(dash + 1) : lower;
  if (w.length < 4) return undefined;
  // The first role in list order that the word is, under any ending.
  const index = suffixIndex(roles, (r) => r.noun);
  let best = -1;
  const consider = (v: string, i: number) => {
    if (best >= 0 && i >= best) return;
    const r = roles[i];
    if (r.exact ? v === r.noun && dash < 0 : v.endsWith(r.noun)) best = i;
  };
  for (const v of stems(w)) {
    for (const i of index.short) consider(v, i);
    for (const i of candidates(index, v)) consider(v, i);
  }
  return best >= 0 ? roles[best] : undefined;
}
