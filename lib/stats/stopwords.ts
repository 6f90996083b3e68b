/**
 * The German stop word list (`lib/data/stopwords_de.txt`): function words
 * to leave out of keyness, so that the words that set a conflict apart are
 * content words.
 *
 * @module
 */
import { dataPath, readTextFile } from "../io/data_file.ts";

const WORD = /^[\p{Ll}\p{M}'’.-]+$/u;

/**
 * Parse a stop word file: one lower-case word per line, `#` comment lines
 * and blank lines ignored. A line with spaces or capitals throws a
 * `SyntaxError` naming the file and line.
 *
 * @example Parse two words and a comment
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseStopwords } from "./stopwords.ts";
 * const words = parseStopwords("# articles\nder\ndie\n", "x.txt");
 * assert.deepEqual([...words], ["der", "die"]);
 * ```
 */
export function parseStopwords(text: string, file: string): Set<string> {
  const out = new Set<string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "" || line.startsWith("#")) continue;
    if (!WORD.test(line)) {
      throw new SyntaxError(
        `Cannot read stop words at ${file}:${
          i + 1
        }: "${line}" is not one lower-case word; write one lower-case word per line`,
      );
    }
    out.add(line);
  }
  return out;
}

/**
 * Load a stop word list, by default `lib/data/stopwords_de.txt`
 * (closed-class German function words, compiled for this project; see the
 * file's header). Pass it as `exclude` to `textstatKeyness`.
 *
 * @example German function words
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadStopwords } from "./stopwords.ts";
 * const stop = loadStopwords();
 * assert.ok(stop.has("und") && stop.has("über") && !stop.has("krieg"));
 * ```
 */
export function loadStopwords(
  path: string = dataPath("stopwords_de.txt"),
): Set<string> {
  return parseStopwords(readTextFile(path), path);
}
