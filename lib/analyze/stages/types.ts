/**
 * What a stage is: the types every stage and the runner share. A leaf
 * module (it imports only types), so that stages depend on it and not on
 * the runner or on one another.
 *
 * A stage declares what it `reads` (tables, or the typed per-sentence
 * results of {@linkcode ArticleAnalysis}, by name) and what it `adds` (table
 * name → column schema). It returns the rows it adds; it never changes the
 * analysis it is given. The runner (run_stages.ts) orders the stages from
 * these declarations and rejects a stage whose input no earlier stage adds.
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import type { ActorMatch } from "../../actors/find_actors.ts";
import type { FoundName } from "../../actors/find_names.ts";
import type { Article } from "../../corpus/article.ts";
import type { Token } from "../../text/tokens.ts";
import type { Resources } from "../resources.ts";
import type { Columns } from "../table_builder.ts";

/** One sentence of an analysed article; offsets are into the article text. */
export interface Sentence {
  id: string;
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/**
 * Typed per-sentence results a stage may hand to later ones besides its
 * rows, keyed like the table the same stage adds. Index `i` holds those of
 * sentence `i`.
 */
export interface ArticleFields {
  /** Gazetteer actor mentions (the `mentions` stage). */
  mentions: ActorMatch[][];
  /** Proper names the gazetteer does not know (the `names` stage). */
  names: FoundName[][];
}

/** An article with its sentences and what the stages so far added. */
export interface ArticleAnalysis extends Partial<ArticleFields> {
  article: Article;
  sentences: Sentence[];
  /** Rows of every table so far, by table name (read-only for stages). */
  tables: Readonly<Record<string, Columns>>;
}

/** Table name → its columns, in order (see schemas.ts). */
export type Adds = Readonly<Record<string, readonly string[]>>;

/** What an article stage returns: its rows, and typed results for later stages. */
export interface ArticleStageOutput extends Partial<ArticleFields> {
  /** Rows per table; every table of `adds` (a missing one is empty). */
  rows: Record<string, Columns>;
}

/** A per-article stage. */
export interface ArticleStage {
  name: string;
  /** Tables and fields it needs ("sentences", "mentions", …). */
  reads: readonly string[];
  /** Tables it adds, with their columns. */
  adds: Adds;
  run(analysis: ArticleAnalysis, resources: Resources): ArticleStageOutput;
}

/** A corpus stage: derives new tables from the merged ones. */
export interface CorpusStage {
  name: string;
  /** Tables it needs. */
  reads: readonly string[];
  /** Tables it adds, with their columns. */
  adds: Adds;
  run(
    tables: Readonly<Record<string, Table>>,
    resources: Resources,
  ): Record<string, Table>;
}
