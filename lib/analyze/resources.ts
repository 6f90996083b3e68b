/**
 * The data every stage needs (boilerplate rules; later: gazetteer,
 * lexicon, codebooks, conflicts), loaded once per run (and once per worker).
 *
 * @module
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { dataPath } from "../io/data_file.ts";
import {
  type BoilerplateRule,
  loadBoilerplateRules,
} from "../corpus/boilerplate.ts";
import { type Conflict, loadConflicts } from "../conflicts/conflicts_file.ts";
import { type Gazetteer, loadGazetteer } from "../actors/gazetteer.ts";
import { loadNameLexicon, type NameLexicon } from "../actors/name_lexicon.ts";
import { loadSpeechCues, type SpeechCues } from "../actors/speech_cues.ts";
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
import { type FrameModel, loadFrameModel } from "../frames/frame_model.ts";

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
  /** Actor gazetteer (TSV). @default "lib/data/actors.tsv" */
  actors?: string;
  /** Role nouns before names. @default "lib/data/roles.txt" */
  roles?: string;
  /** First names. @default "lib/data/first_names.txt" */
  firstNames?: string;
  /** Known German words. @default "/usr/share/dict/ngerman" (wngerman) */
  knownWords?: string;
  /** Speech verbs and other quote cues (TSV). @default "lib/data/speech_cues.tsv" */
  speechCues?: string;
  /** Frame model weights (`deno task train`). @default "lib/data/frame_weights.tsv" */
  frameWeights?: string;
}

/** Loaded data for the stages. */
export interface Resources {
  boilerplate: BoilerplateRule[];
  conflicts: Conflict[];
  sentiment: SentimentLexicon;
  gazetteer: Gazetteer;
  names: NameLexicon;
  speechCues: SpeechCues;
  /** The conflicts compiled for matching places and cues. */
  conflictIndex: ConflictIndex;
  /** The frame codebook (frames and cues). */
  codebook: Codebook;
  /** The learned weights of the codebook's cues and the frames' thresholds. */
  frameModel: FrameModel;
}

/** Load every resource, from `paths` where given, else the defaults. */
export function loadResources(paths: ResourcePaths = {}): Resources {
  // One load per process and set of files: the known-word list alone takes
  // about a second, and a run asks for the resources more than once. The
  // key includes the files' modification times, so an edited gazetteer or
  // lexicon is picked up by the next call (e.g. in a notebook session).
  // Only the paths make the key: analyzeCorpus asks with its options plus
  // batchSize, then with its options alone, and a key over all options
  // made the two calls evict each other, reloading every resource per run.
  const key = cacheKey(resourcePaths(paths));
  if (cached && cached.key === key) return cached.resources;
  const resources = loadFresh(paths);
  cached = { key, resources };
  return resources;
}

let cached: { key: string; resources: Resources } | undefined;

function cacheKey(paths: ResourcePaths): string {
  const files: string[] = [];
  for (const v of Object.values(paths)) {
    if (typeof v === "string") files.push(v);
    else if (Array.isArray(v)) files.push(...v);
  }
  const dataDir = dataPath("");
  for (const f of readdirSync(dataDir).sort()) files.push(join(dataDir, f));
  const stamps = files.map((f) => {
    try {
      return `${f}@${statSync(f).mtimeMs}`;
    } catch {
      return `${f}@missing`;
    }
  });
  return JSON.stringify(paths, Object.keys(paths).sort()) + stamps.join("|");
}

// Each resource is loaded on first use: a thread that only reads articles
// (the main thread of a run with workers) or only runs the corpus stages
// never loads the known-word list or the sentiment lexicon, which are most
// of the loading time.
function loadFresh(paths: ResourcePaths): Resources {
  return lazily<Resources>({
    boilerplate: () => loadBoilerplateRules(paths.boilerplate),
    conflicts: () => loadConflicts(paths.conflicts),
    conflictIndex: (r) => compileConflicts(r.conflicts),
    codebook: () => loadCodebook(paths),
    frameModel: () => loadFrameModel(paths.frameWeights),
    gazetteer: () =>
      loadGazetteer({
        actors: paths.actors,
        roles: paths.roles,
        firstNames: paths.firstNames,
      }),
    names: () =>
      loadNameLexicon({
        firstNames: paths.firstNames,
        knownWords: paths.knownWords,
      }),
    speechCues: () => loadSpeechCues(paths.speechCues),
    sentiment: () =>
      loadSentimentLexicon(
        paths.sentimentLexicon,
        paths.sentimentLexiconFormat,
        paths.sentimentModifiers,
      ),
  });
}

/**
 * An object whose properties are computed by their loader on first read
 * (a loader may read other properties), then kept.
 */
function lazily<T extends object>(
  loaders: { [K in keyof T]: (self: T) => T[K] },
): T {
  const out = {} as T;
  for (const key of Object.keys(loaders) as (keyof T)[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = loaders[key](out);
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
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
