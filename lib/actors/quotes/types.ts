/**
 * The shapes the quote finder's steps pass between them.
 *
 * @module
 */
import type { Token } from "../../text/tokens.ts";
import type { ActorMatch } from "../find_actors.ts";
import type { FoundName } from "../find_names.ts";
import type { SpeechCue } from "../speech_cues.ts";

/**
 * How a quote's speaker was found: named in the attribution (a person, an
 * actor or a name), a pronoun or a bare role resolved to a speaker named
 * before, an unnamed spokesperson mapped to the organisation, or not at all
 * (`speaker` is empty).
 */
export type SpeakerKind =
  | "named"
  | "pronoun_resolved"
  | "role_resolved"
  | "organisation"
  | "unresolved";

/** One quote; offsets into the text. */
export interface Quote {
  /** Index of the sentence the quote starts in. */
  sentence: number;
  /** Actor id, a name not in the gazetteer, or "" when unresolved. */
  speaker: string;
  /** The words that name the speaker ("er", "NATO-Generalsekretär …"). */
  speaker_surface: string;
  /** How the speaker was found; `unresolved` when `speaker` is empty. */
  speaker_kind: SpeakerKind;
  kind: "direct" | "reported";
  start: number;
  end: number;
  /** The cue: the speech verb, "laut", "zufolge", ":", a subjunctive form. */
  cue: string;
  text: string;
}

/** A sentence as the quote finder needs it. */
export interface QuoteSentence {
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
  mentions: ActorMatch[];
  names: FoundName[];
}

/** A speaker candidate: an actor mention or a name, outside quotes. */
export interface Cand {
  first: number;
  last: number;
  speaker: string;
  surface: string;
  person: boolean;
  demonymAdj: boolean;
  /** Part of a compound ("US" in "US-Nachrichtensender"). */
  part: boolean;
  /** `named`, or `role_resolved` for a role mention with an antecedent. */
  kind: SpeakerKind;
}

/** A cue found in a sentence. */
export interface Cue {
  sentence: number;
  token: number;
  last: number;
  /** Token of the separable particle, or -1. */
  particle: number;
  cue: SpeechCue;
  surface: string;
}

/** A speaker as the quotes table shows it. */
export interface Who {
  speaker: string;
  surface: string;
}

/** A speaker, and whether it is a person (pronouns may refer to it). */
export interface Speaker extends Who {
  person: boolean;
  kind: SpeakerKind;
}

/**
 * The speaker of a speech verb, and the last token of the speaker's words
 * when they follow the verb (so the reported content starts after them),
 * or -1.
 */
export interface Attribution extends Speaker {
  upTo: number;
}
