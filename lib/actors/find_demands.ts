/**
 * Who makes demands: the actor behind a demand cue ("Forderung des
 * irakischen Parlaments", "Bagdad forderte den Abzug", "Die NATO verlangt
 * …"). A role the framing literature looks at beside who speaks: an actor
 * cast as the demanding party versus the one demanded of.
 *
 * Rules, on tokens of one sentence:
 * - a demand noun (Forderung, Aufforderung, Ultimatum, …) followed within
 *   three tokens by "des", "der" or "von" and an actor mention: that actor
 *   demands;
 * - a demand verb (fordern, auffordern, verlangen in any finite form): the
 *   nearest actor mention before it in the same clause (no comma, colon or
 *   semicolon between), else the mention right after it ("Am Montag forderte
 *   Bagdad …"). Passives ("wurde gefordert") are skipped.
 *
 * A dictionary rule with the usual limits: it does not resolve pronouns, and
 * a demand reported in negation ("forderte nicht") still counts.
 *
 * @module
 */
import { type Token, tokenize } from "../text/tokens.ts";
import { type ActorMention, findActors } from "./find_actors.ts";

/** One demand: who demands, and the cue that says so. */
export interface Demand {
  actor_id: string;
  /** Offsets of the actor mention. */
  start: number;
  end: number;
  surface: string;
  /** The demand word and its offsets. */
  cue: string;
  cue_start: number;
  cue_end: number;
}

const NOUN = /^(?:forderung|aufforderung|ultimatum|ultimaten)/;
const VERB = /^(?:ge)?(?:auf)?(?:forder|fordert|verlang)/;
const PARTICIPLE = /^(?:gefordert|aufgefordert|verlangt)$/;
const PASSIVE = new Set(["wurde", "wurden", "wird", "werden", "worden"]);
const GENITIVE = new Set(["des", "der", "von", "vom"]);
const AGENT = new Set(["von", "vom", "seitens", "durch"]);
const CLAUSE_END = new Set([",", ";", ":", "–", "—", "(", ")"]);
// A mention after one of these is an object or an adjunct, not the subject.
const PREPOSITIONS = new Set([
  "an",
  "auf",
  "aus",
  "bei",
  "durch",
  "für",
  "gegen",
  "hinter",
  "in",
  "im",
  "mit",
  "nach",
  "neben",
  "ohne",
  "über",
  "um",
  "unter",
  "von",
  "vom",
  "vor",
  "zu",
  "zum",
  "zur",
  "zwischen",
  "gegenüber",
  "seitens",
]);

/**
 * Whether the mention starting at token `k` can be a subject: not after a
 * preposition, and not a genitive attribute ("der Rauswurf der USA").
 */
function subjectLike(tokens: Token[], k: number): boolean {
  if (k === 0) return true;
  const p = tokens[k - 1].lower;
  if (PREPOSITIONS.has(p)) return false;
  if ((p === "des" || p === "der") && k >= 2) {
    const n = tokens[k - 2];
    if (n.isWord && n.token[0] !== n.lower[0]) return false;
  }
  return true;
}

/** Index of the token at which offset `at` starts (binary search). */
function tokenAt(tokens: Token[], at: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function mentionAt(
  mentions: readonly ActorMention[],
  tokens: Token[],
  from: number,
  to: number,
): ActorMention | undefined {
  const lo = tokens[from].start, hi = tokens[to].end;
  return mentions.find((m) => m.start >= lo && m.end <= hi);
}

/**
 * Find the demands in a sentence (or any text: clauses never cross a
 * sentence end, which ends a clause too).
 *
 * @example The parliament demands; the USA is demanded of
 * ```ts
 * import assert from "node:assert/strict";
 * import { findDemands } from "../mod.ts";
 * const d = findDemands(
 *   "Die Forderung des irakischen Parlaments war eindeutig: Die US-Truppen müssen abziehen.",
 * );
 * assert.deepEqual(d.map((x) => [x.actor_id, x.cue]), [["iraqi_parliament", "Forderung"]]);
 * ```
 */
export function findDemands(
  text: string,
  mentions: ActorMention[] = findActors(text),
): Demand[] {
  return matchDemands(tokenize(text), mentions);
}

/**
 * The demands among `tokens` (one sentence) given its actor `mentions`;
 * offsets are whatever the tokens' offsets refer to (the pipeline passes
 * article offsets). Mentions read as places ("aus dem Land") and
 * unresolved roles never demand.
 */
export function matchDemands(
  tokens: Token[],
  allMentions: readonly ActorMention[],
): Demand[] {
  const mentions = allMentions.filter((m) =>
    m.reading !== "place" && m.actor_id !== ""
  );
  const out: Demand[] = [];
  const push = (m: ActorMention | undefined, t: Token) => {
    if (!m) return;
    out.push({
      actor_id: m.actor_id,
      start: m.start,
      end: m.end,
      surface: m.surface,
      cue: t.token,
      cue_start: t.start,
      cue_end: t.end,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord) continue;
    const capital = t.token[0] !== t.lower[0];
    if (capital && NOUN.test(t.lower)) {
      // "Forderung(en) des/der/von X", with at most two words between.
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        if (GENITIVE.has(tokens[k].lower)) {
          push(
            mentionAt(
              mentions,
              tokens,
              k + 1 < tokens.length ? k + 1 : k,
              Math.min(k + 4, tokens.length - 1),
            ),
            t,
          );
          break;
        }
        if (!tokens[k].isWord) break;
      }
      continue;
    }
    if ((capital && i > 0) || !VERB.test(t.lower)) continue;
    // The clause before the verb.
    let from = i;
    while (from > 0 && !CLAUSE_END.has(tokens[from - 1].token)) from--;
    // Passive: a participle with a form of "werden" in the clause ("werden"
    // with an infinitive is the active future: "Die USA werden fordern").
    let passive = false;
    if (PARTICIPLE.test(t.lower)) {
      passive = i + 1 < tokens.length && PASSIVE.has(tokens[i + 1].lower);
      for (let k = from; k < i && !passive; k++) {
        passive = PASSIVE.has(tokens[k].lower);
      }
    }
    if (passive) {
      // "Der Abzug wurde von Teheran gefordert": the agent after "von".
      const agent = mentions.find((m) => {
        if (m.start < tokens[from].start || m.end > t.start) return false;
        const k = tokenAt(tokens, m.start);
        return k > 0 && AGENT.has(tokens[k - 1].lower);
      });
      push(agent, t);
      continue;
    }
    const before = mentions.filter((m) =>
      m.start >= tokens[from].start && m.end <= t.start &&
      subjectLike(tokens, tokenAt(tokens, m.start))
    );
    if (before.length) {
      push(before[before.length - 1], t);
    } else if (i + 1 < tokens.length) {
      push(
        mentionAt(mentions, tokens, i + 1, Math.min(i + 3, tokens.length - 1)),
        t,
      );
    }
  }
  return out;
}
