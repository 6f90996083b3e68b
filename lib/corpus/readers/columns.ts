/**
 * Table-like exports (CSV, TSV, JSON, Parquet): which column holds which
 * article field. The user's `--columns text=body,date=published_at` wins;
 * otherwise common names are recognised (Media Cloud's `stories_id`,
 * `title`, `publish_date`, `url`, `media_name`, `language`; `text`, `body`,
 * `content`, …).
 *
 * @module
 */
import { posix } from "node:path";
import { checkDate, isPrecision } from "../dates.ts";
import type { CorpusProblem } from "../problems.ts";
import { parseLooseDate } from "./parse_date.ts";
import {
  ARTICLE_FIELDS,
  type ArticleField,
  type ColumnMap,
  type ReaderContext,
  type SourcedInput,
} from "./types.ts";

/** Column names recognised without a mapping, in order of preference. */
export const KNOWN_COLUMNS: Record<ArticleField, string[]> = {
  id: ["id", "stories_id", "story_id", "article_id", "guid", "doc_id"],
  text: [
    "text",
    "body",
    "content",
    "story_text",
    "full_text",
    "fulltext",
    "article_text",
    "maintext",
  ],
  title: ["title", "headline", "heading"],
  date: [
    "date",
    "publish_date",
    "published_at",
    "published",
    "pubdate",
    "publication_date",
    "date_publish",
  ],
  outlet: ["outlet", "media_name", "source", "publisher", "media", "site_name"],
  url: ["url", "link", "source_url"],
  language: ["language", "lang"],
  conflict: ["conflict"],
};

/**
 * Parse `--columns text=body,date=published_at`.
 *
 * @throws {TypeError} naming the part that is not `field=column` or an
 * unknown field.
 */
export function parseColumnMap(
  spec: string | ColumnMap | undefined,
): ColumnMap {
  if (spec === undefined) return {};
  if (typeof spec !== "string") return spec;
  const out: ColumnMap = {};
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    const field = part.slice(0, eq).trim() as ArticleField;
    if (eq < 1 || !(ARTICLE_FIELDS as readonly string[]).includes(field)) {
      throw new TypeError(
        `Cannot read --columns "${part}": write field=column with a field among ${
          ARTICLE_FIELDS.join(", ")
        }, e.g. --columns text=body,date=published_at`,
      );
    }
    out[field] = part.slice(eq + 1).trim();
  }
  return out;
}

/** Which header column each field comes from (undefined: none). */
export function resolveColumns(
  header: readonly string[],
  chosen: ColumnMap,
): Partial<Record<ArticleField, string>> {
  const lower = new Map(header.map((h) => [h.trim().toLowerCase(), h]));
  const out: Partial<Record<ArticleField, string>> = {};
  for (const field of ARTICLE_FIELDS) {
    const want = chosen[field];
    if (want !== undefined) {
      out[field] = header.includes(want) ? want : lower.get(want.toLowerCase());
      continue;
    }
    for (const name of KNOWN_COLUMNS[field]) {
      const h = lower.get(name);
      if (h !== undefined) {
        out[field] = h;
        break;
      }
    }
  }
  return out;
}

/**
 * Check that the columns the user named exist and that a text column was
 * found; returns the mapping, or null after pushing an error.
 */
export function checkColumns(
  header: readonly string[],
  context: ReaderContext,
  line: number | null,
): Partial<Record<ArticleField, string>> | null {
  const resolved = resolveColumns(header, context.columns);
  const err = (message: string) =>
    context.problems.push({
      file: context.path,
      line,
      severity: "error",
      message,
    });
  for (const [field, want] of Object.entries(context.columns)) {
    if (resolved[field as ArticleField] === undefined) {
      err(
        `--columns maps ${field} to "${want}", but there is no such column; the columns are ${
          header.join(", ")
        }`,
      );
      return null;
    }
  }
  if (resolved.text === undefined) {
    err(
      `no column holds the article text; name it with --columns text=<column> (the columns are ${
        header.join(", ")
      }; recognised without a mapping: ${KNOWN_COLUMNS.text.join(", ")})`,
    );
    return null;
  }
  return resolved;
}

/** File name without folders and extension, usable in article ids. */
export function idStem(file: string): string {
  const base = posix.basename(file.replaceAll("\\", "/")).replace(
    /\.[^.]+$/,
    "",
  );
  const stem = base.replace(/[^A-Za-z0-9_.\-]+/g, "_").replace(/^[_.\-]+/, "");
  return stem === "" ? "article" : stem;
}

/**
 * Turn an export's date field into the project's date, with a note when it
 * cannot be read (the article is kept, undated).
 */
export function readDateField(
  raw: string,
  where: { file: string; line: number | null; position: string },
  problems: CorpusProblem[],
): { date: string; date_note: string } {
  const value = raw.trim();
  if (value === "") return { date: "", date_note: "" };
  // Already the project's form, ranges (2015-06..2016-05) included.
  if (isPrecision(checkDate(value))) return { date: value, date_note: "" };
  const parsed = parseLooseDate(value);
  if (parsed) {
    return {
      date: parsed.date,
      date_note: parsed.date === value ? "" : `from "${value}"`,
    };
  }
  problems.push({
    file: where.file,
    line: where.line,
    severity: "note",
    message: `${where.position}: cannot read the date "${
      value.slice(0, 60)
    }"; the article is kept without a date (write YYYY-MM-DD)`,
  });
  return { date: "", date_note: `unreadable date "${value.slice(0, 60)}"` };
}

/**
 * One row of a table-like file as an article, or null (with an error)
 * when it has no text.
 */
export function recordToInput(
  record: Record<string, unknown>,
  columns: Partial<Record<ArticleField, string>>,
  context: ReaderContext,
  at: { index: number; line: number | null; position: string },
): SourcedInput | null {
  const get = (f: ArticleField): string => {
    const c = columns[f];
    const v = c === undefined ? undefined : record[c];
    if (v === undefined || v === null) return "";
    if (v instanceof Date) return v.toISOString();
    return typeof v === "object" ? JSON.stringify(v) : String(v);
  };
  const text = get("text");
  const where = `${at.position}`;
  if (text.trim() === "") {
    context.problems.push({
      file: context.path,
      line: at.line,
      severity: "error",
      message:
        `${where}: the text column "${columns.text}" is empty; the row was skipped`,
    });
    return null;
  }
  const { date, date_note } = readDateField(get("date"), {
    file: context.path,
    line: at.line,
    position: where,
  }, context.problems);
  const id = get("id").trim() ||
    `${idStem(context.file)}-${String(at.index + 1).padStart(4, "0")}`;
  const input: SourcedInput = {
    id,
    text,
    file: context.file,
    position: at.position,
    title: get("title").trim(),
    outlet: get("outlet").trim() || "unknown",
    date,
    date_note,
    language: get("language").trim() || "de",
    conflict: get("conflict"),
  };
  if (at.line !== null) input.line = at.line;
  const url = get("url").trim();
  if (url) input.url = url;
  return input;
}
