/**
 * Fitting the frame model ({@linkcode FrameModel}) on coded sentences: the
 * features of a coded unit are its codebook hits, one binary logistic
 * regression per frame (lib/learn), combined into one weight table with the
 * frames as columns.
 *
 * @module
 */
import { stratifiedFolds } from "../learn/cross_validation.ts";
import { fitLogistic, type LogisticModel } from "../learn/logistic.ts";
import { microF1 } from "../learn/metrics.ts";
import { splitSentences } from "../text/sentences.ts";
import { tokenize } from "../text/tokens.ts";
import type { Codebook } from "./codebook.ts";
import type { CodedSentence } from "./coded_sentences.ts";
import { type FrameHit, matchFrames } from "./find_frames.ts";
import {
  CODEBOOK_FEATURE,
  CUE_PREFIX,
  decideFrames,
  type FrameModel,
  frameModelFrom,
  MATCH_PREFIX,
  THRESHOLD_ROW,
} from "./frame_model.ts";

/** A coded unit with the codebook hits of each of its sentences. */
export interface HitUnit {
  item: CodedSentence;
  /** Hits per sentence, as the pipeline splits the unit. */
  sentences: FrameHit[][];
}

/**
 * The codebook hits of each sentence of each coded unit (split and
 * tokenised as the pipeline does; a derStandard unit is one sentence, a
 * GerNTSA snippet often several).
 */
export function unitHits(
  items: readonly CodedSentence[],
  codebook: Codebook,
): HitUnit[] {
  return items.map((item) => ({
    item,
    sentences: splitSentences(item.text).map((s) =>
      matchFrames(
        item.text,
        tokenize(item.text, s.start, s.end),
        codebook,
      )
    ),
  }));
}

/** Features of one frame from hits: the codebook weight sum, cue and match counts. */
export function frameFeatures(
  hits: readonly FrameHit[],
  frameId: string,
): Map<string, number> {
  const x = new Map<string, number>();
  const add = (k: string, v: number) => x.set(k, (x.get(k) ?? 0) + v);
  for (const h of hits) {
    if (h.frame_id !== frameId) continue;
    add(CODEBOOK_FEATURE, h.weight);
    add(CUE_PREFIX + h.cue, 1);
    add(MATCH_PREFIX + h.match, 1);
  }
  return x;
}

/** Options for {@linkcode fitFrameModel}. */
export interface FitFramesOptions {
  /** L2 penalty (lib/learn `fitLogistic`). @default 0.03 */
  l2?: number;
  /** A cue gets its own weight when it fires in at least this many units. @default 3 */
  minCueUnits?: number;
  /** Weigh the units with and without the frame equally. @default false */
  balanced?: boolean;
}

/** Defaults of {@linkcode FitFramesOptions}. */
export const FIT_DEFAULTS: Required<FitFramesOptions> = {
  l2: 0.003,
  minCueUnits: 2,
  balanced: false,
};

/**
 * Fit one binary logistic regression per frame of `frames` and combine
 * them: column f of the result holds frame f's log-odds weights.
 */
export function fitFrameWeights(
  units: readonly HitUnit[],
  frames: readonly string[],
  options: FitFramesOptions = {},
): LogisticModel {
  const { l2, minCueUnits, balanced } = { ...FIT_DEFAULTS, ...options };
  const weights = new Map<string, number[]>();
  const bias: number[] = [];
  frames.forEach((frame, f) => {
    const examples = units.map((u) => ({
      features: frameFeatures(u.sentences.flat(), frame),
      label: u.item.frames.includes(frame) ? "yes" : "no",
    }));
    // Cues seen in too few units keep only the codebook weight.
    const seen = new Map<string, number>();
    for (const e of examples) {
      for (const k of e.features.keys()) seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    for (const e of examples) {
      for (const k of [...e.features.keys()]) {
        if (k.startsWith(CUE_PREFIX) && seen.get(k)! < minCueUnits) {
          e.features.delete(k);
        }
      }
    }
    const m = fitLogistic(examples, {
      l2,
      classes: ["no", "yes"],
      classWeight: balanced ? "balanced" : "none",
    });
    bias[f] = m.bias[1] - m.bias[0];
    for (const [k, w] of m.weights) {
      let row = weights.get(k);
      if (!row) {
        row = new Array<number>(frames.length).fill(0);
        weights.set(k, row);
      }
      row[f] = w[1] - w[0];
    }
  });
  return { classes: [...frames], bias, weights };
}

/**
 * Cross-validation folds of coded units: units of one group (article)
 * share a fold; folds are stratified by set and by the unit's rarest frame
 * ("none" without one), so each fold holds some of every rare frame.
 */
export function frameFolds(
  items: readonly CodedSentence[],
  k: number,
  seed: number,
): number[] {
  const freq = new Map<string, number>();
  for (const it of items) {
    for (const f of it.frames) freq.set(f, (freq.get(f) ?? 0) + 1);
  }
  const rarest = (fs: readonly string[]) =>
    [...fs].sort((a, b) =>
      freq.get(a)! - freq.get(b)! || (a < b ? -1 : a > b ? 1 : 0)
    )[0] ?? "none";
  return stratifiedFolds(
    items.map((it) => `${it.set}:${rarest(it.frames)}`),
    { k, seed, groups: items.map((it) => `${it.set}:${it.group}`) },
  );
}

/** Thresholds tried when tuning, high to low (ties keep the higher). */
export const THRESHOLDS: readonly number[] = [
  0.5,
  0.45,
  0.4,
  0.35,
  0.3,
  0.25,
  0.2,
  0.15,
  0.1,
  0.075,
  0.05,
];

/** Per unit and frame: the highest probability over the unit's sentences. */
function unitProbabilities(
  units: readonly HitUnit[],
  model: FrameModel,
): Float64Array[] {
  return units.map((u) => {
    const p = new Float64Array(model.frames.length);
    for (const hits of u.sentences) {
      for (const d of decideFrames(hits, model)) {
        const f = model.slots.get(d.frame_id);
        if (f !== undefined && d.probability > p[f]) p[f] = d.probability;
      }
    }
    return p;
  });
}

/**
 * The probability threshold (one for all frames) that gives the best
 * micro-F1 on out-of-fold predictions within `units` (inner 4-fold
 * cross-validation, seeded).
 */
export function tuneThreshold(
  units: readonly HitUnit[],
  frames: readonly string[],
  options: FitFramesOptions = {},
  seed = 1,
): number {
  const k = Math.min(4, new Set(units.map((u) => u.item.group)).size);
  if (k < 2) return 0.5;
  const folds = frameFolds(units.map((u) => u.item), k, seed);
  const probs = new Array<Float64Array>(units.length);
  for (let f = 0; f < k; f++) {
    const train = units.filter((_, i) => folds[i] !== f);
    const test = units.flatMap((_u, i) => folds[i] === f ? [i] : []);
    const model = frameModelFrom(
      fitFrameWeights(train, frames, options),
      "(inner fold)",
    );
    const p = unitProbabilities(test.map((i) => units[i]), model);
    test.forEach((i, j) => probs[i] = p[j]);
  }
  const gold = units.map((u) => u.item.frames);
  let best = THRESHOLDS[0], bestF1 = -1;
  for (const t of THRESHOLDS) {
    const pred = probs.map((p) => frames.filter((_, f) => p[f] >= t));
    const f1 = microF1(gold, pred);
    if (f1 > bestF1) best = t, bestF1 = f1;
  }
  return best;
}

/**
 * Fit the frame weights on coded units and tune the threshold within them:
 * the weight table with its `threshold` row.
 */
export function fitFrameTable(
  units: readonly HitUnit[],
  frames: readonly string[],
  options: FitFramesOptions = {},
): LogisticModel {
  const table = fitFrameWeights(units, frames, options);
  const t = tuneThreshold(units, frames, options);
  table.weights.set(THRESHOLD_ROW, frames.map(() => t));
  return table;
}

/** Fit the frame model on coded units. */
export function fitFrameModel(
  units: readonly HitUnit[],
  frames: readonly string[],
  options: FitFramesOptions = {},
): FrameModel {
  return frameModelFrom(fitFrameTable(units, frames, options), "(fitted)");
}

/** Frames a model assigns to a unit: those carried by any of its sentences. */
export function predictUnit(unit: HitUnit, model: FrameModel): string[] {
  const out = new Set<string>();
  for (const hits of unit.sentences) {
    for (const d of decideFrames(hits, model)) {
      if (d.carried) out.add(d.frame_id);
    }
  }
  return [...out].sort();
}
