/**
 * Small closed word lists of the actor readings (`_reading.ts`) and the
 * capital metonymy rule (`_metonymy.ts`): how they are written, and the
 * nouns both rules read as a source of speech.
 *
 * @module
 */
import { normalize } from "../text/tokens.ts";

/** Space-separated words as a set, as written (lower case in the lists). */
export const wordSet = (words: string): Set<string> =>
  new Set(words.split(/\s+/).filter(Boolean));

/** Space-separated words as a set of their normalised forms. */
export const normWordSet = (words: string): Set<string> =>
  new Set(words.split(/\s+/).filter(Boolean).map((w) => normalize(w)));

/**
 * Nouns of speech and stance before "aus X" that make X their source, an
 * actor ("Vorwürfe aus Kiew", "Kritik aus Moskau"); normalised forms.
 */
export const SPEECH_SOURCE: ReadonlySet<string> = normWordSet(
  "Vorwürfe Vorwurf Kritik Warnungen Warnung Drohungen Drohung Forderungen Forderung Signale Signal Töne Reaktionen Reaktion Angebot Angebote Dementi Protest Proteste Widerspruch Zustimmung",
);
