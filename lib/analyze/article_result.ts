/**
 * The rows one article contributes to every table, as plain data that can
 * cross a worker boundary (structured clone) and be merged in article order.
 *
 * @module
 */
import type { Article } from "../corpus/article.ts";
import { analyzeArticle } from "./analyze_article.ts";
import type { Resources } from "./resources.ts";
import { ARTICLES } from "./schemas.ts";
import type { ArticleStage } from "./stages/types.ts";
import type { Columns } from "./table_builder.ts";

/** One table's rows from one article. */
export interface TablePart {
  names: readonly string[];
  columns: Columns;
}

/** Everything one article contributes, keyed by table name. */
export interface ArticleResult {
  article_id: string;
  tables: Record<string, TablePart>;
  /**
   * Set when the analysis of this article threw: the reason. Its tables are
   * then empty; the corpus analysis reports it and goes on with the rest.
   */
  error?: string;
  /** The article's file ("" for in-memory input), for the report. */
  file?: string;
}

/**
 * {@linkcode analyzeToResult}, but a throwing article becomes a result with
 * `error` set instead of ending the whole run: one hostile article must not
 * cost the analysis of a corpus.
 */
export function analyzeToResultSafely(
  article: Article,
  resources: Resources,
  notes: string[] = [],
  stages?: readonly ArticleStage[],
): ArticleResult {
  try {
    return analyzeToResult(article, resources, notes, stages);
  } catch (e) {
    return failedResult(article, e);
  }
}

/** The result of an article whose analysis threw `e`. */
export function failedResult(
  article: { id: string; file: string },
  e: unknown,
): ArticleResult {
  return {
    article_id: article.id,
    tables: {},
    file: article.file,
    error: e instanceof Error ? e.message : String(e),
  };
}

function articleRow(
  a: Article,
  tables: Readonly<Record<string, Columns>>,
  notes: string[],
) {
  const cols = tables.sentences;
  const n = cols.sentence_id.length;
  let tokens = 0, words = 0;
  for (let i = 0; i < n; i++) {
    tokens += cols.n_tokens[i] as number;
    words += cols.n_words[i] as number;
  }
  return {
    article_id: a.id,
    file: a.file,
    position: a.position,
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
    dateline: a.layout.metadata.find((m) => m.kind === "dateline")?.text ??
      "",
    notes: notes.join("; "),
  };
}

/**
 * Analyse one article into an {@linkcode ArticleResult}; `notes` are the
 * normalisation notes reading the file produced (BOM, CRLF).
 */
export function analyzeToResult(
  article: Article,
  resources: Resources,
  notes: string[] = [],
  stages?: readonly ArticleStage[],
): ArticleResult {
  const analysis = analyzeArticle(article, resources, { stages });
  const row = articleRow(article, analysis.tables, notes);
  const tables: Record<string, TablePart> = {
    articles: {
      names: ARTICLES,
      columns: Object.fromEntries(ARTICLES.map((c) => [c, [row[c]]])),
    },
  };
  for (const [name, columns] of Object.entries(analysis.tables)) {
    tables[name] = { names: Object.keys(columns), columns };
  }
  return { article_id: article.id, tables };
}
