/**
 * What the sentence and tone trainers share: the GerNTSA attribution, the
 * description of the training data, and turning a cross-validated model
 * into its weight file and accuracy record.
 *
 * @module
 */
import { basename } from "node:path";
import type { Example, FitOptions } from "../learn/logistic.ts";
import { trainClassifier } from "../learn/train_classifier.ts";
import type { TrainContext, TrainedFile } from "../learn/trainable.ts";
import { formatWeights } from "../learn/weights_file.ts";
import { CLASSES } from "./sentiment_model.ts";
import { WORD_FEATURES } from "./sentence_features.ts";

/**
 * How both sentiment models are fitted: L2 0.1, balanced class weights,
 * features seen at least twice, the word features (stems, pairs,
 * character n-grams) scaled by their log-count ratio (NB-LR). Chosen by
 * cross-validation on GerNTSA: the sentence model 0.466 -> 0.480
 * (+0.015 on average over six fold seeds); the tone model, with the
 * sentence's words added, 0.449 -> 0.479 (+0.025, at least +0.020 on each
 * seed; L2 set in advance).
 */
export const SENTIMENT_FIT: FitOptions = {
  l2: 0.1,
  classWeight: "balanced",
  minCount: 2,
  countRatio: { prefixes: WORD_FEATURES, alpha: 1 },
};

/** Attribution of GerNTSA, carried by every file derived from it. */
export const GERNTSA_ATTRIBUTION =
  "GerNTSA (German News Topic Sentiment Analysis), C. Goer, FH Kufstein Tirol, 2022; github:cgoer/GerNTSA, GerNTSA.json, commit 46b82e96; licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). These weights are derived from GerNTSA and are shared under CC BY 4.0: attribute GerNTSA (Goer 2022) when you use or redistribute them.";

/** Describe the data a model is trained on, for headers and records. */
export function describeData(
  ctx: TrainContext,
  defaultFile: string,
  n: number,
  unit: string,
): { dataset: string; provenance: string[] } {
  if (ctx.data) {
    return {
      dataset: `${basename(ctx.data)} (user-supplied), ${n} ${unit}`,
      provenance: [
        `Training data: ${
          basename(ctx.data)
        }, supplied by the user (${n} ${unit}).`,
      ],
    };
  }
  return {
    dataset: `GerNTSA dev split (60%), ${
      n.toLocaleString("en")
    } ${unit}, CC BY 4.0 (Goer 2022)`,
    provenance: [
      `Training data: ${defaultFile} (GerNTSA dev split, 60% of the sentences, split by sentence text; ${n} ${unit}).`,
      `Attribution: ${GERNTSA_ATTRIBUTION}`,
    ],
  };
}

/** One sentiment model to cross-validate, fit and write. */
export interface SentimentTraining {
  /** Component name (accuracy record `lib/data/accuracy/<component>.json`). */
  component: string;
  /** Weight file name in lib/data/. */
  weights: string;
  /** The default data file, relative to the dev folder. */
  defaultFile: string;
  /** What one item is, plural ("sentences"). */
  unit: string;
  /** The record's notes. */
  notes: string;
  /** First lines of the weight file's header: what the model is. */
  description: string[];
  examples: Example[];
  /** Sentence text per example (the CV groups). */
  texts: string[];
  /** The rule-based baseline's label per example, and its name. */
  rules: string[];
  rulesName: string;
  fit: FitOptions;
}

/** Cross-validate, fit on all data, and return the weight file and record. */
export function trainSentiment(
  ctx: TrainContext,
  spec: SentimentTraining,
): TrainedFile[] {
  const { dataset, provenance } = describeData(
    ctx,
    spec.defaultFile,
    spec.examples.length,
    spec.unit,
  );
  const t = trainClassifier({
    component: spec.component,
    dataset,
    notes: spec.notes,
    examples: spec.examples,
    groups: spec.texts,
    classes: CLASSES,
    fit: spec.fit,
    folds: ctx.folds,
    seed: ctx.seed,
    baselines: [{ name: spec.rulesName, predictions: spec.rules }],
  });
  ctx.log(t.summary);
  const record = `lib/data/accuracy/${spec.component}.json`;
  const header = [
    ...spec.description,
    `Fit: l2 ${spec.fit.l2}, class weights ${spec.fit.classWeight}, features seen in >= ${spec.fit.minCount} ${spec.unit}${
      spec.fit.countRatio
        ? `; features ${
          spec.fit.countRatio.prefixes.join(" ")
        } scaled by their log-count ratio (NB-LR, Wang & Manning 2012; alpha ${
          spec.fit.countRatio.alpha ?? 1
        }) for fitting, the weights below multiplied back (they apply to the unscaled features)`
        : ""
    }.`,
    ...provenance,
    `Accuracy: ${t.summary} (${record}).`,
  ];
  return [
    { path: `lib/data/${spec.weights}`, text: formatWeights(t.model, header) },
    { path: record, text: t.recordText },
  ];
}
