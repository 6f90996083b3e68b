/**
 * Replace an output folder atomically: everything is written into a fresh
 * temporary folder beside it, which is renamed into place only when complete.
 * An interrupted or failed run leaves the previous outputs untouched, and
 * files of the user's own in the folder stay.
 *
 * @module
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
// node:process, not process.pid: this module also runs in the Node.js build.
import process from "node:process";

/**
 * The list of the entries the tool wrote, kept inside the folder so that the
 * next run knows which entries are its own and which are the user's.
 */
export const WRITTEN_LIST = ".framing-written";

/** Options for {@linkcode replaceDirAtomically}. */
export interface ReplaceDirOptions {
  /** Told what was cleaned up or kept. @default print "note: …" to stderr */
  onNote?: (message: string) => void;
}

/**
 * Run `write(tmpDir)` and then swap `tmpDir` in as `dir`. If `write` throws,
 * the temporary folder is removed and `dir` stays as it was.
 *
 * Only what the tool writes is replaced: entries of the old folder that no
 * run of the tool wrote (a user's own notes, say) are carried into the new
 * one (hard-linked, or copied where links are impossible). The entries the
 * tool wrote are listed in `.framing-written` inside the folder.
 *
 * The swap is two renames (old folder aside, new folder in). A run killed
 * between them leaves the previous outputs as `.<name>.old-<pid>`; the next
 * run puts them back before it starts (or removes them, when the folder is
 * in place), so outputs never vanish. Leftover temporary folders
 * (`.<name>.tmp-<pid>`) are removed too, each with a note. Callers hold the
 * outputs lock (see `output_lock.ts`), so no other run is writing.
 */
export async function replaceDirAtomically(
  dir: string,
  write: (tmpDir: string) => Promise<void> | void,
  options: ReplaceDirOptions = {},
): Promise<void> {
  const note = options.onNote ?? ((m) => console.error(`note: ${m}`));
  const parent = dirname(dir);
  const name = basename(dir);
  mkdirSync(parent, { recursive: true });
  clearLeftovers(parent, name, dir, note);
  const tmp = join(parent, `.${name}.tmp-${process.pid}`);
  const old = join(parent, `.${name}.old-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  try {
    await write(tmp);
    const written = readdirSync(tmp).sort();
    writeFileSync(join(tmp, WRITTEN_LIST), written.join("\n") + "\n");
    carryForeign(dir, tmp, new Set(written), note);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}

/** Remove what killed runs left, restoring tables set aside mid-swap. */
function clearLeftovers(
  parent: string,
  name: string,
  dir: string,
  note: (message: string) => void,
): void {
  const entries = readdirSync(parent).sort();
  for (const f of entries) {
    if (f.startsWith(`.${name}.tmp-`)) {
      rmSync(join(parent, f), { recursive: true, force: true });
      note(
        `removed ${
          join(parent, f)
        }, left by a run that was stopped while writing`,
      );
    }
  }
  const aside = entries.filter((f) => f.startsWith(`.${name}.old-`));
  if (aside.length && !existsSync(dir)) {
    renameSync(join(parent, aside[0]), dir);
    note(
      `restored ${dir} from ${
        join(parent, aside[0])
      }, set aside by a run that was stopped while replacing it`,
    );
    aside.shift();
  }
  for (const f of aside) {
    rmSync(join(parent, f), { recursive: true, force: true });
    note(
      `removed ${
        join(parent, f)
      }, previous outputs left by a run that was stopped while replacing them`,
    );
  }
}

/**
 * Carry the entries of `dir` that the tool did not write into `tmp`. Without
 * a `.framing-written` list (outputs of an older version) every entry of a
 * kind the tool writes counts as the tool's.
 */
function carryForeign(
  dir: string,
  tmp: string,
  written: Set<string>,
  note: (message: string) => void,
): void {
  if (!existsSync(dir)) return;
  let owned: Set<string> | null = null;
  try {
    owned = new Set(
      readFileSync(join(dir, WRITTEN_LIST), "utf8").split("\n").filter(Boolean),
    );
  } catch {
    owned = null;
  }
  const isOwned = (f: string) =>
    owned ? owned.has(f) : /\.(csv|arrow|xlsx)$|^parquet$/.test(f);
  const kept: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (f === WRITTEN_LIST || written.has(f) || isOwned(f)) continue;
    const from = join(dir, f);
    const to = join(tmp, f);
    if (lstatSync(from).isDirectory()) {
      cpSync(from, to, { recursive: true, preserveTimestamps: true });
    } else {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    }
    kept.push(f);
  }
  if (kept.length) {
    note(
      `kept ${kept.length} file(s) of your own in ${dir}: ${kept.join(", ")}`,
    );
  }
}
