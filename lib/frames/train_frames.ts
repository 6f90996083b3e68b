/**
 * Training the frame model for `deno task train`: cross-validate on the
 * coded sentences (the dev sets, or a user's file given with
 * `--frames FILE`), print the figures, fit on all of them and return the
 * weight file (`lib/data/frame_weights.tsv`) and the accuracy record
 * (`lib/data/accuracy/frames.json`).
 *
 * @module
 */
import {
  type AccuracyRecord,
  formatAccuracyRecord,
  meanSd,
} from "../learn/accuracy_record.ts";
import { f1FromCounts, microF1 } from "../learn/metrics.ts";
import type { TrainableModel, TrainContext } from "../learn/trainable.ts";
import { formatWeights } from "../learn/weights_file.ts";
import { bootstrapStatistic } from "../stats/bootstrap.ts";
import { type Codebook, loadCodebook } from "./codebook.ts";
import {
  type CodedSentence,
  readCodedSentences,
  readDevFrameSets,
} from "./coded_sentences.ts";
import {
  FIT_DEFAULTS,
  fitFrameTable,
  frameFolds,
  type HitUnit,
  predictUnit,
  unitHits,
} from "./fit_frames.ts";
import { FRAME_THRESHOLD } from "./find_frames.ts";
import { FRAME_WEIGHTS_FILE, frameModelFrom } from "./frame_model.ts";

/** Per-frame figures of multi-label predictions. */
export interface FrameFigures {
  class: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Precision, recall and F1 of each frame over units. */
export function perFrame(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
  frames: readonly string[],
): FrameFigures[] {
  return frames.map((f) => {
    const k = { tp: 0, fp: 0, fn: 0 };
    gold.forEach((g, i) => {
      const a = g.includes(f), p = pred[i].includes(f);
      if (a && p) k.tp++;
      else if (p) k.fp++;
      else if (a) k.fn++;
    });
    return {
      class: f,
      precision: k.tp + k.fp === 0 ? 0 : k.tp / (k.tp + k.fp),
      recall: k.tp + k.fn === 0 ? 0 : k.tp / (k.tp + k.fn),
      f1: f1FromCounts(k),
      support: k.tp + k.fn,
    };
  });
}

/** The dictionary baselines: any cue of a frame, or codebook weights ≥ 1. */
export function dictionaryFrames(unit: HitUnit, rule: "any" | "sum"): string[] {
  const out = new Set<string>();
  for (const hits of unit.sentences) {
    const sum = new Map<string, number>();
    for (const h of hits) {
      sum.set(h.frame_id, (sum.get(h.frame_id) ?? 0) + h.weight);
    }
    for (const [f, w] of sum) {
      if (rule === "any" || w >= FRAME_THRESHOLD) out.add(f);
    }
  }
  return [...out].sort();
}

/** Result of {@linkcode crossValidateFrames}. */
export interface FrameCrossValidation {
  folds: number[];
  /** Out-of-fold frames of each unit. */
  predictions: string[][];
  microF1: number;
  ciLow: number;
  ciHigh: number;
  foldMicroF1: number[];
  foldSd: number;
  /** Micro-F1 per set (e.g. derStandard, GerNTSA). */
  bySet: {
    set: string;
    n: number;
    microF1: number;
    ciLow: number;
    ciHigh: number;
  }[];
  perFrame: FrameFigures[];
}

function interval(
  gold: readonly string[][],
  pred: readonly string[][],
  at: readonly number[],
  seed: number,
) {
  return bootstrapStatistic(at.length, (idx) => {
    const g = new Array<string[]>(idx.length),
      p = new Array<string[]>(idx.length);
    for (let i = 0; i < idx.length; i++) {
      g[i] = gold[at[idx[i]]], p[i] = pred[at[idx[i]]];
    }
    return microF1(g, p);
  }, { seed });
}

/**
 * k-fold cross-validation of the frame model: folds by article and
 * stratified by set and rarest frame ({@linkcode frameFolds}); in each fold
 * the weights and the threshold are fitted on the other folds only.
 */
export function crossValidateFrames(
  units: readonly HitUnit[],
  frames: readonly string[],
  k: number,
  seed: number,
): FrameCrossValidation {
  const items = units.map((u) => u.item);
  const folds = frameFolds(items, k, seed);
  const predictions = new Array<string[]>(units.length);
  for (let f = 0; f < k; f++) {
    const model = frameModelFrom(
      fitFrameTable(units.filter((_, i) => folds[i] !== f), frames),
      `(fold ${f + 1})`,
    );
    units.forEach((u, i) => {
      if (folds[i] === f) predictions[i] = predictUnit(u, model);
    });
  }
  const gold = items.map((it) => it.frames);
  const all = items.map((_, i) => i);
  const ci = interval(gold, predictions, all, seed);
  const foldMicroF1 = Array.from({ length: k }, (_, f) => {
    const at = all.filter((i) => folds[i] === f);
    return microF1(at.map((i) => gold[i]), at.map((i) => predictions[i]));
  });
  const sets = [...new Set(items.map((it) => it.set))];
  return {
    folds,
    predictions,
    microF1: ci.mean,
    ciLow: ci.low,
    ciHigh: ci.high,
    foldMicroF1,
    foldSd: meanSd(foldMicroF1).sd,
    bySet: sets.map((set) => {
      const at = all.filter((i) => items[i].set === set);
      const s = interval(gold, predictions, at, seed);
      return {
        set,
        n: at.length,
        microF1: s.mean,
        ciLow: s.low,
        ciHigh: s.high,
      };
    }),
    perFrame: perFrame(gold, predictions, frames),
  };
}

/** What the dev sets are, for the record and the weight file. */
const DEV_DATASET =
  "frame dev sets: 200 derStandard sentences (10kGNAD test split, CC BY-NC-SA 4.0; frame codes only are used, no text is stored) and 150 GerNTSA conflict sentences (Goer 2022, github:cgoer/GerNTSA, CC BY 4.0), each coded for the 12 frames of lib/data/frames.tsv";

/** Options for {@linkcode trainFrames}. */
export interface TrainFramesOptions {
  /** Folder of the frame dev sets (`../shared/dev/frames`). */
  devFramesDir: string;
  /** A user's coded sentences instead of the dev sets. */
  data?: string;
  seed: number;
  folds: number;
  log: (line: string) => void;
  codebook?: Codebook;
}

const pct = (x: number) => x.toFixed(3);

/**
 * Cross-validate and fit the frame model; returns the weight file and the
 * accuracy record (paths relative to the repository root).
 */
export function trainFrames(
  options: TrainFramesOptions,
): { path: string; text: string }[] {
  const codebook = options.codebook ?? loadCodebook();
  const frames = codebook.frames.map((f) => f.id);
  const ids = new Set(frames);
  const items: CodedSentence[] = options.data
    ? readCodedSentences(options.data, ids)
    : readDevFrameSets(options.devFramesDir, ids);
  const { seed, folds: k, log } = options;
  const groups = new Set(items.map((it) => `${it.set}:${it.group}`)).size;
  if (groups < k) {
    throw new RangeError(
      `Cannot train frames on ${
        options.data ?? options.devFramesDir
      }: ${items.length} coded units in ${groups} groups, fewer than the ${k} cross-validation folds; code more sentences or pass --folds`,
    );
  }
  const units = unitHits(items, codebook);
  const cv = crossValidateFrames(units, frames, k, seed);
  const gold = items.map((it) => it.frames);
  const all = items.map((_, i) => i);
  const baseline = (pred: string[][]) => microF1(gold, pred);
  const counts = new Map<string, number>();
  for (const g of gold) {
    for (const f of g) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const top =
    [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ??
      frames[0];
  const baselines = [
    {
      name: "no frame on any sentence",
      metrics: { micro_f1: baseline(all.map(() => [])) },
    },
    {
      name: `most frequent frame (${top}) on every sentence`,
      metrics: { micro_f1: baseline(all.map(() => [top])) },
    },
    {
      name:
        "cue dictionary, unweighted: a frame wherever one of its cues occurs",
      metrics: {
        micro_f1: baseline(units.map((u) => dictionaryFrames(u, "any"))),
      },
    },
    {
      name:
        "cue dictionary, codebook weights summing to ≥ 1 (the rule before the model)",
      metrics: {
        micro_f1: baseline(units.map((u) => dictionaryFrames(u, "sum"))),
      },
    },
  ];
  log(
    `frames: ${k}-fold CV micro-F1 ${pct(meanSd(cv.foldMicroF1).mean)} ± ${
      pct(cv.foldSd)
    } (mean ± sd over folds; pooled ${pct(cv.microF1)}, 95% CI ${
      pct(cv.ciLow)
    }–${pct(cv.ciHigh)}; n=${items.length})`,
  );
  for (const s of cv.bySet) {
    log(
      `  ${s.set} (${s.n}): micro-F1 ${pct(s.microF1)} (95% CI ${
        pct(s.ciLow)
      }–${pct(s.ciHigh)})`,
    );
  }
  for (const b of baselines) {
    log(`  baseline, ${b.name}: ${pct(b.metrics.micro_f1)}`);
  }
  const table = fitFrameTable(units, frames);
  const dataset = options.data
    ? `${options.data}: ${items.length} coded units`
    : `${DEV_DATASET}; 350 units in all`;
  const header = [
    "Frame model: one logistic regression per frame over the cue hits of the codebook",
    "(lib/data/frame_cues.tsv); columns are frames. Rows: __bias__; codebook (times each hit's",
    "codebook weight); cue:<cue> (per hit of that cue); match:<how> (per hit matched that way);",
    "threshold (the probability from which a sentence carries the frame). See README, Frames.",
    `Fitted by \`deno task train\` (lib/frames/train_frames.ts; L2 ${FIT_DEFAULTS.l2}, a cue's own`,
    `weight when it fires in >= ${FIT_DEFAULTS.minCueUnits} units, threshold tuned by inner 4-fold CV, seed ${seed}).`,
    `Training data: ${dataset}.`,
    options.data
      ? "Licence: that of the training data."
      : "Licence: derived from GerNTSA (C. Goer, FH Kufstein Tirol, 2022), CC BY 4.0: attribute GerNTSA (Goer 2022) when you use or share these weights.",
    options.data
      ? ""
      : "The derStandard codes (10kGNAD, CC BY-NC-SA 4.0) enter as numbers only; no text of any sentence is in this file.",
    `Accuracy: ${k}-fold cross-validated micro-F1 ${pct(cv.microF1)} (95% CI ${
      pct(cv.ciLow)
    }–${pct(cv.ciHigh)}); lib/data/accuracy/frames.json.`,
  ].filter((l) => l !== "");
  const record: AccuracyRecord = {
    component: "frames",
    dataset,
    method:
      `${k}-fold cross-validation, folds seeded (seed ${seed}), sentences of one article in one fold, stratified by set and rarest frame; weights and threshold refitted per fold (threshold by inner 4-fold CV); micro-F1 over units × 12 frames`,
    n: items.length,
    metrics: [
      {
        name: "micro_f1",
        value: cv.microF1,
        ci_low: cv.ciLow,
        ci_high: cv.ciHigh,
        fold_sd: cv.foldSd,
      },
      ...cv.bySet.map((s) => ({
        name: `micro_f1_${s.set}`,
        value: s.microF1,
        ci_low: s.ciLow,
        ci_high: s.ciHigh,
      })),
    ],
    per_class: cv.perFrame,
    baselines,
    notes: options.data
      ? "Sentence-level frames from the codebook's cue hits, weighted by a per-frame logistic regression fitted on the file named in dataset."
      : "Sentence-level frames from the codebook's cue hits, weighted by a per-frame logistic regression. 350 coded units is little: rare frames (military, geopolitics and sovereignty in derStandard) rest on a few cases and their figures are unstable. The cue lists were extended after an error analysis of these sets (as general news vocabulary), so the baselines and the model share that advantage; expect lower figures on unseen text. One coder (a language model), no agreement figure.",
  };
  return [
    {
      path: `lib/data/${FRAME_WEIGHTS_FILE}`,
      text: formatWeights(table, header),
    },
    {
      path: "lib/data/accuracy/frames.json",
      text: formatAccuracyRecord(record),
    },
  ];
}

/**
 * The frame model as `deno task train` lists it (lib/cli/train_models.ts):
 * `deno task train --frames FILE` retrains it on a user's coded sentences.
 */
export const frameTrainable: TrainableModel = {
  name: "frames",
  option: "frames",
  defaultData:
    "frames/ (sentences.jsonl + gold.jsonl, gerntsa-sentences.jsonl + gerntsa-gold.jsonl)",
  format:
    '{"id": "s1", "text": "…", "frames": ["conflict", "diplomacy"]} per line (frame ids of lib/data/frames.tsv; [] for none; optional "group", e.g. the article, keeps units in one fold)',
  train: (ctx: TrainContext) =>
    trainFrames({
      devFramesDir: `${ctx.devDir}/frames`,
      data: ctx.data,
      seed: ctx.seed,
      folds: ctx.folds,
      log: ctx.log,
    }),
};
