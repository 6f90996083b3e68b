/**
 * The corpus analysis entry point: a folder or an array of articles in,
 * Arquero tables out.
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import type { ArticleInput } from "../corpus/article.ts";
import type { CorpusProblem } from "../corpus/problems.ts";
import { analyzeBatches } from "./analyze_batches.ts";
import { problemTable } from "./merge.ts";
import type { AnalyzeOptions } from "./options.ts";
import { loadResources, type Resources } from "./resources.ts";
import type { TableSpill } from "./table_spill.ts";
import { CORPUS_STAGES } from "./stages/mod.ts";
import { runCorpusStages } from "./stages/run.ts";
import type { CorpusStage } from "./stages/types.ts";

export type { AnalyzeOptions } from "./options.ts";

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

/**
 * Analyse a corpus: a folder path (with `manifest.csv`, or of export
 * files), an export file (CSV, TSV, JSON Lines, JSON, Parquet, Nexis Uni
 * .docx, Factiva, a saved web page; `options.format`, `options.columns`),
 * or an array of `{ id, text, ...metadata }` objects.
 *
 * @example Analyse two articles held in memory
 * ```ts
 * import assert from "node:assert/strict";
 * import { analyzeCorpus } from "../mod.ts";
 * const t = await analyzeCorpus([
 *   { id: "a1", text: "Die NATO verstärkt ihre Mission. Bagdad protestiert." },
 *   { id: "a2", text: "Kairo.\n\nIn Aleppo wird gekämpft." },
 * ]);
 * assert.equal(t.sentences.numRows(), 3);
 * assert.equal(t.metadata.get("kind", 0), "dateline");
 * ```
 *
 * @throws {CorpusError} when nothing can be analysed, or in strict mode on
 * the first error.
 */
export async function analyzeCorpus(
  input: string | ArticleInput[],
  options: AnalyzeOptions = {},
): Promise<CorpusTables> {
  const problems: CorpusProblem[] = [];
  let tables: Record<string, Table> = {};
  for await (
    const batch of analyzeBatches(input, problems, {
      ...options,
      batchSize: Infinity,
    })
  ) tables = batch.tables;
  return finishCorpus(
    tables,
    problems,
    loadResources(options),
    options.corpusStages,
  );
}

/**
 * {@linkcode finishCorpus} for tables spilled to disk: only the tables the
 * corpus stages read are loaded (and dropped once the stages ran); the
 * result reads every other article-level table back from the spill when
 * it is used (see table_spill.ts).
 */
export function finishSpilled(
  spill: TableSpill,
  problems: CorpusProblem[],
  resources: Resources,
  stages: readonly CorpusStage[] = CORPUS_STAGES,
): CorpusTables {
  const reads = new Set(stages.flatMap((s) => s.reads));
  const spilled = spill.names();
  const input: Record<string, Table> = {};
  for (const name of spilled) {
    if (reads.has(name)) input[name] = spill.load(name);
  }
  const finished = finishCorpus(input, problems, resources, stages);
  const out = spill.tables();
  for (const [name, table] of Object.entries(finished)) {
    if (!spilled.includes(name)) out[name] = table;
  }
  return out as CorpusTables;
}

/**
 * The merged per-article tables with the problems table and the tables of
 * the corpus stages (aggregates over all articles) added; `tables` is not
 * changed.
 *
 * @throws {Error} when a corpus stage reads a table that is not there.
 */
export function finishCorpus(
  tables: Readonly<Record<string, Table>>,
  problems: CorpusProblem[],
  resources: Resources,
  stages: readonly CorpusStage[] = CORPUS_STAGES,
): CorpusTables {
  const input = { ...tables, problems: problemTable(problems) };
  return runCorpusStages(input, stages, resources) as CorpusTables;
}
