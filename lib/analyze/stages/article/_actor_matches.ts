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

/** Matches kept for the next stage, per sentence's token array. */
const held = new WeakMap<Token[], Held>();

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
  held.set(tokens, { text, gazetteer, matches });
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
  const hit = held.get(tokens);
  if (hit) held.delete(tokens);
  return hit && hit.text === text && hit.gazetteer === gazetteer
    ? hit.matches
    : matchActors(text, tokens, gazetteer);
}
