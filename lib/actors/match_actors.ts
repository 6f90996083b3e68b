/**
 * Match the gazetteer in tokenised German text: one left-to-right walk over
 * token norms through the gazetteer's trie, longest match first, each match
 * with its reading (`_reading.ts`). {@linkcode findActors} adds the roles
 * that refer back.
 *
 * @module
 */
import type { Token } from "../text/tokens.ts";
import {
  type Actor,
  type ActorForm,
  type Gazetteer,
  type TrieNode,
} from "./gazetteer.ts";
import { capitalActs } from "./_metonymy.ts";
import { isRole } from "./_roles.ts";
import {
  canBePlace,
  continuesList,
  mentionReading,
  type Reading,
} from "./_reading.ts";

export type { Reading } from "./_reading.ts";

/**
 * How a mention names its actor:
 * - `name`: a name ("Stoltenberg", "Islamischen Staates", "Vereinigte Staaten")
 * - `abbreviation`: an abbreviation, matched case-sensitively ("IS", "NATO")
 * - `demonym`: an inhabitant noun or adjective ("Iraker", "amerikanische")
 * - `metonym`: a place or building for an institution ("Washington droht",
 *   "der Kreml")
 * - `title_name`: a role before a person's name ("US-Präsident Donald Trump")
 * - `compound_part`: inside a hyphenated compound ("US-Truppen",
 *   "Al-Qaida-Brigaden"); the mention spans the whole compound
 * - `role`: a bare role or group noun that refers back ("die Regierung",
 *   "der Präsident"); see `resolution`
 */
export type MentionKind =
  | "name"
  | "abbreviation"
  | "demonym"
  | "metonym"
  | "title_name"
  | "compound_part"
  | "role";

/** One mention of an actor; offsets are into the text searched. */
export interface ActorMention {
  actor_id: string;
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  /**
   * `actor` where the actor acts or is acted upon, `place` where the name
   * only locates something ("in Syrien", "die kroatische Grenze").
   */
  reading: Reading;
  /**
   * Roles only: how the role was resolved — `antecedent` (a mention before
   * it), `dateline`, `conflict`, or "" (unresolved: `actor_id` is empty).
   */
  resolution?: "antecedent" | "dateline" | "conflict" | "";
  /** Roles only: the text of the antecedent ("" for a fallback). */
  antecedent?: string;
}

/** A mention with its actor and token positions (used by the stages). */
export interface ActorMatch extends ActorMention {
  actor: Actor;
  /** Index of the first and last token the mention covers. */
  firstToken: number;
  lastToken: number;
}

interface Unit {
  text: string;
  norm: string;
  upper: boolean;
  /** Starts with two capitals ("IRA", "US"): matched only as written. */
  caps: boolean;
  word: boolean;
  tok: number;
  start: number;
  end: number;
  /** First / last unit of its token. */
  first: boolean;
  last: boolean;
}

/** Is the character at `i` a capital (one that lower-casing changes)? */
function upperAt(s: string, i: number): boolean {
  // ASCII letters and digits without building a string (twice per token).
  const code = s.charCodeAt(i);
  if (code >= 65 && code <= 90) return true;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  const c = s.charAt(i);
  return c !== c.toLowerCase();
}

function isUpper(s: string): boolean {
  return upperAt(s, 0);
}

function isCaps(s: string): boolean {
  return s.length >= 2 && upperAt(s, 1) && upperAt(s, 0);
}

/** Tokens to matching units: hyphenated compounds are split into parts. */
function toUnits(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || t.token.indexOf("-") < 0) {
      units.push({
        text: t.token,
        norm: t.norm,
        upper: t.isWord && isUpper(t.token),
        caps: t.isWord && isCaps(t.token),
        word: t.isWord,
        tok: i,
        start: t.start,
        end: t.end,
        first: true,
        last: true,
      });
      continue;
    }
    const parts = t.token.split("-");
    const norms = t.norm.split("-");
    let at = t.start;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      units.push({
        text: p,
        norm: norms[k] ?? p.toLowerCase(),
        upper: isUpper(p),
        caps: isCaps(p),
        word: true,
        tok: i,
        start: at,
        end: at + p.length,
        first: k === 0,
        last: k === parts.length - 1,
      });
      at += p.length + 1;
    }
  }
  return units;
}

/** Before a population noun: one person or a person's own ("ihre Kinder"). */
const PRIVATE =
  /^(?:ein|eine|einen|einem|einer|kein|keinem|einziger|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|mein|meine|meinen|meinem|meiner|dein|deine|unser|unsere|unseren)$/;

const byEnd = (a: [number, ActorForm[]], b: [number, ActorForm[]]) =>
  a[0] - b[0];

/** Every trie node reachable from unit `i`, as [last unit, forms]. */
function walk(
  node: TrieNode,
  units: Unit[],
  j: number,
  out: [number, ActorForm[]][],
): void {
  if (node.forms && j > 0) out.push([j - 1, node.forms]);
  if (j >= units.length) return;
  const u = units[j];
  const a = node.exact?.get(u.text);
  if (a) walk(a, units, j + 1, out);
  if (!u.word || u.caps) return;
  if (u.upper) {
    const b = node.upper?.get(u.norm);
    if (b) walk(b, units, j + 1, out);
  }
  const c = node.any?.get(u.norm);
  if (c) walk(c, units, j + 1, out);
}

/**
 * A one-word person form that names someone else: after a first name
 * ("Nechirvan Barzani"), or itself a first name before a capitalised word
 * ("Jeffrey Feltman").
 */
function someoneElse(
  tokens: Token[],
  first: number,
  last: number,
  form: ActorForm,
  firstNames: Set<string>,
): boolean {
  if (form.lower.indexOf(" ") >= 0 && !form.lower.startsWith("al")) {
    return false;
  }
  const prev = tokens[first - 1];
  if (prev && prev.isWord && firstNames.has(prev.lower)) return true;
  const next = tokens[last + 1];
  return first === last && firstNames.has(tokens[first].lower) &&
    !!next && next.isWord && isUpper(next.token);
}

/** Of several forms reached, the one whose spelling is closest. */
function closest(forms: ActorForm[], lower: string): ActorForm {
  let best = forms[0], score = -1;
  for (const f of forms) {
    let k = 0;
    const n = Math.min(f.lower.length, lower.length);
    while (k < n && f.lower.charCodeAt(k) === lower.charCodeAt(k)) k++;
    if (k > score) {
      best = f;
      score = k;
    }
  }
  return best;
}

/**
 * The actor a span of tokens names, whatever the context (a dateline
 * "Minsk –"): the longest gazetteer form that covers exactly the span.
 */
export function actorNamed(
  tokens: Token[],
  first: number,
  last: number,
  gazetteer: Gazetteer,
): Actor | null {
  const units = toUnits(tokens.slice(first, last + 1));
  const reached: [number, ActorForm[]][] = [];
  walk(gazetteer.trie, units, 0, reached);
  const whole = reached.filter(([e]) => e === units.length - 1);
  return whole.length > 0 ? whole[whole.length - 1][1][0].actor : null;
}

/**
 * Match the gazetteer against tokens of `text` (offsets into `text`).
 * The walk is linear in the number of tokens: each position looks up its
 * norm in a few hash maps, and candidates are only extended while the trie
 * has a continuation.
 */
export function matchActors(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
): ActorMatch[] {
  const units = toUnits(tokens);
  const out: ActorMatch[] = [];
  // The part of a compound each compound_part mention came from.
  const partSpans = new Map<ActorMatch, [number, number]>();
  const reached: [number, ActorForm[]][] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    reached.length = 0;
    if (u.word || gazetteer.trie.exact?.has(u.text)) {
      walk(gazetteer.trie, units, i, reached);
    }
    let matched = false;
    // Longest first; among equals, the order forms were reached. The walk
    // is depth-first over three maps, so a short reading found through a
    // later map ("syrisch", any case) can come after a long one ("Syrische
    // Demokratische Kräfte"): order by end (stable) before taking the last.
    if (reached.length > 1) reached.sort(byEnd);
    for (let r = reached.length - 1; r >= 0 && !matched; r--) {
      const [endUnit, forms] = reached[r];
      const e = units[endUnit];
      const aligned = u.first && e.last;
      const valid = forms.filter((f) =>
        f.context === "always" ||
        (aligned && capitalActs(tokens, u.tok, e.tok, f.lower))
      );
      if (valid.length === 0) continue;
      const byActor = valid.filter((f) => f.actor === valid[0].actor);
      const form = byActor.length === 1
        ? byActor[0]
        : closest(byActor, text.slice(u.start, e.end).toLowerCase());
      if (
        aligned && form.actor.type === "person" &&
        someoneElse(tokens, u.tok, e.tok, form, gazetteer.firstNames)
      ) {
        // Skip the whole word, not just this reading of it.
        while (i + 1 < units.length && units[i + 1].tok <= e.tok) i++;
        break;
      }
      // "auf Deutsch": a language, not an actor; "pro-kurdisch": a stance.
      if (
        (form.adjective && aligned && u.tok === e.tok &&
          tokens[u.tok].token !== tokens[u.tok].lower &&
          tokens[u.tok].lower === form.lower) ||
        (!u.first && units[i - 1].norm === "pro")
      ) {
        i = endUnit + 1;
        matched = true;
        break;
      }
      // "ihre Kinder", "ein Flüchtling": private persons, not the group.
      if (
        form.actor.type === "population" && aligned && u.tok > 0 &&
        PRIVATE.test(tokens[u.tok - 1].lower)
      ) {
        i = endUnit + 1;
        matched = true;
        break;
      }
      let start = aligned ? u.start : tokens[u.tok].start;
      const end = aligned ? e.end : tokens[e.tok].end;
      let kind: MentionKind = aligned ? form.kind : "compound_part";
      let firstToken = u.tok;
      if (
        aligned && form.actor.type === "person" && form.kind === "name" &&
        u.tok > 0 && tokens[u.tok - 1].isWord &&
        isRole(tokens[u.tok - 1].lower, gazetteer.roles)
      ) {
        firstToken = u.tok - 1;
        start = tokens[firstToken].start;
        kind = "title_name";
        while (out.length > 0 && out[out.length - 1].end > start) out.pop();
      }
      const prev = out[out.length - 1];
      const m: ActorMatch = {
        actor_id: form.actor.id,
        start,
        end,
        surface: text.slice(start, end),
        kind,
        // A capital that names its government was read by capitalActs.
        reading: form.context === "agent" ? "actor" : mentionReading(
          tokens,
          u.tok,
          e.tok,
          form.actor.type,
          !aligned,
          form.adjective,
        ),
        actor: form.actor,
        firstToken,
        lastToken: e.tok,
      };
      if (m.reading === "actor" && prev && prev.reading === "place") {
        const gap = tokens.slice(prev.lastToken + 1, u.tok);
        if (continuesList(gap) && canBePlace(m.actor.type)) {
          m.reading = "place";
        }
      }
      if (
        !aligned && prev && prev.start === m.start && prev.end === m.end &&
        prev.actor_id !== m.actor_id && prev.kind === "compound_part"
      ) {
        // Two actors inside one compound ("Anti-IS-Koalition" next to a
        // "US-" part): each keeps only its own part, so spans stay distinct.
        const p = partSpans.get(prev)!;
        prev.start = p[0];
        prev.end = p[1];
        prev.surface = text.slice(p[0], p[1]);
        m.start = u.start;
        m.end = e.end;
        m.surface = text.slice(u.start, e.end);
        out.push(m);
      } else if (
        !(prev && prev.start === m.start && prev.end === m.end &&
          prev.actor_id === m.actor_id)
      ) out.push(m);
      if (!aligned) partSpans.set(m, [u.start, e.end]);
      matched = true;
      // Past the match; after a compound part, the compound's further
      // parts may name other actors.
      i = endUnit + 1;
    }
    if (!matched) i++;
  }
  return out;
}
