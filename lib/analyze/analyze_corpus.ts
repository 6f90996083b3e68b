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
import type { BoilerplateRule } from "../corpus/boilerplate.ts";
import { lineOf, normalizeNewlines } from "../corpus/decode_text.ts";
import { checkDate } from "../corpus/manifest.ts";
import { CorpusError, type CorpusProblem } from "../corpus/problems.ts";
import { iterateCorpus } from "../corpus/read_corpus.ts";
import { analyzeArticle } from "./analyze_article.ts";
import {
  loadResources,
  type ResourcePaths,
  type Resources,
} from "./resources.ts";
import { ARTICLES, PROBLEMS } from "./schemas.ts";
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
  rules: BoilerplateRule[],
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
      if (id.trim() === "") {
        err("the id is empty; give every article a non-empty id");
        continue;
      }
      const text = normalizeNewlines(input.text, where, problems);
      const nul = text.indexOf("\0");
      if (nul >= 0) {
        err(
          `article "${id}" contains NUL characters (first on line ${
            lineOf(text, nul)
          }); remove them`,
        );
        continue;
      }
      if (text.trim() === "") {
        err(`article "${id}" has an empty text`);
        continue;
      }
      const meta = metaFromInput(input);
      if (meta.date !== "") {
        const checked = checkDate(meta.date);
        if (checked !== "day" && checked !== "month" && checked !== "year") {
          err(
            `malformed date "${meta.date}" for article "${id}": ${checked}; write YYYY-MM-DD, YYYY-MM or YYYY, or leave it empty`,
          );
          continue;
        }
        if (meta.date_precision === "") meta.date_precision = checked;
      }
      yield makeArticle(meta, text, rules);
    }
  })();
}

function articleRow(a: Article, tables: TableSet) {
  const sentences = tables.tables.get("sentences")!;
  const n = sentences.length;
  const cols = sentences.columns;
  let tokens = 0, words = 0;
  for (let i = 0; i < n; i++) {
    tokens += cols.n_tokens[i] as number;
    words += cols.n_words[i] as number;
  }
  const meta = a.layout.metadata;
  return {
    article_id: a.id,
    file: a.file,
    title: a.title,
    outlet: a.outlet,
    date: a.date,
    date_precision: a.date_precision,
    date_note: a.date_note,
    language: a.language,
    conflict: a.conflict.join(";"),
    n_paragraphs: new Set(a.layout.regions.map((r) => r.paragraph)).size,
    n_sentences: n,
    n_tokens: tokens,
    n_words: words,
    n_chars: a.text.length,
    dateline: meta.find((m) => m.kind === "dateline")?.text ?? "",
    notes: "",
  };
}

/** Merge per-article table sets, in article order, into Arquero tables. */
export function mergeTables(parts: TableSet[]): Record<string, Columns> {
  const merged = new TableSet();
  for (const part of parts) {
    for (const [name, t] of part.tables) {
      merged.table(name, t.names).append(t.columns);
    }
  }
  return Object.fromEntries(
    [...merged.tables].map(([name, t]) => [name, t.columns]),
  );
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
  if (typeof input !== "string" && !Array.isArray(input)) {
    throw new TypeError(
      `Cannot analyse the corpus: the input is ${
        input === null ? "null" : typeof input
      }; pass a corpus folder path or an array of { id, text } objects`,
    );
  }
  const resources: Resources = loadResources(options);
  const problems: CorpusProblem[] = [];
  const articles = typeof input === "string"
    ? iterateCorpus(input, problems, {
      strict: options.strict,
      boilerplate: resources.boilerplate,
      knownConflicts: new Set(resources.conflicts.map((c) => c.id)),
    })
    : validateInputs(input, problems, resources.boilerplate);
  const parts: TableSet[] = [];
  const articleParts = new TableSet();
  const articleTable = articleParts.table("articles", ARTICLES);
  // Problems found while an article was being read are pushed just before
  // it is yielded; its notes are the ones that arrived since the last one.
  let seen = 0;
  for (const article of articles) {
    const notes = problems.slice(seen).filter((p) => p.severity === "note")
      .map((p) => p.message);
    seen = problems.length;
    const analysis = analyzeArticle(article, resources);
    parts.push(analysis.tables);
    articleTable.add({
      ...articleRow(article, analysis.tables),
      notes: notes.join("; "),
    });
  }
  if (options.strict && problems.some((p) => p.severity === "error")) {
    throw new CorpusError(problems, "Cannot analyse the corpus (strict mode)");
  }
  if (articleTable.length === 0) {
    throw new CorpusError(
      problems,
      "Cannot analyse the corpus: no article could be read",
    );
  }
  await Promise.resolve();
  const columns = { ...mergeTables([articleParts, ...parts]) };
  const tables: Record<string, Table> = {};
  for (const [name, cols] of Object.entries(columns)) {
    tables[name] = aq.table(cols);
  }
  const problemCols: Columns = Object.fromEntries(PROBLEMS.map((c) => [c, []]));
  for (const p of problems) {
    for (const c of PROBLEMS) problemCols[c].push(p[c]);
  }
  tables.problems = aq.table(problemCols);
  for (const stage of CORPUS_STAGES) {
    Object.assign(tables, stage.run(tables, resources));
  }
  return tables as CorpusTables;
}
