/**
 * A small, deterministic learner for the project's classifiers: logistic
 * regression over sparse string-keyed features, stratified (grouped)
 * k-fold cross-validation, F1 figures, and a strict weight-file format.
 *
 * Typical use (see lib/sentiment/sentence_model.ts for a full one):
 * 1. turn each item into a `Map<string, number>` of features;
 * 2. `crossValidate` with a `fitPredict` that calls `fitLogistic` on the
 *    training folds and `predictLogistic` on the test fold, and score the
 *    out-of-fold predictions with `macroF1`/`perClass`;
 * 3. fit once more on all items and write `formatWeights(model, header)`
 *    to `lib/data/`; load it at run time with `readWeights`.
 *
 * @module
 */
export {
  type Example,
  type Features,
  fitLogistic,
  type FitOptions,
  type LogisticModel,
  logitsOf,
  predictFromLogits,
  type Prediction,
  predictLogistic,
} from "./logistic.ts";
export {
  crossValidate,
  type CrossValidation,
  type FoldOptions,
  stratifiedFolds,
} from "./cross_validation.ts";
export {
  type ClassFigures,
  type Counts,
  f1FromCounts,
  macroF1,
  majorityLabel,
  microF1,
  perClass,
} from "./metrics.ts";
export {
  BIAS,
  DECIMALS,
  formatWeights,
  parseWeights,
  readWeights,
  type WeightFile,
} from "./weights_file.ts";
export {
  type AccuracyRecord,
  type Baseline,
  formatAccuracyRecord,
  meanSd,
  type MetricFigure,
  scoreFolds,
} from "./accuracy_record.ts";
export {
  type FieldType,
  parseLabelledJsonl,
  readLabelledJsonl,
} from "./jsonl.ts";
export {
  type CountRatioOptions,
  countRatios,
  scaleByRatios,
} from "./count_ratio.ts";
export type { TrainableModel, TrainContext, TrainedFile } from "./trainable.ts";
export {
  type ClassifierSpec,
  trainClassifier,
  type TrainedClassifier,
} from "./train_classifier.ts";
