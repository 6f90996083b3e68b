/**
 * The corpus manifest: `corpus/manifest.csv`, one row per article.
 *
 * Columns: id, file, title, outlet, date, date_precision, date_note,
 * language, conflict (ids from the conflicts data file, `;`-separated).
 * Further columns are kept as extra metadata.
 *
 * @module
 */
import { posix } from "node:path";
import { parseDelimited } from "../io/csv_parse.ts";
import type { CorpusProblem } from "./problems.ts";
import { checkDate, isPrecision } from "./dates.ts";

/** One manifest row, validated. */
export interface ManifestRow {
  /** 1-based line in the manifest, for error messages. */
  line: number;
  id: string;
  file: string;
  title: string;
  outlet: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, a range `FROM..TO`, or "". */
  date: string;
  /** `day`, `month`, `year`, `range`, or "" when the date is unknown. */
  date_precision: string;
  date_note: string;
  language: string;
  /** Conflict ids, in manifest order. */
  conflict: string[];
  /** Columns beyond the standard ones. */
  extra: Record<string, string>;
}

/** The standard manifest columns, in order. */
export const MANIFEST_COLUMNS = [
  "id",
  "file",
  "title",
  "outlet",
  "date",
  "date_precision",
  "date_note",
  "language",
  "conflict",
] as const;

const REQUIRED = ["id", "file"];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.\-]*$/;

export { checkDate } from "./dates.ts";

/** The result of {@linkcode parseManifest}. */
export interface ParsedManifest {
  /** Valid rows, in manifest order. */
  rows: ManifestRow[];
  problems: CorpusProblem[];
  /**
   * Every file name the manifest mentions, rejected rows included, so that a
   * file whose row has an error is not also reported as having no row.
   */
  files: Set<string>;
}

/**
 * The file column in canonical form ("./a.txt" → "a.txt"), or an error text
 * when it does not name a file inside the corpus folder.
 */
export function checkFileName(name: string): { file: string } | {
  error: string;
} {
  if (name === "") {
    return {
      error: "the file column is empty; give the article's file name",
    };
  }
  const file = posix.normalize(name.replaceAll("\\", "/"));
  if (posix.isAbsolute(file) || file === ".." || file.startsWith("../")) {
    return {
      error:
        `the file "${name}" lies outside the corpus folder; copy the article into the corpus folder and give its name relative to it`,
    };
  }
  return { file };
}

/**
 * Parse and validate manifest text. Rows with errors are dropped and
 * reported; the others are returned.
 */
export function parseManifest(
  text: string,
  file: string,
  knownConflicts?: ReadonlySet<string>,
): ParsedManifest {
  const problems: CorpusProblem[] = [];
  const files = new Set<string>();
  const err = (line: number | null, message: string) =>
    problems.push({ file, line, severity: "error", message });
  let records;
  try {
    records = parseDelimited(text.replace(/^\uFEFF/, ""), { file });
  } catch (e) {
    const m = /:(\d+):/.exec((e as Error).message);
    err(m ? Number(m[1]) : null, (e as Error).message);
    return { rows: [], problems, files };
  }
  if (records.length === 0) {
    err(
      null,
      `the manifest is empty; add a header line: ${MANIFEST_COLUMNS.join(",")}`,
    );
    return { rows: [], problems, files };
  }
  const header = records[0].fields.map((h) => h.trim());
  for (const col of REQUIRED) {
    if (!header.includes(col)) {
      err(
        records[0].line,
        `the header has no "${col}" column; the header must name at least ${
          REQUIRED.join(", ")
        } (all columns: ${MANIFEST_COLUMNS.join(",")})`,
      );
    }
  }
  if (problems.length) return { rows: [], problems, files };
  const rows: ManifestRow[] = [];
  const seen = new Map<string, number>();
  const fileLines = new Map<string, [number, string]>();
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== header.length) {
      err(
        line,
        `expected ${header.length} columns as in the header, found ${fields.length}; quote fields that contain commas`,
      );
      continue;
    }
    const get = (c: string) => {
      const i = header.indexOf(c);
      return i < 0 ? "" : fields[i].trim();
    };
    const checkedFile = checkFileName(get("file"));
    if ("file" in checkedFile) files.add(checkedFile.file);
    const id = get("id");
    if (!ID.test(id)) {
      err(
        line,
        `id "${id}" is not valid; use letters, digits, "_", "-" and "."`,
      );
      continue;
    }
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      err(
        line,
        `duplicate id "${id}" (first used at line ${firstLine}); give every article its own id`,
      );
      continue;
    }
    seen.set(id, line);
    if ("error" in checkedFile) {
      err(line, `${checkedFile.error} (article "${id}")`);
      continue;
    }
    const fileUser = fileLines.get(checkedFile.file);
    if (fileUser) {
      err(
        line,
        `the file "${checkedFile.file}" of article "${id}" is already the file of article "${
          fileUser[1]
        }" (line ${fileUser[0]}); each article needs its own file`,
      );
      continue;
    }
    fileLines.set(checkedFile.file, [line, id]);
    const date = get("date");
    let precision = get("date_precision");
    if (date !== "") {
      const checked = checkDate(date);
      if (!isPrecision(checked)) {
        err(
          line,
          `malformed date "${date}" for article "${id}": ${checked}; write YYYY-MM-DD, YYYY-MM, YYYY or a range FROM..TO, or leave it empty`,
        );
        continue;
      }
      if (precision === "") precision = checked;
      else if (precision !== checked) {
        err(
          line,
          `date_precision "${precision}" does not fit date "${date}" (which has ${checked} precision); fix one of them`,
        );
        continue;
      }
    } else if (precision !== "") {
      err(line, `date_precision "${precision}" is given but the date is empty`);
      continue;
    }
    const conflict = get("conflict").split(";").map((c) => c.trim()).filter(
      Boolean,
    );
    const unknown = knownConflicts
      ? conflict.filter((c) => !knownConflicts.has(c))
      : [];
    if (unknown.length) {
      err(
        line,
        `unknown conflict id(s) ${
          unknown.map((c) => `"${c}"`).join(", ")
        }; use ids from the conflicts file (${
          [...knownConflicts!].join(", ")
        }) or add the conflict there`,
      );
      continue;
    }
    const extra: Record<string, string> = {};
    header.forEach((h, i) => {
      if (!(MANIFEST_COLUMNS as readonly string[]).includes(h)) {
        extra[h] = fields[i];
      }
    });
    rows.push({
      line,
      id,
      file: checkedFile.file,
      title: get("title"),
      outlet: get("outlet") || "unknown",
      date,
      date_precision: precision,
      date_note: get("date_note"),
      language: get("language") || "de",
      conflict,
      extra,
    });
  }
  return { rows, problems, files };
}
