/**
 * The learned frame model: one logistic regression per frame over the cue
 * hits of the codebook (`lib/data/frame_weights.tsv`, written by
 * `deno task train`). Each hit adds a learned amount to its frame's
 * log-odds, so the evidence of a decision is the list of hits with their
 * weights:
 *
 *   log-odds(frame) = bias + Σ over the frame's hits of
 *     (a · codebook weight + cue weight + match weight)
 *
 * `a` scales the codebook's own weight (so cues the training data never saw
 * still count); the cue weight corrects a cue the data saw often enough
 * (down for cues that fire on everything); the match weight corrects by how
 * the cue matched (whole word, compound head or modifier, stem, phrase). A
 * sentence carries the frame when the probability reaches the frame's
 * threshold (row `threshold` of the file; chosen by cross-validation within
 * the training data, since a frame is rare and a threshold of 0.5 would
 * miss most of them).
 *
 * Frames of the codebook that the model does not know (a user's own frames)
 * fall back to the codebook rule: cue weights sum to at least
 * {@linkcode FRAME_THRESHOLD}.
 *
 * @module
 */
import { readWeights } from "../learn/weights_file.ts";
import type { LogisticModel } from "../learn/logistic.ts";
import { dataPath } from "../io/data_file.ts";
import { FRAME_THRESHOLD, type FrameHit } from "./find_frames.ts";

/** Feature names of the weight file. */
export const CODEBOOK_FEATURE = "codebook";
/** Prefix of per-cue features (`cue:` + the cue as written in the codebook). */
export const CUE_PREFIX = "cue:";
/** Prefix of match-kind features (`match:head`, …). */
export const MATCH_PREFIX = "match:";
/** Row of the per-frame probability thresholds. */
export const THRESHOLD_ROW = "threshold";

/** A frame model ready for scoring. */
export interface FrameModel {
  /** Frame ids, the columns of the weight file. */
  frames: string[];
  bias: number[];
  /** Per frame: coefficient of the codebook weight. */
  codebook: number[];
  /** Per frame: cue → weight. */
  cues: Map<string, number>[];
  /** Per frame: match kind → weight. */
  matches: Map<string, number>[];
  /** Per frame: the probability from which a sentence carries it. */
  threshold: number[];
  /** Column of each frame id. */
  slots: ReadonlyMap<string, number>;
  /** Where it was read from (for messages). */
  source: string;
}

/** Turn fitted weights (frames as classes) into a {@linkcode FrameModel}. */
export function frameModelFrom(
  weights: LogisticModel,
  source: string,
): FrameModel {
  const n = weights.classes.length;
  const cues = Array.from({ length: n }, () => new Map<string, number>());
  const matches = Array.from({ length: n }, () => new Map<string, number>());
  const codebook = new Array<number>(n).fill(0);
  const threshold = new Array<number>(n).fill(0.5);
  for (const [name, w] of weights.weights) {
    if (name === CODEBOOK_FEATURE) {
      w.forEach((x, f) => codebook[f] = x);
      continue;
    }
    if (name === THRESHOLD_ROW) {
      w.forEach((x, f) => {
        if (!(x > 0 && x < 1)) {
          throw new SyntaxError(
            `${source}: threshold of frame "${
              weights.classes[f]
            }" is ${x}; it must lie between 0 and 1; rebuild the file with \`deno task train\``,
          );
        }
        threshold[f] = x;
      });
      continue;
    }
    const into = name.startsWith(CUE_PREFIX)
      ? { maps: cues, key: name.slice(CUE_PREFIX.length) }
      : name.startsWith(MATCH_PREFIX)
      ? { maps: matches, key: name.slice(MATCH_PREFIX.length) }
      : null;
    if (!into) {
      throw new SyntaxError(
        `${source}: unknown feature "${name}"; expected "${CODEBOOK_FEATURE}", "${CUE_PREFIX}…" or "${MATCH_PREFIX}…"; rebuild the file with \`deno task train\``,
      );
    }
    w.forEach((x, f) => {
      if (x !== 0) into.maps[f].set(into.key, x);
    });
  }
  return {
    frames: [...weights.classes],
    bias: [...weights.bias],
    codebook,
    cues,
    matches,
    threshold,
    slots: new Map(weights.classes.map((f, i) => [f, i])),
    source,
  };
}

/** Default path of the weight file. */
export const FRAME_WEIGHTS_FILE = "frame_weights.tsv";

/**
 * Load the frame model (default `lib/data/frame_weights.tsv`).
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function loadFrameModel(path?: string): FrameModel {
  const file = path ?? dataPath(FRAME_WEIGHTS_FILE);
  const { model } = readWeights(file);
  return frameModelFrom(model, path ?? `lib/data/${FRAME_WEIGHTS_FILE}`);
}

/** A cue hit with what it adds to its frame's log-odds. */
export interface FrameEvidence extends FrameHit {
  /**
   * The learned contribution to the frame's log-odds (for a frame the model
   * does not know: the codebook weight).
   */
  log_odds: number;
}

/** The decision on one frame in one sentence. */
export interface FrameDecision {
  frame_id: string;
  /** Model probability (the codebook rule gives 1 or 0). */
  probability: number;
  carried: boolean;
  /** The frame's hits with their learned contributions. */
  hits: FrameEvidence[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Score the hits of one sentence: one decision per frame that has hits, in
 * the order of the hits' first appearance, each hit with its learned
 * contribution (`log_odds`; `weight` stays the codebook weight).
 */
export function decideFrames(
  hits: readonly FrameHit[],
  model: FrameModel,
): FrameDecision[] {
  const slots = model.slots;
  const out: FrameDecision[] = [];
  const logit: number[] = [];
  for (const h of hits) {
    let k = 0;
    while (k < out.length && out[k].frame_id !== h.frame_id) k++;
    const f = slots.get(h.frame_id);
    if (k === out.length) {
      out.push({
        frame_id: h.frame_id,
        probability: 0,
        carried: false,
        hits: [],
      });
      logit.push(f === undefined ? 0 : model.bias[f]);
    }
    const w = f === undefined ? h.weight : model.codebook[f] * h.weight +
      (model.cues[f].get(h.cue) ?? 0) + (model.matches[f].get(h.match) ?? 0);
    logit[k] += w;
    out[k].hits.push({ ...h, log_odds: w });
  }
  out.forEach((d, k) => {
    if (slots.has(d.frame_id)) {
      d.probability = sigmoid(logit[k]);
      d.carried = d.probability >= model.threshold[slots.get(d.frame_id)!];
    } else {
      d.carried = logit[k] >= FRAME_THRESHOLD;
      d.probability = d.carried ? 1 : 0;
    }
  });
  return out;
}
