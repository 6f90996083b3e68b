/**
 * Modifier words of the sentiment scorer (`lib/data/sentiment_modifiers.tsv`):
 * negators, weak negators, intensifiers, diminishers, contrast and
 * concessive words, reducers ("sank", "vereitelt"), and the sarcasm marker
 * "na".
 *
 * @module
 */
import { dataPath, parseTsv, readTextFile } from "../io/data_file.ts";
import { normalize } from "../text/tokens.ts";

/** What a modifier word does; see the data file's header. */
export type ModifierKind =
  | "negator"
  | "weak_negator"
  | "intensifier"
  | "diminisher"
  | "contrast"
  | "concessive"
  | "opposition"
  | "reducer"
  | "sarcasm";

const KINDS: ReadonlySet<string> = new Set<ModifierKind>([
  "negator",
  "weak_negator",
  "intensifier",
  "diminisher",
  "contrast",
  "concessive",
  "opposition",
  "reducer",
  "sarcasm",
]);

/** One modifier word. */
export interface Modifier {
  /** The word as written in the file. */
  term: string;
  /** What it does. */
  kind: ModifierKind;
  /** Its multiplier. */
  factor: number;
  /** `file:line` of the entry. */
  where: string;
}

/**
 * Parse a modifiers file (TSV: term, kind, factor, forms, notes).
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function parseModifiers(
  text: string,
  file: string,
): Map<string, Modifier> {
  const out = new Map<string, Modifier>();
  for (
    const { line, fields } of parseTsv(text, file, { freeTextFrom: 4 })
  ) {
    if (fields[0] === "term" && fields[1] === "kind") continue;
    const where = `${file}:${line}`;
    const fail = (why: string) =>
      new SyntaxError(`Cannot read sentiment modifier at ${where}: ${why}`);
    if (fields.length < 3 || fields.length > 5) {
      throw fail(
        `expected 3 to 5 tab-separated columns (term, kind, factor, forms, notes), found ${fields.length}`,
      );
    }
    const [term, kind, factorField] = fields.map((f) => f.trim());
    if (!KINDS.has(kind)) {
      throw fail(`unknown kind "${kind}"; use one of ${[...KINDS].join(", ")}`);
    }
    const factor = Number(factorField);
    if (factorField === "" || !Number.isFinite(factor)) {
      throw fail(`factor "${factorField}" is not a number`);
    }
    const forms = (fields[3] ?? "").split(",").map((s) => s.trim()).filter(
      Boolean,
    );
    const modifier = { term, kind: kind as ModifierKind, factor, where };
    for (const form of [term, ...forms]) {
      const norm = normalize(form);
      const prior = out.get(norm);
      if (prior && prior.term !== term) {
        throw fail(
          `"${form}" has the normalised form "${norm}" of "${prior.term}" at ${prior.where}; merge the two lines`,
        );
      }
      out.set(norm, modifier);
    }
  }
  return out;
}

let cached: Map<string, Modifier> | undefined;

/** Load the modifiers (default: `lib/data/sentiment_modifiers.tsv`, cached). */
export function loadModifiers(path?: string): Map<string, Modifier> {
  if (path) return parseModifiers(readTextFile(path), path);
  cached ??= parseModifiers(
    readTextFile(dataPath("sentiment_modifiers.tsv")),
    "lib/data/sentiment_modifiers.tsv",
  );
  return cached;
}
