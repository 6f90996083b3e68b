/**
 * The sentiment lexicon: polarity weights keyed by normalised token form,
 * plus phrases and the modifier words (negators, intensifiers, contrast).
 * The project's own format is read here; SentiWS and Rauh's dictionary have
 * their own loaders (lexicon_sentiws.ts, lexicon_rauh.ts) that build the
 * same {@linkcode SentimentLexicon}.
 *
 * @module
 */
import { dataPath, parseTsv, readTextFile } from "../io/data_file.ts";
import { loadModifiers, type Modifier } from "./modifiers.ts";
import {
  LexiconBuilder,
  type LexiconEntry,
  type LexiconFormat,
  parseWeight,
  type PhraseEntry,
  type SentimentLexicon,
} from "./lexicon_builder.ts";
import { parseSentiWs } from "./lexicon_sentiws.ts";
import { parseRauh } from "./lexicon_rauh.ts";

export type { LexiconEntry, LexiconFormat, PhraseEntry, SentimentLexicon };

const COLUMNS = ["term", "weight", "pos", "inflections", "source", "notes"];

/**
 * Parse the project's lexicon format (TSV: term, weight, pos, inflections,
 * source, notes; see `lib/data/sentiment_lexicon.tsv`).
 *
 * @example Parse two entries
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "./lexicon.ts";
 * const lex = parseLexicon("Angriff\t-0.6\tNN\tAngriffe\tmine\t\n", "x.tsv");
 * assert.equal(lex.terms.get("angriff")?.weight, -0.6);
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function parseLexicon(
  text: string,
  file: string,
  modifiers: Map<string, Modifier> = loadModifiers(),
): SentimentLexicon {
  const builder = new LexiconBuilder();
  for (
    const { line, fields } of parseTsv(text, file, { freeTextFrom: 5 })
  ) {
    if (fields[0] === "term" && fields[1] === "weight") continue;
    const where = `${file}:${line}`;
    if (fields.length < 2 || fields.length > COLUMNS.length) {
      throw new SyntaxError(
        `Cannot read lexicon entry at ${where}: expected 2 to ${COLUMNS.length} tab-separated columns (${
          COLUMNS.join(", ")
        }), found ${fields.length}`,
      );
    }
    const term = fields[0].trim();
    if (term === "") {
      throw new SyntaxError(
        `Cannot read lexicon entry at ${where}: the term is empty`,
      );
    }
    const weight = parseWeight(fields[1], where);
    const forms = (fields[3] ?? "").split(",").map((s) => s.trim()).filter(
      Boolean,
    );
    for (const f of forms) {
      if (f.includes(" ")) {
        throw new SyntaxError(
          `Cannot read lexicon entry at ${where}: inflection "${f}" contains a space; write a phrase as its own line`,
        );
      }
    }
    builder.add({
      term,
      weight,
      pos: (fields[2] ?? "").trim(),
      source: (fields[4] ?? "").trim() || file,
      where,
    }, forms);
  }
  return builder.build(file, modifiers);
}

let defaultLexicon: SentimentLexicon | undefined;

/**
 * Load a lexicon. Without a path, the default lexicon
 * (`lib/data/sentiment_lexicon.tsv`), loaded once and cached.
 *
 * SentiWS comes as two files (positive and negative): pass both paths.
 *
 * @example Switch to SentiWS in one line
 * ```ts ignore
 * import { loadSentimentLexicon, scoreSentiment } from "../mod.ts";
 * const sentiws = loadSentimentLexicon(
 *   ["SentiWS_v2.0_Positive.txt", "SentiWS_v2.0_Negative.txt"],
 *   "sentiws",
 * );
 * scoreSentiment("Die Lage ist katastrophal.", { lexicon: sentiws });
 * ```
 *
 * @example The default lexicon
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSentimentLexicon } from "./lexicon.ts";
 * const lex = loadSentimentLexicon();
 * assert.ok(lex.terms.get("erpressung")!.weight < 0);
 * ```
 */
export function loadSentimentLexicon(
  path?: string | string[],
  format: LexiconFormat = "tsv",
  modifiersPath?: string,
): SentimentLexicon {
  const paths = path === undefined ? [] : Array.isArray(path) ? path : [path];
  if (paths.length === 0 && format === "tsv" && !modifiersPath) {
    defaultLexicon ??= parseLexicon(
      readTextFile(dataPath("sentiment_lexicon.tsv")),
      "lib/data/sentiment_lexicon.tsv",
    );
    return defaultLexicon;
  }
  const modifiers = loadModifiers(modifiersPath);
  if (paths.length === 0) {
    return parseLexicon(
      readTextFile(dataPath("sentiment_lexicon.tsv")),
      "lib/data/sentiment_lexicon.tsv",
      modifiers,
    );
  }
  if (format === "sentiws") {
    return parseSentiWs(
      paths.map((p) => ({ text: readTextFile(p), file: p })),
      modifiers,
    );
  }
  if (paths.length !== 1) {
    throw new TypeError(
      `Cannot load ${format} lexicon: expected one file, got ${paths.length}; only SentiWS comes as several files`,
    );
  }
  const text = readTextFile(paths[0]);
  if (format === "rauh") return parseRauh(text, paths[0], modifiers);
  if (format === "tsv") return parseLexicon(text, paths[0], modifiers);
  throw new TypeError(
    `Cannot load lexicon: unknown format "${format}"; use "tsv", "sentiws" or "rauh"`,
  );
}
