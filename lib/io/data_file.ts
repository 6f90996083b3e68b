/**
 * Locate and read the data files shipped in `lib/data/` (lexicons,
 * gazetteer, codebooks). Reading goes through `node:fs` so that the same code
 * runs under Deno and under the Node.js build used by tslab.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root (two folders up from this file), without a final "/". */
export const REPO_ROOT: string = fileURLToPath(
  new URL("../../", import.meta.url),
).replace(/\/$/, "");

/** Absolute path of a file in `lib/data/`. */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.url));
}

/** Read a UTF-8 text file, naming it in the error if that fails. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(
      `Cannot read ${path}: ${(e as Error).message}; check the path`,
    );
  }
}
