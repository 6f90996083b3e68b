/**
 * Replace an output folder atomically: everything is written into a fresh
 * temporary folder beside it, which is renamed into place only when complete.
 * An interrupted or failed run leaves the previous outputs untouched.
 *
 * @module
 */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
// node:process, not process.pid: this module also runs in the Node.js build.
import process from "node:process";

/**
 * Run `write(tmpDir)` and then swap `tmpDir` in as `dir`. If `write` throws,
 * the temporary folder is removed and `dir` stays as it was.
 */
export async function replaceDirAtomically(
  dir: string,
  write: (tmpDir: string) => Promise<void> | void,
): Promise<void> {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(dir)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await write(tmp);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}
