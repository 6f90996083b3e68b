/**
 * `deno task report [corpus] [outputs]`: the main job. Analyses the corpus
 * (`deno task analyze`), then executes every notebook in `notebooks/` with
 * the Deno kernel and exports the reports (`scripts/run_notebooks.py`):
 * `<outputs>/reports/NN-topic.html`, `<outputs>/charts/*.svg|csv` and
 * `<outputs>/index.html`.
 *
 * The corpus and outputs folders come from the arguments, else from
 * `FRAMING_CORPUS` / `FRAMING_OUTPUTS`, else `corpus/` and `outputs/`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import process from "node:process";
import { REPO_ROOT } from "../io/data_file.ts";
import { RAW_CSV_ENV } from "../io/csv_write.ts";
import { LOCK_OWNER_ENV, withOutputLock } from "../io/output_lock.ts";

const USAGE = `Usage: deno task report [corpus] [output-folder] [--strict]
       [--input-format F] [--columns MAP] [--max-article-mb N] [--raw-csv]

Analyses the corpus (default: $FRAMING_CORPUS or corpus: a folder, or an
export file; --input-format and --columns as for deno task analyze), executes every
notebooks/NN-*.ipynb with the Deno kernel and writes <output-folder>/reports,
<output-folder>/charts and <output-folder>/index.html (default:
$FRAMING_OUTPUTS or outputs). A failing notebook leaves the previous reports
in place and the command exits non-zero. --strict, --max-article-mb and
--raw-csv are passed to analyze (see deno task analyze --help); --raw-csv
also writes the charts' CSV files raw. One run writes an output folder at a
time (lock file <output-folder>/.framing.lock).`;

/** The Python with Debian's Jupyter packages (a pyenv one may lack them). */
const PYTHON = "/usr/bin/python3";

async function run(cmd: string, args: string[], env: Record<string, string>) {
  const { code } = await new Deno.Command(cmd, {
    args,
    env,
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  return code;
}

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      strict: { type: "boolean", default: false },
      "input-format": { type: "string" },
      columns: { type: "string" },
      "max-article-mb": { type: "string" },
      "raw-csv": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const corpus = resolve(
    positionals[0] ?? (process.env.FRAMING_CORPUS || "corpus"),
  );
  const outputs = resolve(
    positionals[1] ?? (process.env.FRAMING_OUTPUTS || "outputs"),
  );
  const env = {
    FRAMING_CORPUS: corpus,
    FRAMING_OUTPUTS: outputs,
    JUPYTER_PATH: `${REPO_ROOT}/.jupyter`,
    TZ: "UTC",
    // This run holds the outputs lock; its analyze child may write too.
    [LOCK_OWNER_ENV]: String(process.pid),
    [RAW_CSV_ENV]: values["raw-csv"] ? "1" : "",
  };
  return await withOutputLock(
    outputs,
    () => runAll(corpus, outputs, env, values),
    { failed: (code) => code !== 0 },
  );
}

async function runAll(
  corpus: string,
  outputs: string,
  env: Record<string, string>,
  values: {
    strict: boolean;
    "input-format"?: string;
    columns?: string;
    "max-article-mb"?: string;
    "raw-csv": boolean;
  },
): Promise<number> {
  const analyzed = await run(Deno.execPath(), [
    "run",
    "--allow-read",
    "--allow-write",
    "--allow-env",
    // Only to ask whether the run holding an outputs lock is alive.
    "--allow-run",
    `${REPO_ROOT}/lib/cli/analyze.ts`,
    corpus,
    outputs,
    // Parquet shards too: notebook 09 queries them with DuckDB.
    "--format",
    "csv,arrow,parquet",
    ...(values.strict ? ["--strict"] : []),
    ...(values["input-format"]
      ? ["--input-format", values["input-format"]]
      : []),
    ...(values.columns ? ["--columns", values.columns] : []),
    ...(values["max-article-mb"]
      ? ["--max-article-mb", values["max-article-mb"]]
      : []),
    ...(values["raw-csv"] ? ["--raw-csv"] : []),
  ], env);
  if (analyzed !== 0) return analyzed;
  return await run(PYTHON, [
    `${REPO_ROOT}/scripts/run_notebooks.py`,
    "--corpus",
    corpus,
    "--outputs",
    outputs,
  ], env);
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    Deno.exit(1);
  }
}
