/**
 * Build reports for the report tests: run `deno task report` (lib/cli/report.ts)
 * or the notebook runner on a corpus into a temporary outputs folder.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SEED_CORPUS = join(ROOT, "corpus");

export interface RunResult {
  code: number;
  stderr: string;
}

async function run(cmd: string, args: string[]): Promise<RunResult> {
  const out = await new Deno.Command(cmd, {
    args,
    cwd: ROOT,
    env: { JUPYTER_PATH: join(ROOT, ".jupyter"), TZ: "UTC", NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: out.code,
    stderr: new TextDecoder().decode(out.stderr) +
      new TextDecoder().decode(out.stdout),
  };
}

/** `deno task report <corpus> <outputs>`. */
export function report(corpus: string, outputs: string): Promise<RunResult> {
  return run(Deno.execPath(), [
    "run",
    "--allow-read",
    "--allow-write",
    "--allow-env",
    "--allow-run",
    join(ROOT, "lib/cli/report.ts"),
    corpus,
    outputs,
  ]);
}

/** The notebook runner alone, on another notebooks folder. */
export function runNotebooks(
  notebooks: string,
  outputs: string,
  corpus = SEED_CORPUS,
): Promise<RunResult> {
  return run("/usr/bin/python3", [
    join(ROOT, "scripts/run_notebooks.py"),
    "--notebooks",
    notebooks,
    "--outputs",
    outputs,
    "--corpus",
    corpus,
    "--grace",
    "0.3",
  ]);
}

let seed: Promise<string> | undefined;
const BUILT = "FRAMING_TEST_SEED_REPORTS";

/**
 * Reports of the seed corpus, built once per test module into the
 * repository's `outputs/` (so `deno task test`, and with it `.ci/run`,
 * regenerates the reports it checks); returns the outputs folder.
 */
export function seedReports(): Promise<string> {
  seed ??= (async () => {
    const outputs = join(ROOT, "outputs");
    // Test modules share the process (and its environment) but not module
    // state: the variable says another module of this run built them.
    if (Deno.env.get(BUILT) === String(Deno.pid)) return outputs;
    const r = await report(SEED_CORPUS, outputs);
    if (r.code !== 0) {
      throw new Error(`Cannot build the seed reports:\n${r.stderr}`);
    }
    Deno.env.set(BUILT, String(Deno.pid));
    return outputs;
  })();
  return seed;
}

/** The notebooks the reports are built from, by name (`01-corpus-overview`). */
export function notebookNames(): string[] {
  return [...Deno.readDirSync(join(ROOT, "notebooks"))]
    .map((e) => e.name)
    .filter((n) => /^\d\d-[a-z0-9-]+\.ipynb$/.test(n))
    .map((n) => n.replace(/\.ipynb$/, ""))
    .sort();
}

/** Every file under `dir` with its bytes, by relative path. */
export function snapshot(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (d: string, rel: string) => {
    for (
      const e of [...Deno.readDirSync(d)].sort((a, b) =>
        a.name < b.name ? -1 : 1
      )
    ) {
      const p = join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory) walk(p, r);
      else files.set(r, Deno.readFileSync(p));
    }
  };
  walk(dir, "");
  return files;
}
