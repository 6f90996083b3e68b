/**
 * The data every stage needs (boilerplate rules; later: gazetteer,
 * lexicon, codebooks, conflicts), loaded once per run (and once per worker).
 *
 * @module
 */
import {
  type BoilerplateRule,
  loadBoilerplateRules,
} from "../corpus/boilerplate.ts";
import { type Conflict, loadConflicts } from "../conflicts/conflicts_file.ts";
import { loadSentimentLexicon } from "../sentiment/lexicon.ts";
import type {
  LexiconFormat,
  SentimentLexicon,
} from "../sentiment/lexicon_builder.ts";
import {
  compileConflicts,
  type ConflictIndex,
} from "../conflicts/assign_conflicts.ts";
import {
  type Codebook,
  type CodebookPaths,
  loadCodebook,
} from "../frames/codebook.ts";

/** Paths that override the data files shipped in `lib/data/`. */
export interface ResourcePaths extends CodebookPaths {
  /** Boilerplate rules (TSV). @default "lib/data/boilerplate.tsv" */
  boilerplate?: string;
  /** Conflict definitions (TSV). @default "lib/data/conflicts.tsv" */
  conflicts?: string;
  /**
   * Sentiment lexicon file(s); SentiWS comes as two files (positive,
   * negative). @default "lib/data/sentiment_lexicon.tsv"
   */
  sentimentLexicon?: string | string[];
  /** Format of `sentimentLexicon`. @default "tsv" */
  sentimentLexiconFormat?: LexiconFormat;
  /**
   * Sentiment modifier words (negators, intensifiers, contrast).
   * @default "lib/data/sentiment_modifiers.tsv"
   */
  sentimentModifiers?: string;
}

/** Loaded data for the stages. */
export interface Resources {
  boilerplate: BoilerplateRule[];
  conflicts: Conflict[];
  sentiment: SentimentLexicon;
  /** The conflicts compiled for matching places and cues. */
  conflictIndex: ConflictIndex;
  /** The frame codebook (frames and cues). */
  codebook: Codebook;
}

/** Load every resource, from `paths` where given, else the defaults. */
export function loadResources(paths: ResourcePaths = {}): Resources {
  const conflicts = loadConflicts(paths.conflicts);
  return {
    boilerplate: loadBoilerplateRules(paths.boilerplate),
    conflicts,
    conflictIndex: compileConflicts(conflicts),
    codebook: loadCodebook(paths),
    sentiment: loadSentimentLexicon(
      paths.sentimentLexicon,
      paths.sentimentLexiconFormat,
      paths.sentimentModifiers,
    ),
  };
}

/**
 * The resource paths among `options` (every string- or string-list-valued
 * entry), as plain
 * data that can be sent to a worker.
 */
export function resourcePaths(options: object): ResourcePaths {
  return Object.fromEntries(
    Object.entries(options).filter(([, v]) =>
      typeof v === "string" ||
      // sentimentLexicon may be a list of files (SentiWS: positive, negative)
      (Array.isArray(v) && v.every((x) => typeof x === "string"))
    ),
  ) as ResourcePaths;
}
