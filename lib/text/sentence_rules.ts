/**
 * The word lists behind German sentence segmentation: abbreviations
 * (`lib/data/abbreviations.txt`) and sentence openers and month names
 * (`lib/data/sentence_words.txt`). Both are TSV files whose formats are
 * documented in their headers; both are parsed once and cached.
 *
 * @module
 */
import { dataPath, parseTsv, readTextFile } from "../io/data_file.ts";

/**
 * How an abbreviation's final period behaves:
 * - `inner`: never ends a sentence (`z. B.`, `Dr.`, `Gen.`);
 * - `final`: ends a sentence only before a sentence opener (`Mio.`, `u. a.`);
 * - `end`: ends a sentence like an ordinary word (`usw.`, `etc.`);
 * - `number`: an abbreviation only before a number (`Art. 5`).
 */
export type AbbreviationKind = "inner" | "final" | "end" | "number";

/** The loaded lists the segmenter consults. */
export interface SentenceRules {
  /** Abbreviation (periods kept, spaces removed, e.g. `z.B.`) → kind. */
  abbreviations: Map<string, AbbreviationKind>;
  /** Capitalised words that (almost) only start sentences: `Die`, `Am`. */
  openers: Set<string>;
  /** Month names and abbreviations without period: `Januar`, `Jan`. */
  months: Set<string>;
  /** Lower-case words that make the next number a count: `auf`, `rund`. */
  counts: Set<string>;
  /** Lower-case words a line never ends with unless hard-wrapped: `der`. */
  joiners: Set<string>;
}

const KINDS = new Set(["inner", "final", "end", "number"]);
// Letters and periods only: the segmenter matches the letters-and-periods
// chain in front of a period, so any other character could never match.
const FORM = /^[\p{L}.]+\.$/u;
const WORD = /^\p{L}+$/u;

/**
 * Parse an abbreviation list (TSV: form, kind).
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 * @example Parse two entries
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseAbbreviations } from "./sentence_rules.ts";
 * const m = parseAbbreviations("z. B.\tinner\nusw.\tfinal\n", "mine.txt");
 * assert.equal(m.get("z.B."), "inner");
 * assert.equal(m.get("usw."), "final");
 * ```
 */
export function parseAbbreviations(
  text: string,
  file: string,
): Map<string, AbbreviationKind> {
  const out = new Map<string, AbbreviationKind>();
  for (
    const { line, fields } of parseTsv(text, file)
  ) {
    if (fields[0] === "form" && fields[1] === "kind") continue; // header
    const where = `${file}:${line}`;
    if (fields.length !== 2) {
      throw new SyntaxError(
        `Cannot read abbreviation at ${where}: expected 2 tab-separated columns (form, kind), found ${fields.length}; separate them with one tab`,
      );
    }
    const form = fields[0].replace(/\s+/gu, "");
    const kind = fields[1].trim();
    if (!FORM.test(form)) {
      throw new SyntaxError(
        `Cannot read abbreviation at ${where}: "${
          fields[0]
        }" must be letters and periods ending in a period, e.g. "z. B." or "Gen."`,
      );
    }
    if (!KINDS.has(kind)) {
      throw new SyntaxError(
        `Cannot read abbreviation at ${where}: unknown kind "${kind}" for "${
          fields[0]
        }"; use inner, final, end or number`,
      );
    }
    out.set(form, kind as AbbreviationKind);
  }
  return out;
}

/** The word lists of a sentence word file. */
export interface SentenceWords {
  openers: Set<string>;
  months: Set<string>;
  counts: Set<string>;
  joiners: Set<string>;
}

/**
 * Parse a sentence word list (TSV: word, role) into openers, months, count
 * words and joiners.
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 * @example Parse an opener and a month
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSentenceWords } from "./sentence_rules.ts";
 * const w = parseSentenceWords("Die\topener\nMai\tmonth\n", "words.txt");
 * assert.ok(w.openers.has("Die") && w.months.has("Mai"));
 * ```
 */
export function parseSentenceWords(
  text: string,
  file: string,
): SentenceWords {
  const openers = new Set<string>();
  const months = new Set<string>();
  const counts = new Set<string>();
  const joiners = new Set<string>();
  for (
    const { line, fields } of parseTsv(text, file)
  ) {
    if (fields[0] === "word" && fields[1] === "role") continue; // header
    const where = `${file}:${line}`;
    if (fields.length !== 2) {
      throw new SyntaxError(
        `Cannot read sentence word at ${where}: expected 2 tab-separated columns (word, role), found ${fields.length}; separate them with one tab`,
      );
    }
    const [word, role] = fields.map((f) => f.trim());
    if (!WORD.test(word)) {
      throw new SyntaxError(
        `Cannot read sentence word at ${where}: "${word}" must be one word of letters, without a period`,
      );
    }
    if (role === "opener") openers.add(word);
    else if (role === "month") months.add(word);
    else if (role === "count") counts.add(word.toLowerCase());
    else if (role === "joiner") joiners.add(word.toLowerCase());
    else {
      throw new SyntaxError(
        `Cannot read sentence word at ${where}: unknown role "${role}" for "${word}"; use opener, month, count or joiner`,
      );
    }
  }
  return { openers, months, counts, joiners };
}

let defaults: SentenceRules | undefined;

/**
 * The segmentation rules from `lib/data/`, loaded once; or from the given
 * files (not cached).
 *
 * @example Load the shipped lists
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSentenceRules } from "./sentence_rules.ts";
 * const rules = loadSentenceRules();
 * assert.equal(rules.abbreviations.get("z.B."), "inner");
 * assert.ok(rules.openers.has("Die") && rules.months.has("Januar"));
 * ```
 */
export function loadSentenceRules(
  paths: { abbreviations?: string; sentenceWords?: string } = {},
): SentenceRules {
  if (!paths.abbreviations && !paths.sentenceWords && defaults) return defaults;
  const abbrevFile = paths.abbreviations ?? dataPath("abbreviations.txt");
  const wordsFile = paths.sentenceWords ?? dataPath("sentence_words.txt");
  const rules: SentenceRules = {
    abbreviations: parseAbbreviations(
      readTextFile(abbrevFile),
      paths.abbreviations ?? "lib/data/abbreviations.txt",
    ),
    ...parseSentenceWords(
      readTextFile(wordsFile),
      paths.sentenceWords ?? "lib/data/sentence_words.txt",
    ),
  };
  if (!paths.abbreviations && !paths.sentenceWords) defaults = rules;
  return rules;
}
