/**
 * Read a corpus folder: `manifest.csv` plus one `.txt` file per article.
 * The corpus is only ever read, never written.
 *
 * @module
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Article, makeArticle } from "./article.ts";
import type { BoilerplateRule } from "./boilerplate.ts";
import {
  CorpusFileError,
  MAX_MANIFEST_BYTES,
  readCorpusFile,
} from "./corpus_file.ts";
import { decodeText } from "./decode_text.ts";
import { parseManifest } from "./manifest.ts";
import { CorpusError, type CorpusProblem } from "./problems.ts";

/** Options for {@linkcode readCorpus}. */
export interface ReadCorpusOptions {
  /** Conflict ids the manifest may use. @default undefined (no check) */
  knownConflicts?: ReadonlySet<string>;
  /** Boilerplate rules. @default the rules in lib/data/boilerplate.tsv */
  boilerplate?: BoilerplateRule[];
  /** Throw on the first error instead of skipping the article. @default false */
  strict?: boolean;
  /**
   * Skip (with an error) article files longer than this many bytes.
   * @default 20 MB (`--max-article-mb`)
   */
  maxBytes?: number;
}

/** The articles that could be read, and every problem found. */
export interface CorpusRead {
  articles: Article[];
  problems: CorpusProblem[];
}

/**
 * Articles of a corpus folder, in manifest order, one at a time, so that a
 * large corpus never sits in memory as a whole. Problems are pushed into
 * `problems` as they are found.
 */
export function* iterateCorpus(
  dir: string,
  problems: CorpusProblem[],
  options: ReadCorpusOptions = {},
): Generator<Article> {
  const manifestFile = join(dir, "manifest.csv");
  const manifestBytes = readManifest(dir, manifestFile);
  // The manifest must be UTF-8 like the articles: read leniently, a Latin-1
  // manifest would silently turn "Köln" into "K\uFFFDln".
  const decodedManifest = decodeText(manifestBytes, manifestFile, {
    allowEmpty: true,
  });
  if (decodedManifest.text === null) {
    throw new CorpusError(
      decodedManifest.problems,
      "Cannot read the corpus manifest",
    );
  }
  const { rows, problems: manifestProblems, files: named } = parseManifest(
    decodedManifest.text,
    manifestFile,
    options.knownConflicts,
  );
  problems.push(...manifestProblems);
  const fail = () => {
    if (options.strict && problems.some((p) => p.severity === "error")) {
      throw new CorpusError(problems, "Cannot read the corpus (strict mode)");
    }
  };
  fail();
  const txtFiles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  for (const f of txtFiles) {
    if (!named.has(f)) {
      problems.push({
        file: join(dir, f),
        line: null,
        severity: "error",
        message:
          `the file has no row in ${manifestFile}; add a row with its id and file name "${f}" (it was not analysed)`,
      });
    }
  }
  fail();
  for (const row of rows) {
    const path = join(dir, row.file);
    let bytes: Uint8Array;
    try {
      bytes = readCorpusFile(dir, row.file, { maxBytes: options.maxBytes });
    } catch (e) {
      problems.push({
        file: manifestFile,
        line: row.line,
        severity: "error",
        message: unreadable(e, row.id, row.file, dir),
      });
      fail();
      continue;
    }
    const decoded = decodeText(bytes, path);
    problems.push(...decoded.problems);
    fail();
    if (decoded.text === null) continue;
    const { line: _line, ...meta } = row;
    yield makeArticle(
      { ...meta, position: "" },
      decoded.text,
      options.boilerplate,
    );
  }
}

/**
 * The bytes of `manifest.csv`, through the same trust boundary as the
 * articles; a missing folder, a missing manifest and an unreadable one each
 * get their own message.
 */
function readManifest(dir: string, manifestFile: string): Uint8Array {
  const fail = (file: string, message: string) =>
    new CorpusError(
      [{ file, line: null, severity: "error", message }],
      "Cannot read the corpus",
    );
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw fail(
      dir,
      "the corpus folder does not exist; pass the folder that holds manifest.csv and the .txt files",
    );
  }
  if (!isFolder) {
    throw fail(
      dir,
      "the corpus path is not a folder; pass the folder that holds manifest.csv and the article files",
    );
  }
  try {
    return readCorpusFile(dir, "manifest.csv", {
      maxBytes: MAX_MANIFEST_BYTES,
    });
  } catch (e) {
    if (!(e instanceof CorpusFileError)) throw e;
    if (e.reason === "missing") {
      throw fail(
        manifestFile,
        "the corpus folder has no manifest.csv; create one with a header line id,file,title,outlet,date,date_precision,date_note,language,conflict and one row per article (see README)",
      );
    }
    throw fail(
      manifestFile,
      e.reason === "unreadable"
        ? `the manifest exists but cannot be read: ${e.message}; fix its permissions (e.g. chmod a+r)`
        : `the manifest cannot be read: ${e.message}`,
    );
  }
}

/** Why the file of a manifest row could not be read, and what to do. */
function unreadable(
  e: unknown,
  id: string,
  file: string,
  dir: string,
): string {
  if (!(e instanceof CorpusFileError)) {
    return `the file "${file}" of "${id}" cannot be read (${
      (e as Error).message
    }); check that it is readable`;
  }
  switch (e.reason) {
    case "missing":
      return `the row for "${id}" names the file "${file}", which does not exist in ${dir}; add the file or fix the name`;
    case "folder":
      return `the row for "${id}" names "${file}", which is a folder, not a file; give the article's .txt file`;
    case "outside":
      return `the file "${file}" of "${id}" was not read: ${e.message}`;
    case "special":
      return `the file "${file}" of "${id}" was not read: ${e.message}; give the article's .txt file`;
    case "too-large":
      return `the article "${id}" was skipped: ${e.message}`;
    default:
      return `the file "${file}" of "${id}" was not read: ${e.message}`;
  }
}

/**
 * Read every article of a corpus folder.
 *
 * @throws {CorpusError} in strict mode on the first error, and always when
 * the folder or its manifest cannot be read.
 */
export function readCorpus(
  dir: string,
  options: ReadCorpusOptions = {},
): CorpusRead {
  const problems: CorpusProblem[] = [];
  const articles = [...iterateCorpus(dir, problems, options)];
  return { articles, problems };
}
