/**
 * What every corpus reader returns: article inputs that remember where they
 * came from (file and, in files holding many articles, their position).
 *
 * @module
 */
import type { ArticleInput } from "../article.ts";
import type { CorpusProblem } from "../problems.ts";

/** An article read from a file, with its provenance. */
export interface SourcedInput extends ArticleInput {
  /** The file, relative to the corpus root (the folder, or a file's folder). */
  file: string;
  /** Where in the file: `row 3`, `line 12`, `article 2`; "" for one-article files. */
  position: string;
  /** 1-based line the article starts on, where the format has lines. */
  line?: number;
  /** The file as the user gave it, for problems (set by `readInput`). */
  path?: string;
  /** Notes from reading this article (set by `readInput`). */
  notes?: string[];
}

/** Mapping from article fields to the column names of a table-like file. */
export type ColumnMap = Partial<Record<ArticleField, string>>;

/** The article fields a table-like file can fill. */
export const ARTICLE_FIELDS = [
  "id",
  "text",
  "title",
  "date",
  "outlet",
  "url",
  "language",
  "conflict",
] as const;

/** One of {@linkcode ARTICLE_FIELDS}. */
export type ArticleField = typeof ARTICLE_FIELDS[number];

/** What a reader is given besides the bytes. */
export interface ReaderContext {
  /** The file as the user gave it (for problems). */
  path: string;
  /** The file relative to the corpus root (for the articles table). */
  file: string;
  /** Problems are pushed here; a reader never throws on bad input. */
  problems: CorpusProblem[];
  /** Column names chosen by the user (`--columns`). */
  columns: ColumnMap;
}

/** A reader: the bytes of one file in, its articles out. */
export type Reader = (
  bytes: Uint8Array,
  context: ReaderContext,
) => SourcedInput[] | Promise<SourcedInput[]>;
