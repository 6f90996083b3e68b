/**
 * What `deno task train` (lib/cli/train.ts) needs from a learned model:
 * each model is one {@linkcode TrainableModel}, listed in
 * lib/cli/train_models.ts. To add a model, write a module that exports one
 * and add it to that list; the CLI gives it a `--<option> FILE` flag for
 * retraining on a user's labelled file.
 *
 * @module
 */

/** What a model's training gets from the CLI. */
export interface TrainContext {
  /** The labelled dev data folder (absolute; `../shared/dev` by default). */
  devDir: string;
  /** A user's labelled file replacing the model's default data, if given. */
  data?: string;
  /** Seed of the cross-validation folds and bootstrap. */
  seed: number;
  /** Number of cross-validation folds. */
  folds: number;
  /** Print a progress or result line. */
  log: (line: string) => void;
}

/** A file the training writes (written only once every model succeeded). */
export interface TrainedFile {
  /** Path relative to the repository root, e.g. `lib/data/x.tsv`. */
  path: string;
  text: string;
}

/** One learned model. */
export interface TrainableModel {
  /** Component name, e.g. `sentence_sentiment` (names the accuracy record). */
  name: string;
  /** CLI option naming a user's labelled file: `--<option> FILE`. */
  option: string;
  /** The default data, relative to the dev folder (for messages). */
  defaultData: string;
  /** One line on the expected file format (for `--help`). */
  format: string;
  /** Cross-validate, fit on all data, and return the files to write. */
  train(ctx: TrainContext): TrainedFile[];
}
