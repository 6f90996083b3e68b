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

/** One line of a tab-separated data file and its 1-based line number. */
export interface TsvRecord {
  line: number;
  fields: string[];
}

/** Options for {@linkcode parseTsv}. */
export interface TsvOptions {
  /**
   * Columns (0-based) from this one on hold free text (notes, sources) and
   * may start with `"`; in the others a leading `"` is an error.
   * @default Infinity (no column may start with `"`)
   */
  freeTextFrom?: number;
}

/**
 * Parse a tab-separated data file of `lib/data/`: one record per line,
 * fields split at each tab, no quoting of any kind, so that a stray `"` can
 * never swallow the lines after it. Blank lines and lines starting with `#`
 * are skipped; a BOM and CR line ends are removed.
 *
 * A field that starts with `"` in a column before `freeTextFrom` is taken
 * for a CSV-style quote and stops loading with the file and line.
 *
 * @throws {SyntaxError} `Cannot read <file>:<line>: …`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseTsv } from "./data_file.ts";
 * const text = '# c\nKrieg\t-1\t"war"\n\nFrieden\t1\n';
 * const recs = parseTsv(text, "x.tsv", { freeTextFrom: 2 });
 * assert.deepEqual(recs, [
 *   { line: 2, fields: ["Krieg", "-1", '"war"'] },
 *   { line: 4, fields: ["Frieden", "1"] },
 * ]);
 * assert.throws(
 *   () => parseTsv('"Krieg\t-1\n', "x.tsv", { freeTextFrom: 2 }),
 *   /x\.tsv:1: column 1 starts with '"'/,
 * );
 * ```
 */
export function parseTsv(
  text: string,
  file: string,
  options: TsvOptions = {},
): TsvRecord[] {
  const freeTextFrom = options.freeTextFrom ?? Infinity;
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  const out: TsvRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].endsWith("\r") ? lines[i].slice(0, -1) : lines[i];
    if (raw === "" || raw.startsWith("#")) continue;
    const fields = raw.split("\t");
    const quoted = fields.findIndex((f, c) =>
      c < freeTextFrom && f.trimStart().startsWith('"')
    );
    if (quoted >= 0) {
      throw new SyntaxError(
        `Cannot read ${file}:${i + 1}: column ${
          quoted + 1
        } starts with '"'; data files are tab-separated without quoting, so remove the quote (write quotation marks inside text as „…“)`,
      );
    }
    out.push({ line: i + 1, fields });
  }
  return out;
}
