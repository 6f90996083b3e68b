/**
 * The cues of each sentence outside quotes: speech verbs (with their
 * separable particle), source markers and subjunctive forms.
 *
 * @module
 */
import type { Token } from "../../text/tokens.ts";
import type { SpeechCues } from "../speech_cues.ts";
import type { Cue, QuoteSentence } from "./types.ts";
import { ARTICLES, CLAUSE_STOP, MAX_CLAUSE, OPENERS } from "./words.ts";

/**
 * Is the cue a verb of saying, or the inquit "so" that stands in for one
 * (not a source marker or a subjunctive)?
 */
export const speechCue = (c: Cue): boolean =>
  c.cue.type === "verb" || c.cue.type === "particle_verb" ||
  c.cue.type === "inquit";

const FIRST_PERSON = new Set(["ich", "wir", "du"]);
const MODALS = new Set(
  "kann konnte könne könnte können konnten soll sollte sollen sollten will wollte wollen wollten muss musste müssen mussten möchte möchten darf durfte dürfen wird würde werden würden"
    .split(" "),
);

/** A modal verb among the five words before `k`, in its clause. */
function modalBefore(t: Token[], k: number): boolean {
  for (let x = k - 1; x >= 0 && x >= k - 5; x--) {
    if (!t[x].isWord) return false;
    if (MODALS.has(t[x].lower)) return true;
  }
  return false;
}

/** What may stand right before the inquit "so": the end of the words. */
const INQUIT_BEFORE = new Set([",", "-", "–", "—", ...OPENERS]);

/**
 * "…, so der Minister", "„…“, so Müller": "so" after a comma, dash or
 * quote mark, before a capitalised word or an article, with the sentence
 * ending (or a comma or bracket) within eight words.
 */
function inquitAt(t: Token[], k: number): boolean {
  const before = t[k - 1];
  if (!before || !INQUIT_BEFORE.has(before.token)) return false;
  const n = t[k + 1];
  if (!n || !n.isWord) return false;
  const c = n.token.charAt(0);
  if (c === c.toLowerCase() && !ARTICLES.has(n.lower)) return false;
  for (let x = k + 2; x < t.length && x <= k + 9; x++) {
    if (!t[x].isWord && !t[x].token.includes("-")) {
      return t[x].token !== ":" && !OPENERS.has(t[x].token);
    }
  }
  return k + 9 >= t.length;
}

/** All cues, in text order; at most one per token. */
export function findCues(
  text: string,
  sentences: QuoteSentence[],
  cues: SpeechCues,
  inQuote: (offset: number) => boolean,
): Cue[] {
  const cueList: Cue[] = [];
  sentences.forEach((s, si) => {
    const t = s.tokens;
    for (let k = 0; k < t.length; k++) {
      const options = t[k].isWord ? cues.get(t[k].lower) : undefined;
      if (!options || inQuote(t[k].start)) continue;
      for (const cue of options) {
        let last = k;
        let particleAt = -1;
        let ok = true;
        for (let w = 1; w < cue.words.length; w++) {
          if (t[k + w]?.lower !== cue.words[w]) ok = false;
        }
        if (!ok) continue;
        last = k + cue.words.length - 1;
        let surface = text.slice(t[k].start, t[last].end);
        if (cue.type === "particle_verb") {
          let p = -1;
          for (let x = k + 1; x < t.length && x <= k + MAX_CLAUSE; x++) {
            if (CLAUSE_STOP.has(t[x].token) || OPENERS.has(t[x].token)) break;
            if (t[x].lower === cue.particle) {
              p = x;
              break;
            }
          }
          if (p < 0) continue;
          surface += " " + t[p].token;
          particleAt = p;
        }
        if (cue.type === "subjunctive") {
          // "ich habe", "habe ich": the first person, not reported speech.
          if (
            FIRST_PERSON.has(t[k - 1]?.lower ?? "") ||
            FIRST_PERSON.has(t[k + 1]?.lower ?? "")
          ) continue;
        }
        if (cue.type === "inquit" && !inquitAt(t, k)) continue;
        // "konnte man nicht sagen.", "soll er sagen.": an infinitive after
        // a modal verb that ends its clause reports nothing ("kann nur
        // sagen, dass …" does).
        const next = t[k + 1]?.token;
        if (
          cue.type === "verb" && cue.words.length === 1 &&
          cue.words[0] === cue.lemma && next !== "," && next !== ":" &&
          (modalBefore(t, k) || MODALS.has(t[k + 1]?.lower ?? ""))
        ) continue;
        if (cue.type === "source_before") {
          const n = t[last + 1];
          if (!n || !n.isWord) continue;
          const c = n.token.charAt(0);
          if (c === c.toLowerCase() && !ARTICLES.has(n.lower)) continue;
        }
        cueList.push({
          sentence: si,
          token: k,
          last,
          particle: particleAt,
          cue,
          surface,
        });
        break;
      }
    }
  });
  return cueList;
}
