/**
 * The shape of a loaded sentiment lexicon and the builder every lexicon
 * format fills (project TSV, SentiWS, Rauh), so that all three behave alike
 * in the scorer.
 *
 * @module
 */
import { foldGerman, isCapitalised } from "../text/german.ts";
import { normalize } from "../text/tokens.ts";
import type { Modifier } from "./modifiers.ts";

/** One lexicon entry. */
export interface LexiconEntry {
  /** The term as written in the file (base form or phrase). */
  term: string;
  /** Polarity in [-1, 1]. */
  weight: number;
  /** Part of speech as given ("" when none); "V" marks acts. */
  pos: string;
  /** Where the entry comes from (the file's source column or format). */
  source: string;
  /** `file:line` of the entry. */
  where: string;
}

/** A multi-word entry: the normalised forms of its words, in order. */
export interface PhraseEntry extends LexiconEntry {
  /** Normalised form of each word of the phrase. */
  norms: string[];
}

/** A loaded lexicon with its modifier words. */
export interface SentimentLexicon {
  /** A name for reports, e.g. the file it came from. */
  name: string;
  /** Single-word entries by normalised form. */
  terms: Map<string, LexiconEntry>;
  /** Phrases by the normalised form of their first word. */
  phrases: Map<string, PhraseEntry[]>;
  /**
   * Entries as heads of compounds: keyed by the normalised form as it ends a
   * longer word. The stemmer drops a leading "ge" ("Gefecht" → "fech"),
   * which inside a compound stays ("Feuergefecht" → "feuergefech"), so such
   * entries are keyed with "ge" restored.
   */
  heads: Map<string, LexiconEntry>;
  /**
   * Entries as first parts of compounds: keyed by each form as written,
   * lower-cased and folded ("gewalt", "frieden", "hilfe"), never by a stem:
   * a stem is a prefix of unrelated words ("milita" of militant is not
   * "militä|risch"). The stemmer also drops a leading "ge" of long words,
   * so first parts are looked for in the folded word, not its norm.
   */
  firsts: Map<string, LexiconEntry>;
  /**
   * Entries matched on the exact lower-case word, before the normalised
   * form: written "=Drohne" in the lexicon, for words the stemmer folds
   * into another entry ("Drohne" and "drohen" both become "droh").
   */
  exact: Map<string, LexiconEntry>;
  /** Modifier words by normalised form. */
  modifiers: Map<string, Modifier>;
}

/** The lexicon formats {@linkcode loadSentimentLexicon} reads. */
export type LexiconFormat = "tsv" | "sentiws" | "rauh";

/** Collects entries, refusing two entries with one normalised form. */
export class LexiconBuilder {
  readonly terms = new Map<string, LexiconEntry>();
  readonly phrases = new Map<string, PhraseEntry[]>();
  readonly heads = new Map<string, LexiconEntry>();
  readonly firsts = new Map<string, LexiconEntry>();
  readonly exact = new Map<string, LexiconEntry>();
  /** With `keepFirst`, a repeated form is skipped instead of an error. */
  constructor(readonly keepFirst = false) {}

  /** Add `entry` under the forms `[entry.term, ...forms]`. */
  add(entry: LexiconEntry, forms: string[] = []): void {
    if (entry.term.includes(" ")) {
      const norms = entry.term.split(" ").filter(Boolean).map(normalize);
      const list = this.phrases.get(norms[0]) ?? [];
      list.push({ ...entry, norms });
      // Longest phrase first, so the longest match wins.
      list.sort((a, b) => b.norms.length - a.norms.length);
      this.phrases.set(norms[0], list);
      return;
    }
    if (entry.term.startsWith("=")) {
      const e = { ...entry, term: entry.term.slice(1) };
      for (const form of [e.term, ...forms]) {
        const lower = form.toLowerCase();
        const prior = this.exact.get(lower);
        if (prior && !this.keepFirst) {
          throw new SyntaxError(
            `Cannot read lexicon entry at ${entry.where}: "${form}" is already listed at ${prior.where}; merge the two lines`,
          );
        }
        if (!prior) this.exact.set(lower, e);
        // Exact entries head compounds by their written form (matched
        // against the end of the lower-case word, see match_terms.ts), not
        // by their normalised form, which is the one they share.
        const folded = foldGerman(form);
        if (folded.length >= 4 && !this.firsts.has(folded)) {
          this.firsts.set(folded, e);
        }
      }
      return;
    }
    const seen = new Set<string>();
    for (const form of [entry.term, ...forms]) {
      const norm = normalize(form);
      if (norm === "" || seen.has(norm)) continue;
      seen.add(norm);
      const prior = this.terms.get(norm);
      if (prior) {
        if (this.keepFirst) continue;
        throw new SyntaxError(
          `Cannot read lexicon entry at ${entry.where}: "${form}" has the normalised form "${norm}" of "${prior.term}" at ${prior.where}; merge the two lines`,
        );
      }
      this.terms.set(norm, entry);
      const folded = foldGerman(form);
      const head = folded.startsWith(norm)
        ? norm
        : folded.startsWith("ge" + norm)
        ? "ge" + norm
        : "";
      // Only noun forms head compounds: verb and adjective "heads" are
      // prefixed words ("wieder|holt" is not "erholt", "merk|würdig" not
      // "würdigen").
      if (head && isCapitalised(form) && !this.heads.has(head)) {
        this.heads.set(head, entry);
      }
      if (folded.length >= 4 && !this.firsts.has(folded)) {
        this.firsts.set(folded, entry);
      }
    }
  }

  /** The finished lexicon. */
  build(name: string, modifiers: Map<string, Modifier>): SentimentLexicon {
    return {
      name,
      terms: this.terms,
      phrases: this.phrases,
      heads: this.heads,
      firsts: this.firsts,
      exact: this.exact,
      modifiers,
    };
  }
}

/** Check a weight field; throws naming the place. */
export function parseWeight(field: string, where: string): number {
  const w = Number(field.trim().replace(",", "."));
  if (field.trim() === "" || !Number.isFinite(w) || w < -1 || w > 1) {
    throw new SyntaxError(
      `Cannot read lexicon entry at ${where}: weight "${field}" is not a number in [-1, 1]; write e.g. -0.6`,
    );
  }
  return w;
}
