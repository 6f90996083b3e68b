/**
 * Frame cues in text: every token or phrase that matches a cue of the
 * codebook, with its offsets, one hit per token and frame.
 *
 * @module
 */
import { type MatchHow } from "../text/cue_index.ts";
import { type Token, tokenize } from "../text/tokens.ts";
import { type Codebook, loadCodebook } from "./codebook.ts";

/** One frame cue found in text. */
export interface FrameHit {
  frame_id: string;
  /** The cue as written in the codebook. */
  cue: string;
  /** How it matched: exact, head, modifier, stem or phrase. */
  match: MatchHow;
  /** The matched text. */
  text: string;
  /** Offsets into the text given (the article text in the pipeline). */
  start: number;
  end: number;
  weight: number;
}

/**
 * The codebook rule for frames the learned model does not know (a user's
 * own frames; lib/frames/frame_model.ts): a sentence has such a frame when
 * the codebook weights of its cues for it add up to at least this (one
 * strong cue, or two weak ones).
 */
export const FRAME_THRESHOLD = 1;

/** Options for {@linkcode findFrames}. */
export interface FindFramesOptions {
  /** The codebook. @default loadCodebook() */
  codebook?: Codebook;
}

let defaultCodebook: Codebook | undefined;

/**
 * Frame hits in tokens `[from, to)` of `text`, in text order. Per token and
 * frame only the strongest cue counts (a compound such as
 * "Friedensverhandlungen" is one diplomacy hit, not two).
 */
export function matchFrames(
  text: string,
  tokens: readonly Token[],
  codebook: Codebook,
  from = 0,
  to: number = tokens.length,
): FrameHit[] {
  const hits: FrameHit[] = [];
  // Index in `hits` of the hit per frame on the current token span.
  let spanFirst = -1;
  let spanStart = 0;
  codebook.index.match(
    tokens,
    (values, how, first, last) => {
      if (first !== spanFirst) {
        spanFirst = first;
        spanStart = hits.length;
      }
      const start = tokens[first].start;
      const end = tokens[last].end;
      for (const cue of values) {
        let k = spanStart;
        while (k < hits.length && hits[k].frame_id !== cue.frame_id) k++;
        if (k < hits.length) {
          const h = hits[k];
          if (
            cue.weight > h.weight ||
            (cue.weight === h.weight && cue.cue.length > h.cue.length)
          ) {
            h.cue = cue.cue;
            h.weight = cue.weight;
            h.match = how;
          }
          continue;
        }
        hits.push({
          frame_id: cue.frame_id,
          cue: cue.cue,
          match: how,
          text: text.slice(start, end),
          start,
          end,
          weight: cue.weight,
        });
      }
    },
    from,
    to,
  );
  return hits;
}

/**
 * Find frame cues in German text.
 *
 * @example Cues of two frames, one inside a compound
 * ```ts
 * import assert from "node:assert/strict";
 * import { findFrames } from "../mod.ts";
 * const hits = findFrames("Die Armee meldete neue Luftangriffe auf die Stadt.");
 * assert.ok(hits.some((h) =>
 *   h.frame_id === "military_action" && h.text === "Luftangriffe"
 * ));
 * ```
 */
export function findFrames(
  text: string,
  options: FindFramesOptions = {},
): FrameHit[] {
  const codebook = options.codebook ??
    (defaultCodebook ??= loadCodebook());
  return matchFrames(text, tokenize(text), codebook);
}
