/**
 * Write one output file, naming its path when the write fails. Node's own
 * errors for a full disk or a read-only folder (`ENOSPC: no space left on
 * device, write`) do not say which file.
 *
 * @module
 */
import { writeFileSync } from "node:fs";

const REASONS: Record<string, string> = {
  ENOSPC: "the disk is full; free some space or write to another folder",
  EDQUOT: "the disk quota is used up; free some space or write elsewhere",
  EROFS: "the folder is on a read-only file system; write to another folder",
  EACCES: "permission denied; write to a folder you may write to",
  EPERM: "permission denied; write to a folder you may write to",
};

/** An error for a failed write of `path`, naming it, its cause and a fix. */
export function outputError(path: string, e: unknown): Error {
  const code = (e as { code?: string }).code;
  const why = (code && REASONS[code]) ?? (e as Error).message;
  const err = new Error(
    `Cannot write ${path}${code ? ` (${code})` : ""}: ${why}`,
    { cause: e },
  );
  (err as { code?: string }).code = code;
  return err;
}

/**
 * `writeFileSync`, with the path in the error message.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeOutputFile } from "./output_file.ts";
 * assert.throws(
 *   () => writeOutputFile("/nonexistent-folder/x.csv", "a\n"),
 *   /Cannot write \/nonexistent-folder\/x\.csv \(ENOENT\)/,
 * );
 * ```
 */
export function writeOutputFile(
  path: string,
  data: string | Uint8Array,
): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw outputError(path, e);
  }
}

/**
 * `e` as an error naming `path` when it is a write failure (full disk,
 * read-only folder, no permission) whose message names no file; else `e`.
 */
export function withOutputPath(e: unknown, path: string): unknown {
  const code = (e as { code?: string }).code;
  const message = (e as Error).message ?? "";
  if (!code || !(code in REASONS) || message.startsWith("Cannot write ")) {
    return e;
  }
  return outputError(path, e);
}
