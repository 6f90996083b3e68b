/**
 * The actor gazetteer (`lib/data/actors.tsv`): who the actors are, how they
 * are named, and the token trie that {@linkcode findActors} walks. The file
 * format is documented in README.md (Actors) and in the file's header.
 *
 * @module
 */
import { dataPath, parseTsv, readTextFile } from "../io/data_file.ts";
import { NAME_ENDINGS } from "../text/german.ts";
import { normalize, tokenize } from "../text/tokens.ts";
import { parseRoles, type ReferringRole } from "./_roles.ts";

export { ACTOR_TYPES, type ActorType } from "./actor_types.ts";
import { ACTOR_TYPES, type ActorType } from "./actor_types.ts";

/** When a metonym names its actor: always, or only when it acts. */
export type MetonymContext = "always" | "agent";

/** One actor of the gazetteer. */
export interface Actor {
  id: string;
  type: ActorType;
  /** Id of the actor this one belongs to, or "". */
  affiliation: string;
  label_de: string;
  label_en: string;
  names: string[];
  abbreviations: string[];
  demonyms: string[];
  metonyms: { surface: string; context: MetonymContext }[];
  /** `file:line` where the actor is defined. */
  source: string;
}

/** How a gazetteer form was listed (the `kind` a whole-word match gets). */
export type FormKind = "name" | "abbreviation" | "demonym" | "metonym";

/** One surface form of an actor, as stored in the trie. */
export interface ActorForm {
  actor: Actor;
  kind: FormKind;
  context: MetonymContext;
  /** The form as written in the gazetteer, lower-cased. */
  lower: string;
  /** A demonym written in lower case: an adjective stem ("syrisch"). */
  adjective: boolean;
}

/**
 * A trie node. A text unit (a token, or one part of a hyphenated compound)
 * is looked up by its exact text (`exact`: ALL-CAPS words, abbreviations,
 * punctuation), by its norm when it is capitalised (`upper`), or by its norm
 * in any case (`any`: lower-case gazetteer words such as adjective stems).
 */
export interface TrieNode {
  exact?: Map<string, TrieNode>;
  upper?: Map<string, TrieNode>;
  any?: Map<string, TrieNode>;
  forms?: ActorForm[];
}

/** A loaded gazetteer. */
export interface Gazetteer {
  actors: Actor[];
  byId: Map<string, Actor>;
  trie: TrieNode;
  /** Role nouns ("minister", "generalsekretär"), lower case, as suffixes. */
  roles: string[];
  /**
   * Role and group nouns that refer back to an actor of the article ("die
   * Regierung", "die Polizei"), with the actor types each can refer to.
   */
  referringRoles: ReferringRole[];
  /**
   * First names, lower case: a surname form right after one ("Nechirvan
   * Barzani", "Maher al-Assad") or a one-word form that is itself a first
   * name before a capitalised word ("Jeffrey Feltman") names someone else.
   */
  firstNames: Set<string>;
}

const COLUMNS = [
  "id",
  "type",
  "affiliation",
  "label_de",
  "label_en",
  "names",
  "abbreviations",
  "demonyms",
  "metonyms",
] as const;

const list = (s: string) => s.split(";").map((x) => x.trim()).filter(Boolean);
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const UPPER_INITIAL = /^\p{Lu}/u;

/** Trie key kinds of one gazetteer unit. */
type UnitKey = { map: "exact" | "upper" | "any"; key: string };

/** Split a gazetteer form into trie keys, the way text is split. */
function formKeys(form: string, exact: boolean): UnitKey[] {
  const keys: UnitKey[] = [];
  for (const t of tokenize(form)) {
    if (!t.isWord) {
      keys.push({ map: "exact", key: t.token });
      continue;
    }
    for (const part of t.token.split("-")) {
      if (part === "") continue;
      if (exact || ALL_CAPS.test(part)) keys.push({ map: "exact", key: part });
      else if (UPPER_INITIAL.test(part)) {
        keys.push({ map: "upper", key: normalize(part) });
      } else keys.push({ map: "any", key: normalize(part) });
    }
  }
  return keys;
}

function insert(
  root: TrieNode,
  keys: UnitKey[],
  form: ActorForm,
  where: string,
  variant = false,
): void {
  let node = root;
  for (const { map, key } of keys) {
    const m = node[map] ??= new Map();
    let next = m.get(key);
    if (!next) m.set(key, next = {});
    node = next;
  }
  const forms = node.forms ??= [];
  const clash = forms.find((f) =>
    f.actor.id !== form.actor.id && f.context === form.context
  );
  if (clash && variant) return;
  if (forms.some((f) => f.actor === form.actor && f.kind === form.kind)) {
    if (variant) return;
  }
  if (clash) {
    throw new SyntaxError(
      `Cannot read actor at ${where}: "${form.lower}" reads the same as "${clash.lower}" of actor "${clash.actor.id}" (${clash.actor.source}); give one of them a longer, unambiguous form`,
    );
  }
  forms.push(form);
}

/**
 * Parse a gazetteer file (TSV, see README, Actors) and build its trie.
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function parseGazetteer(
  text: string,
  file: string,
  roles: string[] = [],
  firstNames: Set<string> = new Set(),
  referringRoles: ReferringRole[] = [],
): Gazetteer {
  const actors: Actor[] = [];
  const byId = new Map<string, Actor>();
  const fail = (where: string, detail: string): never => {
    throw new SyntaxError(`Cannot read actor at ${where}: ${detail}`);
  };
  for (
    const { line, fields } of parseTsv(text, file)
  ) {
    if (fields[0] === "id") continue;
    const where = `${file}:${line}`;
    if (fields.length !== COLUMNS.length) {
      fail(
        where,
        `expected ${COLUMNS.length} tab-separated columns (${
          COLUMNS.join(", ")
        }), found ${fields.length}; separate columns with one tab and leave empty ones empty`,
      );
    }
    const f = fields.map((x) => x.trim());
    const [id, type, affiliation, label_de, label_en] = f;
    if (!/^[a-z0-9_]+$/.test(id)) {
      fail(where, `id "${id}" must be lower-case letters, digits and "_"`);
    }
    if (byId.has(id)) {
      fail(
        where,
        `duplicate id "${id}" (first at ${
          byId.get(id)!.source
        }); merge the two lines`,
      );
    }
    if (!ACTOR_TYPES.includes(type as ActorType)) {
      fail(
        where,
        `type "${type}" of "${id}" is not one of ${ACTOR_TYPES.join(", ")}`,
      );
    }
    const metonyms = list(f[8]).map((m) => {
      const at = m.lastIndexOf("@");
      const context = at < 0 ? "" : m.slice(at + 1);
      if (context !== "always" && context !== "agent") {
        fail(
          where,
          `metonym "${m}" of "${id}" needs a context: write "${
            at < 0 ? m : m.slice(0, at)
          }@always" or "@agent"`,
        );
      }
      return {
        surface: m.slice(0, at).trim(),
        context: context as MetonymContext,
      };
    });
    const actor: Actor = {
      id,
      type: type as ActorType,
      affiliation,
      label_de,
      label_en,
      names: list(f[5]),
      abbreviations: list(f[6]),
      demonyms: list(f[7]),
      metonyms,
      source: where,
    };
    if (
      actor.names.length + actor.abbreviations.length + actor.demonyms.length +
          metonyms.length === 0
    ) {
      fail(
        where,
        `actor "${id}" has no name, abbreviation, demonym or metonym`,
      );
    }
    actors.push(actor);
    byId.set(id, actor);
  }
  const trie: TrieNode = {};
  for (const a of actors) {
    if (a.affiliation && !byId.has(a.affiliation)) {
      fail(
        a.source,
        `affiliation "${a.affiliation}" of "${a.id}" is not an actor id in ${file}; add it or leave the column empty`,
      );
    }
    const add = (
      written: string,
      kind: FormKind,
      context: MetonymContext,
    ) => {
      // "=Oman": exactly as written (and its genitive in -s), for names whose
      // stem is an ordinary word ("Oman" / "Oma", "Polen" / "Pol").
      const asWritten = written.startsWith("=");
      const surface = asWritten ? written.slice(1).trim() : written;
      const keys = formKeys(surface, kind === "abbreviation" || asWritten);
      if (keys.length === 0) {
        fail(a.source, `form "${surface}" of "${a.id}" has no letters`);
      }
      const form: ActorForm = {
        actor: a,
        kind,
        context,
        lower: surface.toLowerCase(),
        adjective: kind === "demonym" &&
          surface.charAt(0) !== surface.charAt(0).toUpperCase(),
      };
      insert(trie, keys, form, a.source);
      if (asWritten) {
        const last = keys[keys.length - 1];
        insert(
          trie,
          [...keys.slice(0, -1), {
            map: "exact",
            key: last.key + "s",
          }],
          form,
          a.source,
          true,
        );
        return;
      }
      // The stemmer does not map every inflected form of a word to one
      // stem ("Militärbündnis" / "Militärbündnisses"); index the last word's
      // inflected forms too. Earlier forms win where these collide.
      const last = keys[keys.length - 1];
      const word = surface.split(/[\s-]/).pop() ?? "";
      if (last.map !== "exact" && word) {
        for (const e of NAME_ENDINGS) {
          const key = normalize(word + e);
          if (key === last.key) continue;
          insert(
            trie,
            [...keys.slice(0, -1), { map: last.map, key }],
            form,
            a.source,
            true,
          );
        }
      }
    };
    for (const s of a.names) add(s, "name", "always");
    for (const s of a.abbreviations) add(s, "abbreviation", "always");
    for (const s of a.demonyms) add(s, "demonym", "always");
    for (const m of a.metonyms) add(m.surface, "metonym", m.context);
  }
  return { actors, byId, trie, roles, firstNames, referringRoles };
}

/**
 * Parse a word list: one entry per line, `#` starts a comment, surrounding
 * white space is ignored, entries are lower-cased.
 */
export function parseWordList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const hash = raw.indexOf("#");
    const w = (hash >= 0 ? raw.slice(0, hash) : raw).trim().toLowerCase();
    if (w) out.push(w);
  }
  return out;
}

/** Paths of the gazetteer's files. */
export interface GazetteerPaths {
  /** The actors (TSV). @default "lib/data/actors.tsv" */
  actors?: string;
  /** Role nouns, one per line. @default "lib/data/roles.txt" */
  roles?: string;
  /** First names, one per line. @default "lib/data/first_names.txt" */
  firstNames?: string;
}

/**
 * Load the gazetteer (default: `lib/data/actors.tsv`, `roles.txt` and
 * `first_names.txt`); pass your own file to extend or replace it.
 *
 * @example Look up an actor and its affiliation
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGazetteer } from "../mod.ts";
 * const g = loadGazetteer();
 * const trump = g.byId.get("donald_trump")!;
 * assert.equal(trump.type, "person");
 * assert.equal(trump.affiliation, "us_government");
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function loadGazetteer(paths: GazetteerPaths = {}): Gazetteer {
  const rolesFile = paths.roles ?? dataPath("roles.txt");
  const { titles, referring } = parseRoles(
    readTextFile(rolesFile),
    paths.roles ?? "lib/data/roles.txt",
  );
  const file = paths.actors ?? dataPath("actors.tsv");
  const label = paths.actors ?? "lib/data/actors.tsv";
  const firstNames = new Set(
    parseWordList(
      readTextFile(paths.firstNames ?? dataPath("first_names.txt")),
    ),
  );
  return parseGazetteer(
    readTextFile(file),
    label,
    titles,
    firstNames,
    referring,
  );
}

let defaultGazetteer: Gazetteer | undefined;

/** The default gazetteer, loaded on first use. */
export function defaultActors(): Gazetteer {
  return defaultGazetteer ??= loadGazetteer();
}
