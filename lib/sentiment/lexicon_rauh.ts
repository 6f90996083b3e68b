/**
 * Loader for Rauh's German political sentiment dictionary (Rauh 2018,
 * "Validating a sentiment dictionary for German political language") as a
 * two-column table: term and polarity. Not shipped here.
 *
 * Columns are separated by a tab or a comma; a header line whose second
 * field is not a number is skipped. Polarity is `1`/`-1` (or `positive`/
 * `negative`), or any number in [-1, 1]. Rauh's negated bigrams
 * (`NOT_gut`) and other multi-word rows are skipped: negation is handled by
 * the scorer's own rules.
 *
 * @module
 */
import { LexiconBuilder, type SentimentLexicon } from "./lexicon_builder.ts";
import { loadModifiers, type Modifier } from "./modifiers.ts";

/** Options for {@linkcode parseRauh}. */
export interface RauhOptions {
  /**
   * The weight a binary polarity maps to: Rauh's entries are ±1, which would
   * put every sentence with one term far outside the neutral band, so they
   * are scaled to the range of the default lexicon's typical entries.
   * @default 0.6
   */
  weight?: number;
  /** Modifier words. @default the shipped modifiers */
  modifiers?: Map<string, Modifier>;
}

const POLARITY: Record<string, number> = {
  "positive": 1,
  "negative": -1,
  "pos": 1,
  "neg": -1,
};

/**
 * Parse Rauh's dictionary as a two-column table.
 *
 * @example Parse three rows
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseRauh } from "./lexicon_rauh.ts";
 * const lex = parseRauh("feature\tsentiment\nKatastrophe\t-1\ngut\t1\nNOT_gut\t-1\n", "rauh.tsv");
 * assert.equal(lex.terms.get("gut")?.weight, 0.6);
 * assert.equal(lex.terms.size, 2);
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function parseRauh(
  text: string,
  file: string,
  options: RauhOptions | Map<string, Modifier> = {},
): SentimentLexicon {
  const opts = options instanceof Map ? { modifiers: options } : options;
  const scale = opts.weight ?? 0.6;
  const builder = new LexiconBuilder(true);
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, "");
    if (raw.trim() === "" || raw.startsWith("#")) continue;
    const where = `${file}:${i + 1}`;
    const fields = raw.split(raw.includes("\t") ? "\t" : ",").map((s) =>
      s.trim().replace(/^"(.*)"$/, "$1")
    );
    if (fields.length !== 2) {
      throw new SyntaxError(
        `Cannot read Rauh entry at ${where}: expected 2 columns (term, polarity) separated by a tab or comma, found ${fields.length}`,
      );
    }
    const [term, pol] = fields;
    const named = POLARITY[pol.toLowerCase()];
    const value = named ?? Number(pol);
    if (pol === "" || !Number.isFinite(value) || value < -1 || value > 1) {
      if (i === 0 || lines.slice(0, i).every((l) => l.trim() === "")) {
        continue; // a header line
      }
      throw new SyntaxError(
        `Cannot read Rauh entry at ${where}: polarity "${pol}" is not 1, -1, positive, negative or a number in [-1, 1]`,
      );
    }
    if (term === "" || term.includes(" ") || term.startsWith("NOT_")) continue;
    builder.add({
      term,
      weight: Math.abs(value) === 1 ? value * scale : value,
      pos: "",
      source: "Rauh",
      where,
    });
  }
  return builder.build(file, opts.modifiers ?? loadModifiers());
}
