/**
 * Choose a reader for a corpus path and read it: a folder with
 * `manifest.csv` is left to `iterateCorpus` (read lazily); a folder without
 * one, or a single export file, is read here, each file with the reader
 * for its format (by extension, or `format` when given).
 *
 * @module
 */
import { lstatSync, readdirSync, statSync } from "node:fs";
import { CorpusFileError, readCorpusFile } from "../corpus_file.ts";
import { basename, dirname, extname, join } from "node:path";
import { CorpusError, type CorpusProblem } from "../problems.ts";
import { parseColumnMap } from "./columns.ts";
import { readDelimited } from "./delimited.ts";
import { isFactivaHtml, readFactivaHtml } from "./factiva_html.ts";
import { isFactivaText, readFactivaText } from "./factiva_text.ts";
import { readJson, readJsonLines } from "./json.ts";
import { readNexisDocx } from "./nexis_docx.ts";
import { readParquet } from "./parquet.ts";
import { readPlainText } from "./plain_text.ts";
import type { ColumnMap, Reader, SourcedInput } from "./types.ts";
import { readWebPage } from "./web_page.ts";

/** The input formats, for `--input-format`. */
export const INPUT_FORMATS = {
  txt: "one article per .txt file (ids from file names)",
  csv: "CSV, one row per article",
  tsv: "TSV, one row per article",
  jsonl: "JSON Lines, one object per article",
  json: "JSON, an array of article objects",
  parquet: "Parquet, one row per article",
  nexis: "Nexis Uni .docx download",
  "factiva-html": "Factiva HTML export",
  "factiva-text": "Factiva plain-text export",
  html: "saved news web page",
} as const;

/** One of {@linkcode INPUT_FORMATS}. */
export type InputFormat = keyof typeof INPUT_FORMATS;

const READERS: Record<InputFormat, Reader> = {
  txt: readPlainText,
  csv: (b, c) => readDelimited(b, c, ","),
  tsv: (b, c) => readDelimited(b, c, "\t"),
  jsonl: readJsonLines,
  json: readJson,
  parquet: readParquet,
  nexis: readNexisDocx,
  "factiva-html": readFactivaHtml,
  "factiva-text": readFactivaText,
  html: readWebPage,
};

const BY_EXTENSION: Record<string, InputFormat> = {
  ".txt": "txt",
  ".csv": "csv",
  ".tsv": "tsv",
  ".tab": "tsv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".parquet": "parquet",
  ".docx": "nexis",
  ".html": "html",
  ".htm": "html",
};

/** Options of {@linkcode readInput}. */
export interface ReadInputOptions {
  /** Input format (else chosen by extension). */
  format?: string;
  /** Columns of table-like files: `text=body,date=published_at`. */
  columns?: string | ColumnMap;
  /**
   * Cap of each file of a folder (`--max-article-mb`); an export file given
   * by itself holds many articles and has no cap. @default 20 MB
   */
  maxArticleBytes?: number;
}

const head = (bytes: Uint8Array) =>
  new TextDecoder().decode(bytes.subarray(0, 65536));

/**
 * The format of a file: `format` when given, else by its extension (`.html`
 * and `.txt` are checked for Factiva's layout); null when not an export.
 */
export function formatOf(
  file: string,
  bytes: Uint8Array,
  format?: string,
): InputFormat | null {
  if (format) return format as InputFormat;
  const f = BY_EXTENSION[extname(file).toLowerCase()];
  if (f === "html" && isFactivaHtml(head(bytes))) return "factiva-html";
  if (f === "txt" && isFactivaText(head(bytes))) return "factiva-text";
  return f ?? null;
}

function checkFormat(format: string | undefined): string | undefined {
  if (format !== undefined && !(format in INPUT_FORMATS)) {
    throw new TypeError(
      `Cannot read input format "${format}": use one of ${
        Object.keys(INPUT_FORMATS).join(", ")
      } (or leave it out to choose by file extension)`,
    );
  }
  return format;
}

/** The folder that article `file` names are relative to. */
export function corpusRoot(path: string): string {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return path;
  }
}

/** Whether `path` is a folder read through its `manifest.csv`. */
export function hasManifest(path: string): boolean {
  try {
    return statSync(path).isDirectory() &&
      statSync(join(path, "manifest.csv")).isFile();
  } catch {
    return false;
  }
}

/**
 * The files of a folder to read: regular files only (a link could lead
 * outside the corpus: skipped with a note), hidden files and subfolders
 * left out, in code-point order.
 */
function folderFiles(dir: string, problems: CorpusProblem[]): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (f === "manifest.csv" || f.startsWith(".")) continue;
    const st = lstatSync(join(dir, f));
    if (st.isSymbolicLink()) {
      problems.push({
        file: join(dir, f),
        line: null,
        severity: "note",
        message:
          "a link, not a file: skipped (copy the article into the corpus folder)",
      });
    } else if (st.isFile()) out.push(f);
  }
  return out;
}

/**
 * Give each article the notes reading its file produced: notes on the whole
 * file (an encoding fix) to every article of the file, notes on one
 * article (`article 3: …`) to that one.
 */
function attachNotes(
  inputs: SourcedInput[],
  found: CorpusProblem[],
  path: string,
): void {
  for (const input of inputs) {
    input.path = path;
    input.notes = found.filter((p) =>
      p.severity === "note" &&
      (inputs.length === 1 || !/^[a-z]+ \d+: /.test(p.message) ||
        p.message.startsWith(`${input.position}: `))
    ).map((p) => p.message);
  }
}

/**
 * Read every article of an export file or of a folder without manifest.
 * Returns null for a folder with `manifest.csv` (read it with
 * `iterateCorpus`). Problems are pushed into `problems`.
 *
 * @throws {CorpusError} when the path does not exist or holds no file
 * that could be an article.
 */
export async function readInput(
  path: string,
  problems: CorpusProblem[],
  options: ReadInputOptions = {},
): Promise<SourcedInput[] | null> {
  const format = checkFormat(options.format);
  const columns = parseColumnMap(options.columns);
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new CorpusError([{
      file: path,
      line: null,
      severity: "error",
      message:
        "the corpus does not exist; pass a folder (with manifest.csv, or of .txt/.html/.docx files) or an export file (.csv, .tsv, .jsonl, .json, .parquet, .docx, .html, .txt)",
    }], "Cannot read the corpus");
  }
  if (isDir && !format && hasManifest(path)) return null;
  const files = isDir ? folderFiles(path, problems) : [basename(path)];
  const root = isDir ? path : dirname(path);
  const inputs: SourcedInput[] = [];
  let txt = 0;
  for (const file of files) {
    const full = join(root, file);
    let bytes: Uint8Array;
    try {
      // The folder is the trust boundary: no links out, no FIFOs, a cap.
      bytes = readCorpusFile(root, file, {
        maxBytes: isDir ? options.maxArticleBytes : Number.MAX_SAFE_INTEGER,
      });
    } catch (e) {
      problems.push({
        file: full,
        line: null,
        severity: "error",
        message: e instanceof CorpusFileError
          ? `the file was not read: ${e.message}`
          : `the file cannot be read (${
            (e as { code?: string }).code ?? (e as Error).message
          }); check that it is readable`,
      });
      continue;
    }
    const f = formatOf(file, bytes, format);
    if (f === null) {
      problems.push({
        file: full,
        line: null,
        severity: isDir ? "note" : "error",
        message: `not a format the reader knows (${
          extname(file) || "no extension"
        }); ${isDir ? "skipped" : "give --input-format"} (formats: ${
          Object.keys(INPUT_FORMATS).join(", ")
        })`,
      });
      continue;
    }
    if (f === "txt") txt++;
    const before = problems.length;
    let read: SourcedInput[];
    try {
      read = await READERS[f](bytes, { path: full, file, problems, columns });
    } catch (e) {
      // Readers report bad input as problems; an exception is a reader bug
      // or a library failing on odd input: skip the file, never crash.
      problems.push({
        file: full,
        line: null,
        severity: "error",
        message: `the ${f} reader failed on this file (${
          (e as Error).message
        }); it was skipped (please report it, with the file if you can)`,
      });
      continue;
    }
    attachNotes(read, problems.slice(before), full);
    inputs.push(...read);
  }
  if (isDir && txt > 0) {
    problems.unshift({
      file: join(path, "manifest.csv"),
      line: null,
      severity: "note",
      message:
        `the folder has no manifest.csv: ${txt} .txt file(s) read with ids from their file names, outlet "unknown" and no date; run \`deno task manifest ${path}\` to write a starter manifest.csv and fill in outlet and date`,
    });
  }
  if (files.length === 0) {
    throw new CorpusError([{
      file: path,
      line: null,
      severity: "error",
      message:
        "the corpus folder is empty; add .txt files (one article each) with a manifest.csv, or export files (.csv, .jsonl, .docx, .html)",
    }], "Cannot read the corpus");
  }
  return inputs;
}
