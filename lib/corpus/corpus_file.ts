/**
 * The corpus folder is a trust boundary: the only place files are read from.
 *
 * {@linkcode readCorpusFile} is the one function through which the manifest
 * and every article file are read. It reads a file only when
 *
 * - its real path (every symbolic link resolved) lies inside the corpus
 *   folder: a link to another file of the folder is followed, a link that
 *   leads out of it (to `/etc/passwd`, to `/dev/zero`) is refused;
 * - it is a regular file: folders, devices, FIFOs and sockets are refused,
 *   and a FIFO is never opened for reading (that would wait forever);
 * - it is at most `maxBytes` long (`--max-article-mb`, 20 MB by default), so
 *   that one huge or endless file cannot exhaust memory.
 *
 * The file is opened without blocking and checked again after opening, so a
 * file swapped for a FIFO or a link between the check and the read is refused
 * too.
 *
 * @module
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { join, relative, sep } from "node:path";

/** The default size cap of one article file, in megabytes. */
export const DEFAULT_MAX_ARTICLE_MB = 20;

/** The size cap of `manifest.csv` (it lists every article). */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/** Options for {@linkcode readCorpusFile}. */
export interface CorpusFileOptions {
  /** Refuse files longer than this. @default 20 MB */
  maxBytes?: number;
}

/** Why a corpus file was not read. */
export type CorpusFileRefusal =
  | "missing"
  | "outside"
  | "folder"
  | "special"
  | "too-large"
  | "unreadable";

/** Thrown by {@linkcode readCorpusFile}; the message says what to do. */
export class CorpusFileError extends Error {
  /** The kind of refusal, for callers that word their own message. */
  readonly reason: CorpusFileRefusal;
  /** The path as joined from the folder and the name. */
  readonly path: string;
  constructor(reason: CorpusFileRefusal, path: string, message: string) {
    super(message);
    this.name = "CorpusFileError";
    this.reason = reason;
    this.path = path;
  }
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return "a folder";
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  return "not a regular file";
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether `path` is `root` or lies below it (both real paths). */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" ||
    (rel !== ".." && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

/**
 * Read the file `name` (relative) of the corpus folder `root`, within the
 * trust boundary described above.
 *
 * @throws {CorpusFileError} naming the path and the reason.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { symlinkSync, writeFileSync } from "node:fs";
 * import { readCorpusFile } from "./corpus_file.ts";
 * const dir = Deno.makeTempDirSync();
 * writeFileSync(`${dir}/a.txt`, "Text");
 * symlinkSync("/etc/hostname", `${dir}/b.txt`);
 * assert.equal(new TextDecoder().decode(readCorpusFile(dir, "a.txt")), "Text");
 * assert.throws(() => readCorpusFile(dir, "b.txt"), /outside the corpus folder/);
 * assert.throws(() => readCorpusFile(dir, "a.txt", { maxBytes: 2 }), /more than/);
 * ```
 */
export function readCorpusFile(
  root: string,
  name: string,
  options: CorpusFileOptions = {},
): Uint8Array {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_MB * 1024 * 1024;
  const path = join(root, name);
  const refuse = (reason: CorpusFileRefusal, message: string): never => {
    throw new CorpusFileError(reason, path, message);
  };
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      return refuse("missing", `${path} does not exist`);
    }
    return refuse("unreadable", `${path} cannot be read (${code ?? e})`);
  }
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return refuse(
      link.isSymbolicLink() ? "missing" : "unreadable",
      link.isSymbolicLink()
        ? `${path} is a symbolic link whose target does not exist`
        : `${path} cannot be read (${code ?? e})`,
    );
  }
  if (!inside(realRoot, real)) {
    return refuse(
      "outside",
      `${path} leads to ${real}, outside the corpus folder; the tool reads only files inside ${root} (links are followed only within it): copy the article into the folder`,
    );
  }
  const target = link.isSymbolicLink() ? statSync(real) : link;
  if (!target.isFile()) {
    if (target.isDirectory()) {
      return refuse("folder", `${path} is a folder, not a file`);
    }
    return refuse(
      "special",
      `${path} is ${
        kindOf(target)
      }, not a regular file; only regular files are read`,
    );
  }
  if (target.size > maxBytes) {
    return refuse(
      "too-large",
      `${path} has ${megabytes(target.size)}, more than the cap of ${
        megabytes(maxBytes)
      }; raise --max-article-mb or split the article`,
    );
  }
  return readRegular(real, path, target, maxBytes, refuse);
}

/** Open without blocking, re-check it is the same regular file, read. */
function readRegular(
  real: string,
  path: string,
  checked: Stats,
  maxBytes: number,
  refuse: (reason: CorpusFileRefusal, message: string) => never,
): Uint8Array {
  let fd: number;
  try {
    fd = openSync(
      real,
      constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW,
    );
  } catch (e) {
    const code = (e as { code?: string }).code;
    return refuse(
      "unreadable",
      `${path} cannot be read (${code ?? e}); check that it is readable`,
    );
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile() || s.ino !== checked.ino || s.dev !== checked.dev) {
      return refuse(
        "special",
        `${path} changed while it was read; run again when the corpus is not being modified`,
      );
    }
    // Read at most maxBytes + 1: a file that grows past the cap is refused
    // rather than read without end.
    const buf = new Uint8Array(Math.min(s.size, maxBytes) + 1);
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes) {
      return refuse(
        "too-large",
        `${path} grew past the cap of ${
          megabytes(maxBytes)
        } while it was read; raise --max-article-mb or split the article`,
      );
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof CorpusFileError) throw e;
    const code = (e as { code?: string }).code;
    return refuse(
      "unreadable",
      `${path} cannot be read (${code ?? e}); check that it is readable`,
    );
  } finally {
    closeSync(fd);
  }
}
