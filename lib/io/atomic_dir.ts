/**
 * Replace an output folder atomically: everything is written into a fresh
 * temporary folder beside it, which is renamed into place only when complete.
 * An interrupted or failed run leaves the previous outputs untouched.
 *
 * @module
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
// node:process, not process.pid: this module also runs in the Node.js build.
import process from "node:process";

/**
 * Run `write(tmpDir)` and then swap `tmpDir` in as `dir`. If `write` throws,
 * the temporary folder is removed and `dir` stays as it was.
 *
 * The swap is two renames (old folder aside, new folder in). A run killed
 * between them leaves the previous outputs as `.<name>.old-<pid>`; the next
 * run puts them back before it starts, so outputs never vanish.
 */
export async function replaceDirAtomically(
  dir: string,
  write: (tmpDir: string) => Promise<void> | void,
): Promise<void> {
  const parent = dirname(dir);
  const name = basename(dir);
  mkdirSync(parent, { recursive: true });
  // Clear what killed runs left behind. One run writes an output folder at
  // a time: a concurrent writer's temporary folder would be removed too, and
  // that run then fails (leaving the outputs intact) rather than mixing.
  for (const f of readdirSync(parent)) {
    if (f.startsWith(`.${name}.tmp-`)) {
      rmSync(join(parent, f), { recursive: true, force: true });
    }
  }
  if (!existsSync(dir)) {
    const aside = readdirSync(parent).filter((f) =>
      f.startsWith(`.${name}.old-`)
    ).sort();
    if (aside.length) renameSync(join(parent, aside[0]), dir);
  }
  const tmp = join(parent, `.${name}.tmp-${process.pid}`);
  const old = join(parent, `.${name}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
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
