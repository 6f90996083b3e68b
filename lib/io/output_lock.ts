/**
 * One run writes an outputs folder at a time: a lock file
 * `<outputs>/.framing.lock` holds the pid and start time of the run that
 * writes it. A second run stops at once with a message naming that run; a
 * lock left by a run that no longer exists (killed) is taken over with a note.
 *
 * @module
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
// node:process, not Deno: this module also runs in the Node.js build.
import process from "node:process";

/** The lock file's name inside the outputs folder. */
export const LOCK_FILE = ".framing.lock";

/**
 * The environment variable through which a parent run (`deno task report`)
 * that holds the lock lets its child (`analyze`) write the same folder.
 */
export const LOCK_OWNER_ENV = "FRAMING_LOCK_PID";

interface LockInfo {
  pid: number;
  started: string;
}

/**
 * Whether process `pid` exists: /proc where it may be read (Node.js, or Deno
 * with --allow-all), else signal 0 (Deno needs --allow-run for it, which
 * `deno task analyze` grants for this alone; it starts no program). When
 * neither can tell, the run counts as alive: a lock is never taken from a run
 * that may still be writing.
 */
function alive(pid: number): boolean {
  try {
    // The state follows the command name in parentheses; Z: a zombie, dead
    // but not yet reaped by its parent.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2)[0];
    return state !== "Z" && state !== "X";
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" && existsSync(`/proc/${process.pid}`)) return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // ESRCH: no such process; EPERM: it exists but belongs to someone else.
    return (e as { code?: string }).code !== "ESRCH";
  }
}

function readLock(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, "utf8"));
    return Number.isInteger(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/** Options for {@linkcode withOutputLock}. */
export interface OutputLockOptions<T> {
  /** Told when a stale lock is taken over. @default "note: …" on stderr */
  onNote?: (message: string) => void;
  /** Whether a result that `fn` returns means the run failed. */
  failed?: (result: T) => boolean;
}

/**
 * Take the lock of the outputs folder `dir` (created if missing), run `fn`,
 * and release the lock. If `fn` throws (or `failed` says so) and `dir` was created here and is
 * empty afterwards, it is removed, so a failed first run leaves no empty
 * folder behind.
 *
 * @throws {Error} "another run is writing to <dir> (pid N, started at …)"
 * when a live run holds the lock.
 */
export async function withOutputLock<T>(
  dir: string,
  fn: () => Promise<T> | T,
  options: OutputLockOptions<T> = {},
): Promise<T> {
  const onNote = options.onNote ?? ((m) => console.error(`note: ${m}`));
  const created = !existsSync(dir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const parent = Number(process.env[LOCK_OWNER_ENV]);
  let held: boolean;
  try {
    held = acquire(path, dir, parent, onNote);
  } catch (e) {
    if (created) removeIfEmpty(dir);
    throw e;
  }
  let ok = false;
  try {
    const result = await fn();
    ok = !options.failed?.(result);
    return result;
  } finally {
    if (held) rmSync(path, { force: true });
    if (!ok && created) removeIfEmpty(dir);
  }
}

/** True when this run created the lock; false when the parent holds it. */
function acquire(
  path: string,
  dir: string,
  parent: number,
  onNote: (message: string) => void,
): boolean {
  for (let attempt = 0;; attempt++) {
    // Written whole beside the lock, then linked into place: link fails if
    // the lock exists, and a reader never sees a half-written lock.
    const mine = `${path}.${process.pid}`;
    const own: LockInfo = {
      pid: process.pid,
      started: new Date().toISOString(),
    };
    writeFileSync(mine, JSON.stringify(own) + "\n");
    try {
      linkSync(mine, path);
      return true;
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST" || attempt > 0) throw e;
    } finally {
      rmSync(mine, { force: true });
    }
    const info = readLock(path);
    if (info && info.pid === parent && alive(parent)) return false;
    if (info && alive(info.pid)) {
      throw new Error(
        `another run is writing to ${dir} (pid ${info.pid}, started at ${info.started}); wait for it to finish, or write to another folder`,
      );
    }
    onNote(
      info
        ? `took over the lock of ${dir} from a run that no longer exists (pid ${info.pid}, started at ${info.started})`
        : `took over an unreadable lock file ${path}`,
    );
    rmSync(path, { force: true });
  }
}

function removeIfEmpty(dir: string): void {
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // Not ours to clean any further.
  }
}
