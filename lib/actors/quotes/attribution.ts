/**
 * Who said it: the speaker of a speech verb, from the words after the verb
 * (inverted order), from the subject before it, or from a pronoun or role
 * that refers back to a person named before.
 *
 * @module
 */
import { isRole } from "../_roles.ts";
import type { QuoteContext } from "./context.ts";
import { bareName, nounPhrase } from "./description.ts";
import {
  fits,
  type Gender,
  genderOf,
  groupBefore,
  pluralVerb,
} from "./pronouns.ts";
import { covers } from "./spans.ts";
import type { Attribution, Cand, Cue, QuoteSentence, Who } from "./types.ts";
import {
  ARTICLES,
  AUX,
  CLAUSE_STOP,
  MAX_CLAUSE,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
  SKIP_AFTER_VERB,
  SUBORDINATORS,
} from "./words.ts";

export const fromCand = (c: Cand, upTo: number): Attribution => ({
  speaker: c.speaker,
  surface: c.surface,
  person: c.person,
  kind: c.kind,
  upTo,
});

function roleStem(lower: string): string {
  const dash = lower.lastIndexOf("-");
  const w = dash >= 0 ? lower.slice(dash + 1) : lower;
  return w.replace(/(?:en|n|s|e)$/u, "");
}

/**
 * The person a pronoun or bare role at token `tok` of sentence `si` refers
 * to: the last speaker (pronouns only), else the first person (whose words
 * hold `role`) of the nearest of the last four sentences; of gender
 * `gender` where the words show one.
 */
export function personBefore(
  ctx: QuoteContext,
  si: number,
  tok: number,
  role?: string,
  gender: Gender = "",
): Who | null {
  const last = ctx.lastSpeaker;
  if (
    !role && last && last.person && si - last.sentence <= 3 &&
    fits(genderOf(last.who.surface, ctx.roles), gender)
  ) return last.who;
  // The nearest sentence with a fitting person; in it, the first one
  // (German puts the subject first more often than not).
  for (let s = si; s >= 0 && s >= si - 3; s--) {
    const c = ctx.firstPerson(s, role ?? "", gender);
    if (!c || (s === si && c.first >= tok)) continue;
    return { speaker: c.speaker, surface: c.surface };
  }
  return null;
}

/** The speaker a pronoun before or after the verb of `c` stands for. */
function pronounSpeaker(
  ctx: QuoteContext,
  c: Cue,
  x: number,
  upTo: number,
): Attribution {
  const w = ctx.sentences[c.sentence].tokens[x];
  const plural = w.lower === "sie" && pluralVerb(c);
  const who = plural
    ? groupBefore(ctx, c.sentence, x)
    : personBefore(ctx, c.sentence, x, undefined, w.lower === "er" ? "m" : "f");
  return {
    speaker: who?.speaker ?? "",
    surface: w.token,
    person: !plural,
    kind: "pronoun_resolved",
    upTo,
  };
}

const PERFECT = new Set(
  "hat habe haben hatte hatten hätte hätten".split(" "),
);

const PASSIVE = new Set("wurde wurden worden wird werden".split(" "));

/**
 * In the passive ("wurde von X aufgefordert") the agent after "von" speaks:
 * the first candidate after "von"/"vom" (or "von der"), when a passive
 * auxiliary stands in the clause before the verb.
 */
function passiveAgent(
  ctx: QuoteContext,
  c: Cue,
  start: number,
  from: number,
): Cand | null {
  const t = ctx.sentences[c.sentence].tokens;
  let passive = false;
  for (let x = start; x < c.token && !passive; x++) {
    passive = PASSIVE.has(t[x].lower);
  }
  if (!passive) return null;
  const list = ctx.cands[c.sentence];
  for (let i = from; i < list.length && list[i].last < c.token; i++) {
    const k = list[i];
    const p = t[k.first - 1]?.lower, pp = t[k.first - 2]?.lower;
    if (p === "vom" || p === "von" || (pp === "von" && ARTICLES.has(p ?? ""))) {
      // "vom EU-Außenbeauftragten Javier Solana": the person named after.
      const next = ctx.candAt[c.sentence].get(k.last + 1);
      return !k.person && next?.person ? next : k;
    }
  }
  return null;
}

/** Media a speaker talks to: "sagte der Nachrichtenagentur AFP". */
const MEDIA = /(?:agentur|zeitung|blatt|sender|magazin|fernsehen|radio|tv)$/u;

/** Is the candidate the medium spoken to ("der Agentur dpa")? */
function addressee(t: QuoteSentence["tokens"], c: Cand): boolean {
  const n = t[c.first - 1], d = t[c.first - 2];
  return !!n && !!d && (d.lower === "der" || d.lower === "dem") &&
    MEDIA.test(n.lower);
}

/** Does a preposition govern the candidate ("im Umweltausschuss")? */
function afterPreposition(t: QuoteSentence["tokens"], c: Cand): boolean {
  const p = t[c.first - 1], pp = t[c.first - 2];
  return !!p && (PREPOSITIONS.has(p.lower) ||
    (ARTICLES.has(p.lower) && !!pp && PREPOSITIONS.has(pp.lower)));
}

/** Can the candidate be a subject (not after a preposition, no genitive)? */
export function eligible(s: QuoteSentence, c: Cand): boolean {
  if (c.demonymAdj) return false;
  const t = s.tokens;
  const p = t[c.first - 1];
  if (p && PREPOSITIONS.has(p.lower)) return false;
  if (p && ARTICLES.has(p.lower)) {
    const pp = t[c.first - 2];
    if (pp && PREPOSITIONS.has(pp.lower)) return false;
    if (
      pp && pp.isWord && (p.lower === "der" || p.lower === "des") &&
      pp.token.charAt(0) !== pp.token.charAt(0).toLowerCase() &&
      c.first - 2 > 0
    ) return false;
  }
  // A possessive ("Trumps Sondergesandter") is not the subject.
  const n = t[c.last + 1];
  if (
    c.surface.endsWith("s") && n && n.isWord &&
    n.token.charAt(0) !== n.token.charAt(0).toLowerCase()
  ) return false;
  return true;
}

/**
 * Inverted order: "betonte NATO-Generalsekretär Jens Stoltenberg",
 * "betont der russische Außenminister Sergej Lawrow", "fügte er hinzu",
 * "kündigte der Generalsekretär der Allianz, Jens Stoltenberg … an".
 * Undefined when the words after the verb name no speaker.
 */
function speakerAfter(ctx: QuoteContext, c: Cue): Attribution | undefined {
  const s = ctx.sentences[c.sentence];
  const t = s.tokens;
  const roles = ctx.roles;
  let x = c.last + 1;
  let commas = 0;
  for (; x < t.length && x <= c.last + 10; x++) {
    const w = t[x];
    const cand = ctx.candAt[c.sentence].get(x);
    if (
      cand && !cand.demonymAdj && !afterPreposition(t, cand) &&
      !addressee(t, cand)
    ) {
      // "der US-Nachrichtensender CNN": the name after the compound;
      // "UEFA-Präsident Michel Platini": the person after the body's role.
      const at = ctx.candAt[c.sentence];
      let next = cand.part ? at.get(cand.last + 1) : undefined;
      if (!cand.person && isRole(t[cand.last + 1]?.lower ?? "", roles)) {
        next = at.get(cand.last + 2);
      }
      return next ? fromCand(next, next.last) : fromCand(cand, cand.last);
    }
    if (PRONOUNS.has(w.lower) && x <= c.token + 2) {
      return pronounSpeaker(ctx, c, x, x);
    }
    if (cand) {
      x = cand.last;
      continue;
    }
    if (w.token === "," && commas++ === 0) continue;
    if (SKIP_AFTER_VERB.has(w.lower) || isRole(w.lower, roles)) continue;
    // An adjective ("frühere") or a genitive noun after a role.
    const lowerInitial = w.token.charAt(0) === w.lower.charAt(0);
    if (w.isWord && lowerInitial && /(?:e|en|er|es)$/u.test(w.lower)) {
      continue;
    }
    if (w.isWord && !lowerInitial && ARTICLES.has(t[x - 1]?.lower ?? "")) {
      continue;
    }
    // A name after a genitive noun ("des Verbands Süd-West-Metall").
    const p0 = t[x - 1];
    if (
      w.isWord && !lowerInitial && x > c.last + 2 && p0.isWord &&
      p0.token.charAt(0) !== p0.lower.charAt(0) &&
      ARTICLES.has(t[x - 2]?.lower ?? "")
    ) continue;
    // A name the gazetteer and the name finder do not know: "sagte
    // Riederer", "erklärt van der Vaart".
    const p = t[x - 1];
    const name = x === c.last + 1 || p.token === "," ||
        (SKIP_AFTER_VERB.has(p.lower) && !ARTICLES.has(p.lower)) ||
        isRole(p.lower, roles)
      ? bareName(t, x)
      : -1;
    if (name >= 0) {
      const surface = ctx.text.slice(w.start, t[name].end);
      return {
        speaker: surface,
        surface,
        person: true,
        kind: "named",
        upTo: name,
      };
    }
    break;
  }
  // A role with no name ("sagte der Generalsekretär"): the person who
  // held that title before, or unresolved.
  for (let y = c.token + 1; y < x && y <= c.token + 3; y++) {
    if (t[y].isWord && isRole(t[y].lower, roles)) {
      const who = personBefore(ctx, c.sentence, y, roleStem(t[y].lower));
      return {
        speaker: who?.speaker ?? "",
        surface: ctx.text.slice(t[c.token + 1].start, t[y].end),
        person: true,
        kind: "role_resolved",
        upTo: y,
      };
    }
  }
  return undefined;
}

/**
 * Where the verb's clause starts: a clause that starts with a conjunction
 * after a comma holds its own subject; a relative clause ("…, der …
 * forderte") speaks for the word before the comma (returned as `ante`).
 */
function clauseStart(
  ctx: QuoteContext,
  c: Cue,
): { start: number; ante?: Cand } {
  const s = ctx.sentences[c.sentence];
  const t = s.tokens;
  const list = ctx.cands[c.sentence];
  for (let x = c.token - 1; x > 0 && x > c.token - MAX_CLAUSE; x--) {
    // Not the period of an initial inside a name ("George W. Bush").
    if (
      CLAUSE_STOP.has(t[x].token) &&
      !(t[x].token === "." &&
        covers(ctx.coverOf(c.sentence), t[x].start, t[x].end))
    ) return { start: x + 1 };
    if (t[x].token === "," && t[x + 1]) {
      const w = t[x + 1].lower;
      if (SUBORDINATORS.has(w)) return { start: x + 1 };
      if (RELATIVES.has(w) && x + 1 < c.token) {
        // The last candidate (in order) that ends within six tokens
        // before the comma.
        for (let i = ctx.firstCandFrom(c.sentence, x) - 1; i >= 0; i--) {
          const k = list[i];
          if (k.first < x - MAX_CLAUSE) break;
          if (k.last < x && k.last >= x - 6 && eligible(s, k)) {
            return { start: x + 1, ante: k };
          }
        }
        return { start: x + 1 };
      }
    }
  }
  return { start: Math.max(0, c.token - MAX_CLAUSE) };
}

/**
 * The speaker of a speech verb, and the last token of the speaker's words
 * when they follow the verb (so the reported content starts after them).
 */
export function speakerOf(ctx: QuoteContext, c: Cue): Attribution | null {
  const s = ctx.sentences[c.sentence];
  const t = s.tokens;
  const text = ctx.text;
  const list = ctx.cands[c.sentence];
  const clauseFinal = !t[c.last + 1] || AUX.has(t[c.last + 1].lower) ||
    CLAUSE_STOP.has(t[c.last + 1].token);
  const rightAfter = t[c.last + 1]?.token;
  const { start, ante } = clauseStart(ctx, c);
  // "FDP-Fraktionsvize X forderte die Regierung auf": a subject filling
  // the place before the verb; what follows the verb is its object.
  const first = list[ctx.firstCandFrom(c.sentence, c.token) - 1];
  if (
    !ante && first && first.first >= start && first.last === c.token - 1 &&
    eligible(s, first) &&
    t.slice(start, first.first).every((w) =>
      w.isWord && w.token.charAt(0) !== w.lower.charAt(0)
    )
  ) return fromCand(first, -1);
  if (!clauseFinal && rightAfter !== "," && rightAfter !== ":") {
    const after = speakerAfter(ctx, c);
    if (after) return after;
  }
  // Subject before the verb, within its clause.
  if (ante) return fromCand(ante, -1);
  let person: Cand | null = null, any: Cand | null = null;
  // Candidates before `start` are skipped; one ending at or after the
  // verb ends the search.
  const from = ctx.firstCandFrom(c.sentence, start);
  const blocked = from > 0 && ctx.maxLastOf(c.sentence)[from - 1] >= c.token;
  // "X hat seinen Kritiker Y aufgefordert": with "haben" before the verb
  // and a subject opening the clause, the subject stands before "haben"
  // (not after a preposition: "Nach dem Gipfel hat X …"; not in the
  // passive: "wurde von X aufgefordert").
  let aux = -1;
  if (t[start] && !PREPOSITIONS.has(t[start].lower)) {
    for (let x = start; x < c.token; x++) {
      if (PERFECT.has(t[x].lower)) {
        aux = x;
        break;
      }
    }
  }
  const firstK = list[from];
  const limit = aux >= 0 && firstK && firstK.last < aux ? aux : c.token;
  const agent = passiveAgent(ctx, c, start, from);
  if (agent) return fromCand(agent, -1);
  for (let i = blocked ? list.length : from; i < list.length; i++) {
    const k = list[i];
    if (k.last >= limit) break;
    if (!eligible(s, k)) continue;
    any = k;
    if (k.person) person = k;
  }
  const pick = person ?? any;
  // A pronoun or role nearer the verb than any candidate speaks.
  for (let x = c.token - 1; x >= start && x > (pick ? pick.last : -1); x--) {
    const w = t[x];
    if (PRONOUNS.has(w.lower)) return pronounSpeaker(ctx, c, x, -1);
    if (
      w.isWord && ARTICLES.has(t[x - 1]?.lower ?? "") &&
      isRole(w.lower, ctx.roles)
    ) {
      const who = personBefore(ctx, c.sentence, x - 1, roleStem(w.lower));
      if (who) {
        return {
          ...who,
          surface: `${t[x - 1].token} ${w.token}`,
          person: true,
          kind: "role_resolved",
          upTo: -1,
        };
      }
      // "Ein Sprecher der Bundeswehr sagte": the body speaks through its
      // unnamed officer.
      const det = t[x + 1]?.lower;
      const org = (det === "der" || det === "des")
        ? ctx.candAt[c.sentence].get(x + 2)
        : undefined;
      // Unknown to the gazetteer: the words name it ("ein Sprecher des
      // Innenministeriums").
      const np = org
        ? org.last
        : Math.max(x, nounPhrase(t, x - 1, c.token - 1));
      return {
        speaker: org?.speaker ?? "",
        surface: text.slice(t[x - 1].start, t[np].end),
        person: !org,
        kind: "organisation",
        upTo: -1,
      };
    }
  }
  return pick ? fromCand(pick, -1) : described(ctx, c, start);
}

/**
 * A speaker described by a noun phrase, not named: the subject at the
 * start of the verb's clause ("Das Gericht betonte", "Die italienischen
 * Medien hatten spekuliert"), else the one after the verb ("sagte ein
 * Händler", "verlangt die Arge"). The speaker stays empty.
 */
function described(
  ctx: QuoteContext,
  c: Cue,
  start: number,
): Attribution | null {
  const t = ctx.sentences[c.sentence].tokens;
  const unresolved = (a: number, b: number, upTo: number): Attribution => ({
    speaker: "",
    surface: ctx.text.slice(t[a].start, t[b].end),
    person: false,
    kind: "unresolved",
    upTo,
  });
  let a = start;
  if (t[a] && (t[a].lower === "wie" || t[a].lower === "dass")) a++;
  if (a < c.token) {
    const b = nounPhrase(t, a, c.token - 1);
    const n = t[b + 1];
    if (
      b >= 0 && c.token - b <= 5 &&
      (b + 1 === c.token || !n.isWord || AUX.has(n.lower) ||
        PREPOSITIONS.has(n.lower) ||
        (SKIP_AFTER_VERB.has(n.lower) && !ARTICLES.has(n.lower)))
    ) return unresolved(a, b, -1);
  }
  // "heißt es in einer Mitteilung": the text that says it.
  if (c.cue.lemma === "heißen") {
    for (let x = c.last + 1; x < t.length && x <= c.last + 6; x++) {
      if (t[x].lower !== "in" && t[x].lower !== "im") continue;
      const b = nounPhrase(t, x + 1, Math.min(t.length - 1, x + 10));
      return b >= 0 ? unresolved(x + 1, b, b) : null;
    }
  }
  const rightAfter = t[c.last + 1];
  if (rightAfter && rightAfter.isWord) {
    let x = c.last + 1;
    while (x < t.length && x <= c.last + 3 && SKIP_AFTER_VERB.has(t[x].lower)) {
      if (ARTICLES.has(t[x].lower)) break;
      x++;
    }
    const b = nounPhrase(t, x, Math.min(t.length - 1, x + 10));
    if (b >= 0) return unresolved(x, b, b);
  }
  return null;
}
