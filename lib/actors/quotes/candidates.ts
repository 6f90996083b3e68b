/**
 * Speaker candidates of each sentence: its actor mentions and unknown
 * names outside quotes, in token order.
 *
 * @module
 */
import type { Cand, QuoteSentence } from "./types.ts";
import { tokenAt } from "./spans.ts";

/** Candidates of each sentence, sorted by first token. */
export function speakerCandidates(
  sentences: QuoteSentence[],
  inQuote: (offset: number) => boolean,
): Cand[][] {
  return sentences.map((s) => {
    const list: Cand[] = [];
    for (const m of s.mentions) {
      if (inQuote(m.start)) continue;
      list.push({
        first: m.firstToken,
        last: m.lastToken,
        speaker: m.actor_id,
        surface: m.surface,
        person: m.actor.type === "person",
        demonymAdj: m.kind === "demonym" &&
          m.surface.charAt(0) === m.surface.charAt(0).toLowerCase(),
        part: m.kind === "compound_part",
        // A role noun that findActors resolved to an antecedent.
        kind: (m.kind as string) === "role" ? "role_resolved" : "named",
      });
    }
    for (const n of s.names) {
      if (inQuote(n.start)) continue;
      list.push({
        first: tokenAt(s.tokens, n.start),
        last: tokenAt(s.tokens, n.end - 1),
        speaker: n.text,
        surface: n.text,
        person: n.kind === "person",
        demonymAdj: false,
        part: false,
        kind: "named",
      });
    }
    return list.sort((a, b) => a.first - b.first);
  });
}
