/**
 * The shapes the quote finder's steps pass between them.
 *
 * @module
 */
import type { Token } from "../../text/tokens.ts";
import type { ActorMatch } from "../find_actors.ts";
import type { FoundName } from "../find_names.ts";
import type { SpeechCue } from "../speech_cues.ts";

/** One quote; offsets into the text. */
export interface Quote {
  /** Index of the sentence the quote starts in. */
  sentence: number;
  /** Actor id, a name not in the gazetteer, or "" when unresolved. */
  speaker: string;
  /** The words that name the speaker ("er", "NATO-Generalsekretär …"). */
  speaker_surface: string;
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
}

/**
 * The speaker of a speech verb, and the last token of the speaker's words
 * when they follow the verb (so the reported content starts after them),
 * or -1.
 */
export interface Attribution extends Speaker {
  upTo: number;
}
