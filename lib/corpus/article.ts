/**
 * An article ready for analysis: its normalised text, manifest metadata and
 * layout (body regions versus boilerplate).
 *
 * @module
 */
import {
  type ArticleLayout,
  type BoilerplateRule,
  layoutArticle,
} from "./boilerplate.ts";

/** Article metadata, as in the manifest. */
export interface ArticleMeta {
  id: string;
  file: string;
  /** Where in `file` (`row 3`, `article 2`); "" for one-article files. */
  position: string;
  title: string;
  outlet: string;
  date: string;
  date_precision: string;
  date_note: string;
  language: string;
  conflict: string[];
  extra: Record<string, string>;
}

/** One article: metadata, normalised text and layout. */
export interface Article extends ArticleMeta {
  /** The article text (BOM removed, LF line endings). Offsets refer to it. */
  text: string;
  layout: ArticleLayout;
}

/** An article given in memory: `{ id, text, ...metadata }`. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  date?: string;
  date_precision?: string;
  date_note?: string;
  language?: string;
  /** Conflict ids, as an array or `;`-separated. */
  conflict?: string[] | string;
  [key: string]: unknown;
}

/** Build an {@linkcode Article} from metadata and decoded text. */
export function makeArticle(
  meta: ArticleMeta,
  text: string,
  rules?: BoilerplateRule[],
): Article {
  return { ...meta, text, layout: layoutArticle(text, rules) };
}

const STANDARD = new Set([
  "id",
  "text",
  "file",
  "position",
  "line",
  "path",
  "notes",
  "title",
  "outlet",
  "date",
  "date_precision",
  "date_note",
  "language",
  "conflict",
]);

/** Metadata of an in-memory input, with defaults filled in. */
export function metaFromInput(input: ArticleInput): ArticleMeta {
  const conflict = Array.isArray(input.conflict)
    ? input.conflict
    : (input.conflict ?? "").split(";").map((c) => c.trim()).filter(Boolean);
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    if (!STANDARD.has(k) && v !== undefined && v !== null) extra[k] = String(v);
  }
  return {
    id: String(input.id),
    file: typeof input.file === "string" ? input.file : "",
    position: typeof input.position === "string" ? input.position : "",
    title: input.title ?? "",
    outlet: input.outlet ?? "unknown",
    date: input.date ?? "",
    date_precision: input.date_precision ?? "",
    date_note: input.date_note ?? "",
    language: input.language ?? "de",
    conflict,
    extra,
  };
}
