/**
 * Roles and groups that refer back: a bare "die Regierung", "das Militär",
 * "der Präsident" names an actor mentioned earlier in the article. Each
 * becomes a mention of kind `role`, resolved (README, Actors: roles that
 * refer back):
 *
 * 1. to the nearest preceding mention whose actor, or an actor its
 *    affiliation leads to, has one of the types the role noun can refer to
 *    (`lib/data/roles.txt`): "Erdogans Regime" → Erdoğan → Turkish
 *    government; a person role takes the nearest preceding person, named in
 *    the gazetteer or found by `findNames`;
 * 2. failing that, for roles of states and their institutions, to the state
 *    of the dateline ("Minsk – …"), then to the state of the article's
 *    conflict;
 * 3. failing that, it stays unresolved (`actor_id` empty). A person role
 *    that cannot be resolved is not a mention at all ("ein Präsident").
 *
 * {@linkcode mostRecentActor} is the look-up on its own, for other
 * components that need an antecedent (pronoun and role speakers).
 *
 * @module
 */
import { type Token, tokenize } from "../text/tokens.ts";
import type { Actor, ActorType, Gazetteer } from "./gazetteer.ts";
import { type ActorMatch, actorNamed } from "./match_actors.ts";
import type { FoundName } from "./find_names.ts";
import { isRole, type ReferringRole, referringRole } from "./_roles.ts";
import { canBePlace, mentionReading, type Reading } from "./_reading.ts";

/** A mention or name that a later role can refer back to. */
export interface Antecedent {
  start: number;
  end: number;
  /** The gazetteer actor, or null for a person `findNames` found. */
  actor: Actor | null;
  /** The actor's type (`person` for a name found by `findNames`). */
  type: ActorType;
  /** The antecedent's text. */
  text: string;
}

/** How a role mention was resolved. */
export type Resolution = "antecedent" | "dateline" | "conflict" | "";

/** The referents of an article, in text order, with its fallbacks. */
export interface ArticleReferents {
  /** Mentions and person names, sorted by start. */
  antecedents: Antecedent[];
  /** The dateline's actor, if the article has one the gazetteer knows. */
  dateline: Actor | null;
  /** Actors of the article's conflict(s), in listed order. */
  conflict: Actor[];
  byId: Map<string, Actor>;
}

/** A resolved reference. */
export interface Referent {
  /** The actor referred to, or null (a person `findNames` found). */
  actor: Actor | null;
  /** The antecedent's text ("" for a dateline or conflict fallback). */
  text: string;
  via: Exclude<Resolution, "">;
}

/** The actor and its affiliations, nearest first. */
function chain(actor: Actor, byId: Map<string, Actor>): Actor[] {
  const out: Actor[] = [];
  let a: Actor | undefined = actor;
  while (a && !out.includes(a) && out.length < 6) {
    out.push(a);
    a = a.affiliation ? byId.get(a.affiliation) : undefined;
  }
  return out;
}

function firstOfType(
  actor: Actor,
  types: readonly ActorType[],
  byId: Map<string, Actor>,
  within?: string,
): Actor | null {
  const c = chain(actor, byId);
  if (within && !c.some((a) => a.id === within)) return null;
  for (const t of types) {
    const hit = c.find((a) => a.type === t);
    if (hit) return hit;
  }
  return null;
}

/**
 * The most recent actor before `offset` that can be referred to as one of
 * `types`: the nearest preceding antecedent whose actor (or an actor its
 * affiliation leads to) has one of the types, in the order given. With
 * `fallback`, a state-bound reference falls back to the dateline's and then
 * the conflict's actor. `within` keeps only antecedents affiliated with
 * that actor id ("der russische Botschafter"). Null when nothing fits —
 * never a guess.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGazetteer } from "../mod.ts";
 * import { mostRecentActor } from "./refer_back.ts";
 * const g = loadGazetteer();
 * const erdogan = g.byId.get("recep_tayyip_erdogan")!;
 * const r = mostRecentActor({
 *   antecedents: [{ start: 0, end: 7, actor: erdogan, type: "person", text: "Erdogan" }],
 *   dateline: null,
 *   conflict: [],
 *   byId: g.byId,
 * }, 20, ["government", "state"]);
 * assert.equal(r?.actor?.id, "turkey_government");
 * ```
 */
export function mostRecentActor(
  refs: ArticleReferents,
  offset: number,
  types: readonly ActorType[],
  options: { fallback?: boolean; within?: string } = {},
): Referent | null {
  const person = types.length === 1 && types[0] === "person";
  const list = refs.antecedents;
  // Binary search for the last antecedent starting before `offset`.
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const a = list[i];
    if (a.end > offset) continue;
    if (person) {
      if (a.type !== "person") continue;
      if (options.within) {
        if (!a.actor) continue;
        if (!chain(a.actor, refs.byId).some((x) => x.id === options.within)) {
          continue;
        }
      }
      return { actor: a.actor, text: a.text, via: "antecedent" };
    }
    if (!a.actor) continue;
    const hit = firstOfType(a.actor, types, refs.byId, options.within);
    if (hit) return { actor: hit, text: a.text, via: "antecedent" };
  }
  if (!options.fallback || options.within) return null;
  if (refs.dateline) {
    const hit = firstOfType(refs.dateline, types, refs.byId);
    if (hit) return { actor: hit, text: "", via: "dateline" };
  }
  for (const c of refs.conflict) {
    const hit = firstOfType(c, types, refs.byId);
    if (hit) return { actor: hit, text: "", via: "conflict" };
  }
  return null;
}

/** A role noun found in a sentence, before resolution. */
export interface RoleCandidate {
  /** Index of the sentence (its token list) and of the token. */
  sentence: number;
  token: number;
  start: number;
  end: number;
  surface: string;
  role: ReferringRole;
  /** A state an adjacent adjective or genitive ties a person role to. */
  within: string;
  reading: Reading;
}

/** "im Parlament", "in der Zollbehörde": the body as a place. */
const IN = new Set(["in", "im", "ins"]);
const DEFINITE = new Set(["der", "die", "das", "des", "dem", "den"]);
const INDEFINITE = new Set(
  "ein eine einer eines einem einen kein keine keiner keines keinem keinen"
    .split(" "),
);
const ARTICLE_OR_POSSESSIVE =
  /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|sein|seine|seiner|seines|seinem|seinen|ihr|ihre|ihrer|ihres|ihrem|ihren|dies|diese|dieser|dieses|diesem|diesen|jene|jener|jenes|jenem|jenen|unser|unsere|unserer|unseres|unserem|unseren|mein|meine|meiner|meines|meinem|meinen|euer|eure|eurer|eures|eurem|euren|kein|keine|keiner|keines|keinem|keinen)$/;
/** Function words that look like inflected adjectives. */
const NOT_ADJECTIVE = new Set(
  "gegen wegen neben unter hinter oder aber über zwischen entgegen binnen außer oben unten sowie sondern wieder immer nur noch schon"
    .split(" "),
);

const isUpperInitial = (s: string) => {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
};

/** A mention as the role finder needs it. */
interface Covering {
  firstToken: number;
  lastToken: number;
  actor: Actor;
  kind: string;
}

/**
 * Role nouns among `tokens` (one sentence) that are not inside a mention:
 * `covered[k]` is true for tokens inside a mention or name, `mentions` the
 * sentence's gazetteer mentions (adjacent ones tie or exclude a role).
 */
export function findRoleCandidates(
  text: string,
  tokens: Token[],
  covered: boolean[],
  mentions: readonly Covering[],
  gazetteer: Gazetteer,
  sentence = 0,
): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const roles = gazetteer.referringRoles;
  if (roles.length === 0) return out;
  const endsAt = new Map<number, Covering>();
  const startsAt = new Map<number, Covering>();
  for (const m of mentions) {
    endsAt.set(m.lastToken, m);
    startsAt.set(m.firstToken, m);
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (covered[k] || !t.isWord || !isUpperInitial(t.token)) continue;
    const role = referringRole(t.lower, roles);
    if (!role) continue;
    const person = role.types.length === 1 && role.types[0] === "person";
    // The determiner, skipping adjectives: "der seit 20 Jahren amtierende
    // Machthaber" is too far; "der amtierende Machthaber" is not.
    let d = k - 1;
    while (
      d >= 0 && tokens[d].isWord && !isUpperInitial(tokens[d].token) &&
      !ARTICLE_OR_POSSESSIVE.test(tokens[d].lower) &&
      !NOT_ADJECTIVE.has(tokens[d].lower) && k - d <= 3 &&
      /(?:e|en|er|es|em)$/.test(tokens[d].lower)
    ) d--;
    const det = d >= 0 && tokens[d].isWord &&
        ARTICLE_OR_POSSESSIVE.test(tokens[d].lower)
      ? tokens[d].lower
      : "";
    const adjectives = tokens.slice(Math.max(0, d + 1), k);
    const prev = k > 0 ? tokens[k - 1] : undefined;
    const next = tokens[k + 1];
    // Plurals of singular institutions are not one actor ("ausländischer
    // Regierungen"); "Land", "Staat" only in the singular.
    if (
      (role.noun.endsWith("ung") && t.lower.endsWith("ungen")) ||
      (role.exact && !role.noun.endsWith("er") &&
        /(?:n|en|er)$/.test(t.lower) && !role.noun.endsWith(t.lower.slice(-2)))
    ) continue;
    // Inside a title after a role: "Chef der Inselregierung".
    const t2 = tokens[k - 2];
    if (
      prev && (prev.lower === "des" || prev.lower === "der") && t2 &&
      t2.isWord && isRole(t2.lower, gazetteer.roles)
    ) continue;
    // A title before a name: "Präsident Otto Pérez" (the name is covered
    // by a person mention; an unknown name is capitalised).
    if (
      person && next && next.isWord && isUpperInitial(next.token) &&
      !referringRole(next.lower, roles)
    ) {
      const m = startsAt.get(k + 1);
      if (!m || m.actor.type === "person") continue;
    }
    // An adjective or genitive of a state right before or after:
    // "die griechische Regierung", "Syriens Regierung", "Regierung Syriens".
    const before = endsAt.get(k - 1);
    let after = startsAt.get(k + 1);
    if (
      !after && next && (DEFINITE.has(next.lower) || next.lower === "in") &&
      startsAt.has(k + 2)
    ) after = startsAt.get(k + 2);
    const tie = [before, after].find((m) =>
      m && m.actor.type !== "person" && canBePlace(m.actor.type)
    );
    if (person) {
      if (!DEFINITE.has(det)) continue;
      // Apposition: "Bruno Rodríguez, der aktuelle Außenminister".
      const c = d > 0 ? tokens[d - 1] : undefined;
      if (c && c.token === ",") continue;
    } else {
      // Members counted, not the body: "138 Abgeordnete", "der 550
      // Abgeordneten".
      const num = tokens[Math.max(0, d + 1) - 1];
      if (
        (num && /^\d/.test(num.token)) ||
        adjectives.some((a) => /^\d/.test(a.token))
      ) continue;
      if (tie) continue;
      // Idioms: "vor Gericht", "zu Gericht"; "in scharfe Opposition".
      const beforeAdj = tokens[d];
      if (
        !det && prev && (prev.lower === "vor" || prev.lower === "zu" ||
          (adjectives.length > 0 && beforeAdj?.isWord &&
            !isUpperInitial(beforeAdj.token)))
      ) continue;
      // "das Land", "sein Land" — not "ein Land", "das einzige Land".
      if (
        role.exact &&
        (!det || INDEFINITE.has(det) ||
          adjectives.some((a) => /^(?:ander|einzig|jed)/.test(a.lower)))
      ) continue;
    }
    const within = person && tie
      ? (tie.actor.type === "state"
        ? tie.actor.id
        : (tie.actor.affiliation || tie.actor.id))
      : "";
    const territorial = role.exact && role.types[0] === "state";
    out.push({
      sentence,
      token: k,
      start: t.start,
      end: t.end,
      surface: text.slice(t.start, t.end),
      role,
      within,
      reading: territorial
        ? mentionReading(tokens, k, k, "state", false, false)
        : !person && IN.has(tokens[det ? d - 1 : k - 1]?.lower ?? "")
        ? "place"
        : "actor",
    });
  }
  return out;
}

/** A role candidate with its referent (null: unresolved). */
export interface ResolvedRole extends RoleCandidate {
  referent: Referent | null;
}

/**
 * Resolve role candidates in text order. Resolved roles become antecedents
 * of later ones ("die Regierung … die Regierung"). Person roles that find no
 * person are dropped.
 */
export function resolveRoles(
  candidates: RoleCandidate[],
  refs: ArticleReferents,
): ResolvedRole[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: ResolvedRole[] = [];
  const added: Antecedent[] = [];
  for (const c of sorted) {
    const person = c.role.types.length === 1 && c.role.types[0] === "person";
    const referent = mostRecentActor(refs, c.start, c.role.types, {
      fallback: !person &&
        c.role.types.some((t) =>
          t === "state" || t === "government" || t === "military"
        ),
      within: c.within || undefined,
    });
    if (person && !referent) continue;
    out.push({ ...c, referent });
    if (referent?.actor) {
      added.push({
        start: c.start,
        end: c.end,
        actor: referent.actor,
        type: referent.actor.type,
        text: c.surface,
      });
      insertSorted(refs.antecedents, added[added.length - 1]);
    }
  }
  return out;
}

function insertSorted(list: Antecedent[], a: Antecedent): void {
  let i = list.length;
  while (i > 0 && list[i - 1].start > a.start) i--;
  list.splice(i, 0, a);
}

/** Longest place a dateline names, in characters. */
const DATELINE_MAX = 40;

/**
 * The actor of an article's dateline ("Minsk – Der weißrussische …"): the
 * place before the first dash near the start of the text, looked up among
 * the gazetteer's capitals and names. Null when there is none.
 */
export function datelineActor(
  text: string,
  gazetteer: Gazetteer,
): Actor | null {
  const head = text.slice(0, 400);
  const m = /(?:^|[.!?:]\s+|\n\s*)(\p{Lu}[\p{L}.\- ]{1,40}?)\s+[–—]\s/u
    .exec(head);
  if (!m || m[1].length > DATELINE_MAX) return null;
  const tokens = tokenize(m[1]).filter((t) => t.isWord);
  return tokens.length === 0
    ? null
    : actorNamed(tokens, 0, tokens.length - 1, gazetteer);
}

/** A placeholder actor for an unresolved role (empty id). */
export function unresolvedActor(type: ActorType): Actor {
  return {
    id: "",
    type,
    affiliation: "",
    label_de: "",
    label_en: "",
    names: [],
    abbreviations: [],
    demonyms: [],
    metonyms: [],
    source: "",
  };
}

/** A sentence's tokens, gazetteer mentions and names found in it. */
export interface SentenceActors {
  tokens: Token[];
  mentions: ActorMatch[];
  names: readonly FoundName[];
}

/**
 * Add the role mentions of an article to its sentences' mention lists
 * (each kept in text order). `conflict` lists the ids of the actors of the
 * article's conflict(s), for the last fallback.
 */
export function addRoleMentions(
  text: string,
  sentences: SentenceActors[],
  gazetteer: Gazetteer,
  conflict: readonly string[] = [],
): void {
  const candidates: RoleCandidate[] = [];
  const antecedents: Antecedent[] = [];
  sentences.forEach((s, si) => {
    const covered = new Array<boolean>(s.tokens.length).fill(false);
    for (const m of s.mentions) {
      for (let k = m.firstToken; k <= m.lastToken; k++) covered[k] = true;
      antecedents.push({
        start: m.start,
        end: m.end,
        actor: m.actor,
        type: m.actor.type,
        text: m.surface,
      });
    }
    let t = 0;
    for (const n of s.names) {
      while (t < s.tokens.length && s.tokens[t].end <= n.start) t++;
      for (let k = t; k < s.tokens.length && s.tokens[k].start < n.end; k++) {
        covered[k] = true;
      }
      if (n.kind === "person") {
        antecedents.push({
          start: n.start,
          end: n.end,
          actor: null,
          type: "person",
          text: n.text,
        });
      }
    }
    candidates.push(
      ...findRoleCandidates(text, s.tokens, covered, s.mentions, gazetteer, si),
    );
  });
  if (candidates.length === 0) return;
  antecedents.sort((a, b) => a.start - b.start);
  const refs: ArticleReferents = {
    antecedents,
    dateline: datelineActor(text, gazetteer),
    conflict: conflict.map((id) => gazetteer.byId.get(id)).filter((a) =>
      a !== undefined
    ),
    byId: gazetteer.byId,
  };
  for (const r of resolveRoles(candidates, refs)) {
    const type = r.referent?.actor?.type ??
      (r.role.types.length === 1 && r.role.types[0] === "person"
        ? "person"
        : r.role.types[0]);
    const m: ActorMatch = {
      actor_id: r.referent?.actor?.id ?? "",
      start: r.start,
      end: r.end,
      surface: r.surface,
      kind: "role",
      reading: r.reading,
      antecedent: r.referent?.text ?? "",
      resolution: r.referent?.via ?? "",
      actor: r.referent?.actor ?? unresolvedActor(type),
      firstToken: r.token,
      lastToken: r.token,
    };
    const list = sentences[r.sentence].mentions;
    let i = list.length;
    while (i > 0 && list[i - 1].start > m.start) i--;
    list.splice(i, 0, m);
  }
}
