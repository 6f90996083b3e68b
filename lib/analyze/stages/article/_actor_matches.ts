/**
 * The gazetteer matches of a sentence, shared by the stages that need
 * them: the names stage reads them (to leave known actors out) and the
 * mentions stage then takes the same result instead of matching the
 * gazetteer a second time (it was a third of the names stage's time).
 *
 * @module
 */
import type { Gazetteer } from "../../../actors/gazetteer.ts";
import { type ActorMatch, matchActors } from "../../../actors/match_actors.ts";
import type { Token } from "../../../text/tokens.ts";

interface Held {
  text: string;
  gazetteer: Gazetteer;
  matches: ActorMatch[];
}

/**
 * Matches kept for the next stage, on the sentence's token array under a
 * symbol (a WeakMap entry per sentence cost the collector an ephemeron
 * each; see lib/util/memo.ts).
 */
const HELD = Symbol("heldActorMatches");
type Holder = { [HELD]?: Held };

/**
 * {@linkcode matchActors} of a sentence's tokens, kept for one later
 * {@linkcode takeActorMatches} of the same tokens. The caller only reads
 * the result.
 */
export function shareActorMatches(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
): readonly ActorMatch[] {
  const matches = matchActors(text, tokens, gazetteer);
  (tokens as Holder)[HELD] = { text, gazetteer, matches };
  return matches;
}

/**
 * {@linkcode matchActors} of a sentence's tokens: the result kept by
 * {@linkcode shareActorMatches} if it was made for the same text and
 * gazetteer (handed out once, so the caller may change it), else matched
 * afresh.
 */
export function takeActorMatches(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
): ActorMatch[] {
  const holder = tokens as Holder;
  const hit = holder[HELD];
  if (hit) holder[HELD] = undefined;
  return hit && hit.text === text && hit.gazetteer === gazetteer
    ? hit.matches
    : matchActors(text, tokens, gazetteer);
}
