/**
 * Helpers for the sharded-run tests: run the CLI, and read every file of an
 * outputs/tables folder as bytes.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = new URL("../../", import.meta.url).pathname;

/** Run a CLI module of lib/cli/ with `args`; fails with its stderr. */
export async function cli(module: string, args: string[]): Promise<string> {
  const run = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `lib/cli/${module}`, ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const err = new TextDecoder().decode(run.stderr);
  if (run.code !== 0) {
    throw new Error(`${module} ${args.join(" ")} failed:\n${err}`);
  }
  return err;
}

/** Every file of `dir`, by name, as bytes. */
export function filesOf(dir: string): Map<string, Uint8Array> {
  return new Map(
    readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]),
  );
}
