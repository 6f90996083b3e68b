/**
 * The word lists {@linkcode findNames} decides with: first names
 * (`lib/data/first_names.txt`) and a list of known German words that rules
 * ordinary capitalised nouns out (Debian's `wngerman`,
 * `/usr/share/dict/ngerman`, installed by `scripts/setup.sh`).
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { dataPath, readTextFile } from "../io/data_file.ts";
import { parseWordList } from "./gazetteer.ts";
import { type WordSet, wordSetFromLines } from "./word_list.ts";

/** Default location of Debian's German word list (package `wngerman`). */
export const WNGERMAN = "/usr/share/dict/ngerman";

/** Loaded word lists. */
export interface NameLexicon {
  firstNames: Set<string>;
  /** Known German words, as spelled; null when no list is installed. */
  knownWords: WordSet | null;
  /** Why `knownWords` is missing, or "". */
  note: string;
}

/** Paths of the name word lists. */
export interface NameLexiconPaths {
  /** First names, one per line. @default "lib/data/first_names.txt" */
  firstNames?: string;
  /** Known words, one per line. @default "/usr/share/dict/ngerman" */
  knownWords?: string;
}

let warned = false;

/**
 * Load the first names and the known-word list. Without a known-word list,
 * findNames still works on its strong signals (first names, titles,
 * particles) and the returned `note` says so; it is printed once.
 *
 * @example The default lists
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadNameLexicon } from "./name_lexicon.ts";
 * const lex = loadNameLexicon();
 * assert.ok(lex.firstNames.has("jens"));
 * assert.ok(lex.knownWords === null || lex.knownWords.has("Krieger"));
 * ```
 */
export function loadNameLexicon(paths: NameLexiconPaths = {}): NameLexicon {
  const firstNames = new Set(
    parseWordList(
      readTextFile(paths.firstNames ?? dataPath("first_names.txt")),
    ),
  );
  const file = paths.knownWords ?? WNGERMAN;
  if (!existsSync(file)) {
    const note =
      `Known-word list ${file} is missing: findNames keeps only names with a first name, title or particle, and misses bare surnames; install Debian's wngerman (scripts/setup.sh does) or pass another list`;
    if (!warned) {
      warned = true;
      console.warn(`Note: ${note}`);
    }
    return { firstNames, knownWords: null, note };
  }
  const knownWords = wordSetFromLines(readFileSync(file, "utf8"));
  return { firstNames, knownWords, note: "" };
}

let defaultLexicon: NameLexicon | undefined;

/** The default lexicon, loaded on first use. */
export function defaultNameLexicon(): NameLexicon {
  return defaultLexicon ??= loadNameLexicon();
}
