/**
 * Which frames a text carries, as the pipeline's frames stage decides:
 * codebook cue hits weighed by the learned frame model.
 *
 * @module
 */
import { type Codebook, loadCodebook } from "./codebook.ts";
import { findFrames } from "./find_frames.ts";
import {
  decideFrames,
  type FrameDecision,
  type FrameModel,
  loadFrameModel,
} from "./frame_model.ts";

/** Options for {@linkcode classifyFrames}. */
export interface ClassifyFramesOptions {
  /** The codebook. @default loadCodebook() */
  codebook?: Codebook;
  /** The frame model. @default loadFrameModel() */
  model?: FrameModel;
}

let defaults: { codebook: Codebook; model: FrameModel } | undefined;

/**
 * The frame decisions for a sentence: one per frame with a cue hit, with
 * the model's probability, whether the sentence carries the frame, and the
 * hits with their learned contributions (`log_odds`; offsets into `text`).
 *
 * @example A sentence about troops and shelling
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyFrames } from "../mod.ts";
 * const d = classifyFrames("Die Armee meldete neue Luftangriffe auf die Stadt.");
 * const military = d.find((x) => x.frame_id === "military_action")!;
 * assert.ok(military.carried && military.probability > 0.5);
 * assert.ok(military.hits.some((h) => h.text === "Armee" && h.log_odds > 0));
 * ```
 */
export function classifyFrames(
  text: string,
  options: ClassifyFramesOptions = {},
): FrameDecision[] {
  defaults ??= { codebook: loadCodebook(), model: loadFrameModel() };
  const codebook = options.codebook ?? defaults.codebook;
  return decideFrames(
    findFrames(text, { codebook }),
    options.model ?? defaults.model,
  );
}
