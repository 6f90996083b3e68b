/**
 * The tone rules: the sentiment of the language about a span of text (an
 * actor mention), not of the whole sentence, by rule. They were the whole
 * tone scorer before the learned model (score_tone.ts); now they give its
 * target-relative features (tone_features.ts) and its baseline.
 *
 * In {@linkcode ruleTone}, each sentiment term of the span's sentence counts with
 * - its value from the sentence scorer (negation, intensifiers, contrast …)
 * - × 1 in the span's clause, × {@linkcode OTHER_CLAUSE} in another clause
 *   (× {@linkcode SPEAKER_OTHER_CLAUSE} when the span's clause attributes
 *   speech: "…, sagte ein Sprecher der Armee")
 * - × 1 / (1 + d / {@linkcode DISTANCE_SCALE}), d = words between term and
 *   span (a term inside the span, as in "Terrormiliz IS", has d = 0)
 * - for negative acts (verbs, and act nouns with an explicit "durch/von X" or
 *   "auf/gegen Y"): × {@linkcode AGENT} if the span is the agent, ×
 *   {@linkcode TARGET} if it is the target. "X bombardierte Y" is a negative
 *   act by X; "Y wurde angegriffen" makes Y the target, which says something
 *   bad happened to Y, not that Y is portrayed badly.
 *
 * A positive term before the span that is directed against it ("Sieg über
 * den IS", "Fortschritte gegen den IS") counts × {@linkcode AGAINST}: the
 * span is the target of someone else's success.
 *
 * Agent and target come from word order and voice, without a parser: passive
 * (a form of "werden" with a participle) makes the span the target unless
 * "von"/"durch" precedes it; in the active, a span that opens its clause
 * before the verb is the agent, a bare noun phrase after the verb is the
 * target when a bare subject precedes the verb, and the agent when a
 * prepositional phrase or adverb was fronted ("Am Sonntag bombardierte die
 * Armee …"). Where none of this applies the role is left open.
 *
 * @module
 */
import { memoOn } from "../util/memo.ts";
import type { Token } from "../text/tokens.ts";
import {
  type LocatedMatch,
  type MatchedTokens,
  type SentimentMatch,
} from "./match_terms.ts";
import {
  NEUTRAL_BAND,
  publicMatch,
  type SentimentResult,
  summarize,
} from "./score_sentiment.ts";

/** Weight of a term in another clause of the sentence than the span. */
export const OTHER_CLAUSE = 0.5;
/**
 * Weight of a term in another clause when the span's clause is an
 * attribution ("…, sagte ein Sprecher der Armee"): the speaker reports the
 * content, the content is not about the speaker.
 */
export const SPEAKER_OTHER_CLAUSE = 0.2;
/** Words at which a term's weight has halved. */
export const DISTANCE_SCALE = 6;
/** Weight of a negative act whose agent is the span. */
export const AGENT = 1.2;
/** Weight of a negative act whose target is the span. */
export const TARGET = 0.3;

/** Factor of a positive term (success, victory) directed against the span. */
export const AGAINST = -0.5;

/** The span's role toward the negative acts of its clause. */
export type ToneRole = "agent" | "target" | "both" | "none";

/** One act and the role of the span in it. */
export interface RoleEvidence {
  /** The act, as written. */
  cue: string;
  /** Offset of the act in the text. */
  start: number;
  /** Offset after the act. */
  end: number;
  /** The span's role in the act. */
  role: "agent" | "target";
}

/** Result of {@linkcode scoreTone}. */
export interface ToneResult extends SentimentResult {
  /** Agent of some negative act, target of some, both, or none detected. */
  role: ToneRole;
  /** Each negative act and the span's role in it. */
  roles: RoleEvidence[];
}

const SPEECH: ReadonlySet<string> = new Set([
  "sagte",
  "sagten",
  "sagt",
  "erklärte",
  "erklärten",
  "erklärt",
  "teilte",
  "teilten",
  "betonte",
  "berichtete",
  "berichteten",
  "meldete",
  "meldeten",
  "hieß",
  "heißt",
  "zufolge",
  "laut",
]);
const WERDEN: ReadonlySet<string> = new Set([
  "wurde",
  "wurden",
  "worden",
  "wird",
  "werden",
  "wirst",
  "würde",
  "würden",
]);
const PAST_PASSIVE: ReadonlySet<string> = new Set([
  "wurde",
  "wurden",
  "worden",
]);
const AGENT_MARKERS: ReadonlySet<string> = new Set(["von", "vom", "durch"]);
const TARGET_MARKERS: ReadonlySet<string> = new Set([
  "auf",
  "gegen",
  "gegenüber",
]);
const DETERMINERS: ReadonlySet<string> = new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einen",
  "einem",
  "einer",
  "eines",
  "sein",
  "seine",
  "seinen",
  "seinem",
  "seiner",
  "ihr",
  "ihre",
  "ihren",
  "ihrem",
  "ihrer",
  "dieser",
  "diese",
  "diesen",
  "diesem",
  "dieses",
  "jene",
  "alle",
  "beide",
]);
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "am",
  "im",
  "in",
  "an",
  "auf",
  "nach",
  "vor",
  "bei",
  "beim",
  "seit",
  "mit",
  "von",
  "vom",
  "zum",
  "zur",
  "zu",
  "für",
  "über",
  "unter",
  "während",
  "wegen",
  "trotz",
  "laut",
  "gegen",
  "aus",
  "durch",
  "ohne",
  "um",
  "bis",
  "ab",
  "neben",
  "hinter",
  "zwischen",
]);
// Sentence-initial adverbs: capitalised, but not a subject.
const ADVERBS: ReadonlySet<string> = new Set([
  "stattdessen",
  "danach",
  "daraufhin",
  "zudem",
  "außerdem",
  "inzwischen",
  "bereits",
  "nun",
  "dann",
  "heute",
  "gestern",
  "zuvor",
  "jetzt",
  "damals",
  "später",
  "daher",
  "deshalb",
  "trotzdem",
  "dennoch",
  "allerdings",
  "auch",
  "so",
  "hier",
  "dort",
  "dabei",
  "seither",
  "bisher",
  "erneut",
  "zuletzt",
  "offenbar",
  "angeblich",
  "immer",
  "wieder",
  "schon",
  "zunächst",
  "anschließend",
]);
// A participle: "-t" ending (bombardiert, zerstört) or "ge" inside
// (getötet, angegriffen). Compiled once.
const PARTICIPLE = /^(?:ge|[a-zäöü]{2,5}ge)|t$/u;

function isBareNounPhrase(tokens: Token[], from: number, to: number): boolean {
  // Determiners, lower-case modifiers and at least one capitalised word.
  let noun = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.isWord) return false;
    if (DETERMINERS.has(t.lower)) continue;
    if (ADVERBS.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
    const c = t.token.charAt(0);
    if (c !== c.toLowerCase()) noun = true;
    else if (t.lower.length < 4) return false; // a preposition or particle
  }
  return noun;
}

const AGAINST_MARKERS: ReadonlySet<string> = new Set(["gegen", "über"]);

/** Is the span at `a` introduced by "gegen"/"über" (determiners between)? */
function against(tokens: Token[], a: number): boolean {
  for (let j = a - 1, w = 0; j >= 0 && w < 3; j--) {
    const t = tokens[j];
    if (!t.isWord) return false;
    w++;
    if (AGAINST_MARKERS.has(t.lower)) return true;
    if (!DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * What every span scored against one matched sentence shares, computed once
 * per {@linkcode MatchedTokens}, so that scoring a span costs per match, not
 * per token between the match and the span.
 */
export interface ToneIndex {
  /** words[k]: word tokens before token k (words[n] is all of them). */
  words: number[];
  /** First token of the clause of token k. */
  clauseStart: number[];
  /** At a clause's first token: 1 if it has a form of "werden", 2 if one
   * of them is a past passive ("wurde"), else 0. */
  werden: number[];
  /** At a clause's first token: 1 if it has a speech verb. */
  speech: number[];
}

/** The first token for which `after` holds (it holds from there on). */
function firstToken(tokens: Token[], after: (t: Token) => boolean): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(tokens[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const TONE_INDEX = Symbol("toneIndex");

export function toneIndex(mt: MatchedTokens): ToneIndex {
  return memoOn(mt, TONE_INDEX, buildToneIndex);
}

function buildToneIndex(mt: MatchedTokens): ToneIndex {
  const { tokens, clause } = mt;
  const n = tokens.length;
  // Plain arrays, not typed ones (see matchTerms): allocated per sentence.
  const words: number[] = new Array(n + 1);
  const clauseStart: number[] = new Array(n);
  const werden: number[] = new Array(n).fill(0);
  const speech: number[] = new Array(n).fill(0);
  words[0] = 0;
  for (let k = 0; k < n; k++) {
    words[k + 1] = words[k] + (tokens[k].isWord ? 1 : 0);
    const cs = k > 0 && clause[k - 1] === clause[k] ? clauseStart[k - 1] : k;
    clauseStart[k] = cs;
    const w = tokens[k].lower;
    if (WERDEN.has(w)) {
      werden[cs] = Math.max(werden[cs], PAST_PASSIVE.has(w) ? 2 : 1);
    }
    if (SPEECH.has(w)) speech[cs] = 1;
  }
  return { words, clauseStart, werden, speech };
}

/** The span's role toward one act (a negative or positive term), or undefined. */
export function roleIn(
  mt: MatchedTokens,
  index: ToneIndex,
  m: LocatedMatch,
  a: number,
  b: number,
): "agent" | "target" | undefined {
  const { tokens, clause } = mt;
  const c = clause[m.first];
  const cs = index.clauseStart[m.first];
  if (clause[a] !== c) return undefined;
  const before = (k: number, set: ReadonlySet<string>) => {
    for (let j = k - 1, w = 0; j >= cs && w < 3; j--) {
      const t = tokens[j];
      if (!t.isWord) continue;
      w++;
      if (set.has(t.lower)) return true;
      if (!DETERMINERS.has(t.lower)) return false;
    }
    return false;
  };
  if (m.pos !== "V") {
    // Act nouns: only explicit markers right after the noun.
    if (a <= m.last) return undefined;
    if (before(a, AGENT_MARKERS)) return "agent";
    if (before(a, TARGET_MARKERS)) return "target";
    // A genitive ("Angriff der USA", "Rauswurf der USA") can be either.
    return undefined;
  }
  // Passive: a past passive "werden" in the clause, or any "werden" with
  // the act as a participle.
  const werden = index.werden[cs];
  const passive = werden === 2 ||
    (werden === 1 && PARTICIPLE.test(tokens[m.first].lower));
  if (passive) return before(a, AGENT_MARKERS) ? "agent" : "target";
  if (b < m.first) {
    let onlyDeterminers = true;
    for (let k = cs; k < a; k++) {
      if (!DETERMINERS.has(tokens[k].lower)) {
        onlyDeterminers = false;
        break;
      }
    }
    // The span opens the clause: the subject. Another noun phrase first:
    // the span is the object (SOV order of subordinate clauses).
    if (onlyDeterminers) return "agent";
    return isBareNounPhrase(tokens, cs, a) ? "target" : undefined;
  }
  if (a > m.last) {
    if (before(a, TARGET_MARKERS)) return "target";
    // Only determiners and titles ("US-Präsident Donald") between?
    for (let k = m.last + 1; k < a; k++) {
      const t = tokens[k];
      const c = t.token.charAt(0);
      if (!DETERMINERS.has(t.lower) && c === c.toLowerCase()) return undefined;
    }
    if (m.first === cs) return undefined;
    return isBareNounPhrase(tokens, cs, m.first) ? "target" : "agent";
  }
  return undefined;
}

/**
 * First and last token of the span `[start, end)` (tokens are in text
 * order: binary searches); a span between tokens takes the nearest token.
 * Needs at least one token.
 */
export function spanTokens(
  tokens: Token[],
  start: number,
  end: number,
): [number, number] {
  const limit = Math.max(end, start + 1);
  let a = firstToken(tokens, (t) => t.end > start);
  let b = firstToken(tokens, (t) => t.start >= limit) - 1;
  if (a >= tokens.length || tokens[a].start >= limit || b < a) {
    a = firstToken(tokens, (t) => t.start >= start);
    if (a >= tokens.length) a = tokens.length - 1;
    b = a;
  }
  return [a, b];
}

/**
 * The rule-based tone (the baseline of the learned model, and the source
 * of its target-relative features): lexicon values weighted by clause,
 * distance and role, summed and labelled with the neutral band.
 * `start`/`end` are offsets into the same text as the tokens. `used`, if
 * given, receives the index in `mt.matches` of each returned match. With
 * `explain` false the matches keep the lexicon's modifiers only (the
 * values are the same): the tone stage shows no rule modifiers, and
 * listing them per mention was a sixth of its allocations.
 */
export function ruleTone(
  mt: MatchedTokens,
  start: number,
  end: number,
  band: number = NEUTRAL_BAND,
  used?: number[],
  explain = true,
): ToneResult {
  const { tokens } = mt;
  if (tokens.length === 0) {
    return { ...summarize([], band), role: "none", roles: [] };
  }
  const [a, b] = spanTokens(tokens, start, end);
  const index = toneIndex(mt);
  const sentence = mt.sentence[a];
  const spanClause = mt.clause[a];
  const otherClause = index.speech[index.clauseStart[a]]
    ? SPEAKER_OTHER_CLAUSE
    : OTHER_CLAUSE;
  const out: SentimentMatch[] = [];
  const roles: RoleEvidence[] = [];
  for (let i = 0; i < mt.matches.length; i++) {
    const m = mt.matches[i];
    if (m.sentence !== sentence) continue;
    used?.push(i);
    const p = publicMatch(m);
    if (explain) p.modifiers = [...m.modifiers];
    const inside = m.last >= a && m.first <= b;
    // Words between the match and the span, from the prefix counts.
    const d = inside
      ? 0
      : m.last < a
      ? index.words[a] - index.words[m.last + 1]
      : index.words[m.first] - index.words[b + 1];
    if (m.clause !== spanClause && !inside) {
      if (explain) {
        p.modifiers.push({
          kind: "other_clause",
          factor: otherClause,
          cue: "",
        });
      }
      p.value *= otherClause;
    }
    if (d > 0) {
      const f = 1 / (1 + d / DISTANCE_SCALE);
      if (explain) {
        p.modifiers.push({ kind: "distance", factor: f, cue: `${d} words` });
      }
      p.value *= f;
    }
    if (!inside && m.value < 0) {
      const role = roleIn(mt, index, m, a, b);
      if (role) {
        const f = role === "agent" ? AGENT : TARGET;
        if (explain) p.modifiers.push({ kind: role, factor: f, cue: m.term });
        p.value *= f;
        roles.push({ cue: m.term, start: m.start, end: m.end, role });
      }
    } else if (
      !inside && m.value > 0 && m.last < a && m.clause === spanClause &&
      against(tokens, a)
    ) {
      // "Sieg über den IS", "Fortschritte gegen den IS": success against
      // the span is bad news for it.
      if (explain) {
        p.modifiers.push({ kind: "target", factor: AGAINST, cue: m.term });
      }
      p.value *= AGAINST;
      roles.push({ cue: m.term, start: m.start, end: m.end, role: "target" });
    }
    out.push(p);
  }
  const agent = roles.some((r) => r.role === "agent");
  const target = roles.some((r) => r.role === "target");
  return {
    ...summarize(out, band),
    role: agent && target
      ? "both"
      : agent
      ? "agent"
      : target
      ? "target"
      : "none",
    roles,
  };
}
