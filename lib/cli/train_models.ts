/**
 * The models `deno task train` fits, in order. Each lives in its own
 * module; to add one, import its {@linkcode TrainableModel} and list it.
 *
 * @module
 */
import type { TrainableModel } from "../learn/trainable.ts";
import { sentenceSentimentModel } from "../sentiment/train_sentence.ts";
import { targetToneModel } from "../sentiment/train_tone.ts";
import { frameTrainable } from "../frames/train_frames.ts";

/** Every learned model, trained in this order. */
export const TRAINABLE_MODELS: readonly TrainableModel[] = [
  sentenceSentimentModel,
  targetToneModel,
  frameTrainable,
];
