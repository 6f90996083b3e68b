/**
 * Loader for SentiWS (Remus, Quasthoff & Heyer 2010), the standard German
 * polarity lexicon. SentiWS is licensed CC BY-NC-SA and is not shipped here;
 * a researcher who has the files can load them with this parser.
 *
 * Format, one entry per line: `Wort|POS<TAB>weight<TAB>inflection,…`
 * (the inflection column may be missing or empty).
 *
 * @module
 */
import {
  LexiconBuilder,
  parseWeight,
  type SentimentLexicon,
} from "./lexicon_builder.ts";
import { loadModifiers, type Modifier } from "./modifiers.ts";

/** Text of one SentiWS file and its name (for error messages). */
export interface LexiconText {
  /** The file's content. */
  text: string;
  /** Its name or path. */
  file: string;
}

/**
 * Parse SentiWS files (usually the positive and the negative file) into one
 * lexicon. Where two entries share a normalised form, the first one wins.
 *
 * @example Parse two SentiWS lines
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSentiWs } from "./lexicon_sentiws.ts";
 * const lex = parseSentiWs([{
 *   file: "neg.txt",
 *   text: "Angriff|NN\t-0.3\tAngriffe,Angriffen\nböse|ADJX\t-0.5\t\n",
 * }]);
 * assert.equal(lex.terms.get("angriff")?.weight, -0.3);
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function parseSentiWs(
  files: LexiconText[],
  modifiers: Map<string, Modifier> = loadModifiers(),
): SentimentLexicon {
  const builder = new LexiconBuilder(true);
  for (const { text, file } of files) {
    const lines = text.replace(/^\uFEFF/, "").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i].replace(/\r$/, "");
      if (raw.trim() === "" || raw.startsWith("#")) continue;
      const where = `${file}:${i + 1}`;
      const fields = raw.split("\t");
      const bar = fields[0].indexOf("|");
      if (fields.length < 2 || fields.length > 3 || bar <= 0) {
        throw new SyntaxError(
          `Cannot read SentiWS entry at ${where}: expected "Wort|POS<TAB>weight<TAB>inflections", found "${raw}"`,
        );
      }
      builder.add(
        {
          term: fields[0].slice(0, bar).trim(),
          weight: parseWeight(fields[1], where),
          pos: fields[0].slice(bar + 1).trim(),
          source: "SentiWS",
          where,
        },
        (fields[2] ?? "").split(",").map((s) => s.trim()).filter(Boolean),
      );
    }
  }
  return builder.build(files.map((f) => f.file).join("+"), modifiers);
}
