/**
 * `deno task train`: fit every learned model (lib/cli/train_models.ts) from
 * the labelled dev data in `../shared/dev/`, print each one's k-fold
 * cross-validated macro-F1, and write its weight file and accuracy record
 * under `lib/data/`. Deterministic: the same data give the same bytes.
 *
 * `deno task train --sentiment my_labels.jsonl` retrains one model on a
 * user's labelled file (same format as its dev data) instead.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TrainedFile } from "../learn/trainable.ts";
import { TRAINABLE_MODELS } from "./train_models.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEFAULT_DEV = join(ROOT, "..", "shared", "dev");

function usage(): string {
  return `Usage: deno task train [options]

Fits every learned model from the labelled data in ../shared/dev/ (or --dev),
prints its k-fold cross-validated macro-F1 (mean ± sd over the folds, and the
pooled figure with a 95% bootstrap interval), and writes its weight file and
accuracy record under lib/data/. Nothing is written unless every model fits.

Options:
${
    TRAINABLE_MODELS.map((m) =>
      `  --${m.option} FILE`.padEnd(24) +
      `retrain ${m.name} on FILE instead of ${m.defaultData}\n${
        " ".repeat(24)
      }(${m.format}); only the models named this way are trained`
    ).join("\n")
  }
  --dev DIR             the labelled dev data folder (default: ../shared/dev)
  --out DIR             write lib/data/… under DIR instead of this repository
                        (to try a model without replacing the shipped one)
  --folds K             cross-validation folds (default: 5)
  --seed N              seed of the folds and bootstrap (default: 1)
  -h, --help            this text`;
}

/** Write files only after everything succeeded, each by rename. */
function writeAll(files: TrainedFile[], root: string): void {
  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, f.text);
    renameSync(tmp, path);
  }
}

/** Run the CLI; returns the exit code. */
export function main(args: string[]): number {
  const options: Record<
    string,
    { type: "string" | "boolean"; short?: string }
  > = {
    dev: { type: "string" },
    out: { type: "string" },
    folds: { type: "string" },
    seed: { type: "string" },
    help: { type: "boolean", short: "h" },
  };
  for (const m of TRAINABLE_MODELS) options[m.option] = { type: "string" };
  const { values } = parseArgs({ args, options, allowPositionals: false });
  if (values.help) {
    console.log(usage());
    return 0;
  }
  const int = (name: string, fallback: number, min: number) => {
    const v = values[name];
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) {
      throw new TypeError(
        `Cannot train with --${name} ${v}: give a whole number of at least ${min}`,
      );
    }
    return n;
  };
  const folds = int("folds", 5, 2);
  const seed = int("seed", 1, 0);
  const devDir = resolve(String(values.dev ?? DEFAULT_DEV));
  const named = TRAINABLE_MODELS.filter((m) => values[m.option] !== undefined);
  const models = named.length > 0 ? named : TRAINABLE_MODELS;
  if (named.length === 0 && !existsSync(devDir)) {
    console.error(
      `error: no labelled dev data at ${devDir}; put the shared dev folder there, pass --dev DIR, or retrain on your own file with ${
        TRAINABLE_MODELS.map((m) => `--${m.option} FILE`).join(" / ")
      }`,
    );
    return 1;
  }
  const files: TrainedFile[] = [];
  for (const m of models) {
    const data = values[m.option] as string | undefined;
    if (data !== undefined && !existsSync(data)) {
      throw new Error(
        `Cannot train ${m.name}: ${data} does not exist; give a labelled file (${m.format})`,
      );
    }
    files.push(
      ...m.train({
        devDir,
        data,
        seed,
        folds,
        log: (line) => console.log(line),
      }),
    );
  }
  const root = resolve(String(values.out ?? ROOT));
  writeAll(files, root);
  for (const f of files) console.log(`wrote ${join(root, f.path)}`);
  return 0;
}

if (import.meta.main) {
  try {
    Deno.exit(main(Deno.args));
  } catch (e) {
    if (Deno.env.get("FRAMING_DEBUG")) console.error(e);
    else console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    Deno.exit(1);
  }
}
