/**
 * The speech cues file (`lib/data/speech_cues.tsv`): verbs of saying,
 * source prepositions, the inquit "so" ("…, so der Minister") and
 * subjunctive forms that mark reported speech.
 *
 * @module
 */
import { dataPath, parseTsv, readTextFile } from "../io/data_file.ts";

/** What a cue signals. */
export type CueType =
  | "verb"
  | "particle_verb"
  | "source_before"
  | "source_after"
  | "inquit"
  | "subjunctive";

const TYPES: readonly CueType[] = [
  "verb",
  "particle_verb",
  "source_before",
  "source_after",
  "inquit",
  "subjunctive",
];

/** One cue form. */
export interface SpeechCue {
  lemma: string;
  type: CueType;
  /** The form's words, lower case. */
  words: string[];
  particle: string;
}

/** Cues by the lower-case first word of their form. */
export type SpeechCues = Map<string, SpeechCue[]>;

/**
 * Parse a speech cues file.
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function parseSpeechCues(text: string, file: string): SpeechCues {
  const cues: SpeechCues = new Map();
  for (
    const { line, fields } of parseTsv(text, file)
  ) {
    if (fields[0] === "lemma") continue;
    const where = `${file}:${line}`;
    if (fields.length !== 4) {
      throw new SyntaxError(
        `Cannot read speech cue at ${where}: expected 4 tab-separated columns (lemma, type, forms, particle), found ${fields.length}`,
      );
    }
    const [lemma, type, forms, particle] = fields.map((f) => f.trim());
    if (!TYPES.includes(type as CueType)) {
      throw new SyntaxError(
        `Cannot read speech cue at ${where}: type "${type}" is not one of ${
          TYPES.join(", ")
        }`,
      );
    }
    if ((type === "particle_verb") !== (particle !== "")) {
      throw new SyntaxError(
        `Cannot read speech cue at ${where}: a particle is needed for type particle_verb and only there`,
      );
    }
    for (const form of forms.split(";").map((f) => f.trim()).filter(Boolean)) {
      const words = form.toLowerCase().split(/\s+/);
      const cue = { lemma, type: type as CueType, words, particle };
      const list = cues.get(words[0]);
      if (list) list.push(cue);
      else cues.set(words[0], [cue]);
    }
  }
  // A separable verb first: "forderte X auf, …" is "auffordern" when the
  // particle follows, else the plain verb "fordern" (stable sort).
  for (const list of cues.values()) {
    list.sort((a, b) =>
      (a.type === "particle_verb" ? 0 : 1) -
      (b.type === "particle_verb" ? 0 : 1)
    );
  }
  return cues;
}

/**
 * Load the speech cues (default: `lib/data/speech_cues.tsv`).
 *
 * @example Separable speech verbs carry their particle
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSpeechCues } from "./speech_cues.ts";
 * const cues = loadSpeechCues();
 * assert.equal(cues.get("fügte")![0].particle, "hinzu");
 * assert.equal(cues.get("zufolge")![0].type, "source_after");
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function loadSpeechCues(path?: string): SpeechCues {
  return parseSpeechCues(
    readTextFile(path ?? dataPath("speech_cues.tsv")),
    path ?? "lib/data/speech_cues.tsv",
  );
}
