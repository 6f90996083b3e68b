/**
 * What a speaking pronoun ("sagte er", "sie erklärten") refers to: the last
 * compatible speaker or person before it — of the pronoun's gender where
 * the words show one (a role noun: "Außenministerin" is a woman,
 * "Außenminister" a man), and of its number ("sie" with a plural verb is a
 * group or an organisation). A minimal local resolver, confined to the
 * quote finder. None found: the speaker stays empty.
 *
 * @module
 */
import type { QuoteContext } from "./context.ts";
import type { Cue, Who } from "./types.ts";

export { fits, type Gender, genderOf } from "./gender.ts";

/** Is the cue's verb plural ("sagten", "erklärten", "betonen")? */
export function pluralVerb(c: Cue): boolean {
  const verb = c.surface.split(" ")[0].toLowerCase();
  return verb.endsWith("en") && !verb.startsWith("ge");
}

/** Candidates looked at per sentence, so the search stays bounded. */
const MAX_BACK = 50;

/**
 * The organisation or group a plural "sie" at token `tok` of sentence `si`
 * refers to: the last non-person speaker of the last four sentences, else
 * the last actor that is not a person before it there.
 */
export function groupBefore(
  ctx: QuoteContext,
  si: number,
  tok: number,
): Who | null {
  const last = ctx.lastSpeaker;
  if (last && !last.person && si - last.sentence <= 3) return last.who;
  for (let s = si; s >= 0 && s >= si - 3; s--) {
    const list = ctx.cands[s];
    const end = s === si ? ctx.firstCandFrom(s, tok) : list.length;
    for (let i = end - 1; i >= 0 && i >= end - MAX_BACK; i--) {
      const k = list[i];
      if (!k.person && !k.demonymAdj && !k.part) {
        return { speaker: k.speaker, surface: k.surface };
      }
    }
  }
  return null;
}
