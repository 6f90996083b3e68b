/**
 * The corpus analysis entry point: a folder or an array of articles in,
 * Arquero tables out.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import {
  type Article,
  type ArticleInput,
  makeArticle,
  metaFromInput,
} from "../corpus/article.ts";
import { CorpusError, type CorpusProblem } from "../corpus/problems.ts";
import { iterateCorpus } from "../corpus/read_corpus.ts";
import type { ArticleResult } from "./article_result.ts";
import { analyzeStream, type PendingArticle } from "./article_stream.ts";
import {
  loadResources,
  type ResourcePaths,
  type Resources,
} from "./resources.ts";
import { PROBLEMS } from "./schemas.ts";
import { type Columns, TableSet } from "./table_builder.ts";
import { CORPUS_STAGES } from "./stages.ts";

/** Options for {@linkcode analyzeCorpus}. */
export interface AnalyzeOptions extends ResourcePaths {
  /**
   * Stop at the first bad article or manifest row instead of reporting it
   * and analysing the rest.
   * @default false
   */
  strict?: boolean;
  /**
   * Number of Web Workers analysing articles in parallel; the tables are
   * identical for any number. Workers need Deno (not Node.js).
   * @default 1
   */
  workers?: number;
}

/**
 * The tables of an analysed corpus. Every table is keyed by `article_id`
 * (and `sentence_id` where rows come from sentences); see README, Tables.
 */
export interface CorpusTables {
  articles: Table;
  sentences: Table;
  tokens: Table;
  /** Datelines, date markers, image credits, captions, related links. */
  metadata: Table;
  /** Problems found in the input (errors skipped, notes on normalisation). */
  problems: Table;
  [name: string]: Table;
}

function validateInputs(
  inputs: ArticleInput[],
  problems: CorpusProblem[],
): Generator<Article> {
  return (function* () {
    const seen = new Set<string>();
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const where = `input[${i}]`;
      const err = (message: string) =>
        problems.push({ file: where, line: null, severity: "error", message });
      if (!input || typeof input.text !== "string" || input.id === undefined) {
        err("each article needs an id and a text string");
        continue;
      }
      const id = String(input.id);
      if (seen.has(id)) {
        err(`duplicate id "${id}"; give every article its own id`);
        continue;
      }
      seen.add(id);
      const text = input.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
      if (text.indexOf("\0") >= 0) {
        err(`article "${id}" contains NUL characters; remove them`);
        continue;
      }
      if (text.trim() === "") {
        err(`article "${id}" has an empty text`);
        continue;
      }
      yield makeArticle(metaFromInput(input), text);
    }
  })();
}

/** Merge per-article results, in order, into one set of columns per table. */
export function mergeResults(
  results: Iterable<ArticleResult>,
): Record<string, Columns> {
  const merged = new TableSet();
  for (const r of results) {
    for (const [name, t] of Object.entries(r.tables)) {
      merged.table(name, t.names).append(t.columns);
    }
  }
  return Object.fromEntries(
    [...merged.tables].map(([name, t]) => [name, t.columns]),
  );
}

/** Arquero tables from merged columns, in a fixed (sorted) key order. */
export function toTables(
  columns: Record<string, Columns>,
): Record<string, Table> {
  const tables: Record<string, Table> = {};
  for (const name of Object.keys(columns).sort()) {
    tables[name] = aq.table(columns[name]);
  }
  return tables;
}

/** The problems as a table. */
export function problemTable(problems: CorpusProblem[]): Table {
  const cols: Columns = Object.fromEntries(PROBLEMS.map((c) => [c, []]));
  for (const p of problems) {
    for (const c of PROBLEMS) cols[c].push(p[c]);
  }
  return aq.table(cols);
}

/**
 * The articles of `input` with their reading notes, one at a time. Problems
 * are pushed into `problems` as they are found.
 */
export function articleSource(
  input: string | ArticleInput[],
  resources: Resources,
  problems: CorpusProblem[],
  options: AnalyzeOptions = {},
): Iterable<PendingArticle> {
  const articles = typeof input === "string"
    ? iterateCorpus(input, problems, {
      strict: options.strict,
      boilerplate: resources.boilerplate,
      knownConflicts: new Set(resources.conflicts.map((c) => c.id)),
    })
    : validateInputs(input, problems);
  return (function* () {
    for (const article of articles) {
      const notes = problems.filter((p) =>
        p.severity === "note" && article.file !== "" &&
        p.file.endsWith(article.file)
      ).map((p) => p.message);
      yield { article, notes };
    }
  })();
}

/**
 * Analyse a corpus: a folder path (with `manifest.csv`) or an array of
 * `{ id, text, ...metadata }` objects.
 *
 * @example Analyse two articles held in memory
 * ```ts
 * import { analyzeCorpus } from "../mod.ts";
 * const t = await analyzeCorpus([
 *   { id: "a1", text: "Die NATO verstärkt ihre Mission. Bagdad protestiert." },
 *   { id: "a2", text: "Kairo.\n\nIn Aleppo wird gekämpft." },
 * ]);
 * console.assert(t.sentences.numRows() === 3);
 * console.assert(t.metadata.get("kind", 0) === "dateline");
 * ```
 *
 * @throws {CorpusError} when nothing can be analysed, or in strict mode on
 * the first error.
 */
export async function analyzeCorpus(
  input: string | ArticleInput[],
  options: AnalyzeOptions = {},
): Promise<CorpusTables> {
  const resources: Resources = loadResources(options);
  const problems: CorpusProblem[] = [];
  const results: ArticleResult[] = [];
  for await (
    const r of analyzeStream(
      articleSource(input, resources, problems, options),
      resources,
      { workers: options.workers, paths: options },
    )
  ) {
    results.push(r);
  }
  if (options.strict && problems.some((p) => p.severity === "error")) {
    throw new CorpusError(problems, "Cannot analyse the corpus (strict mode)");
  }
  if (results.length === 0) {
    throw new CorpusError(
      problems,
      "Cannot analyse the corpus: no article could be read",
    );
  }
  const tables = toTables(mergeResults(results));
  results.length = 0;
  tables.problems = problemTable(problems);
  for (const stage of CORPUS_STAGES) {
    Object.assign(tables, stage.run(tables, resources));
  }
  return tables as CorpusTables;
}
