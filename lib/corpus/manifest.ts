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
import { type CsvRecord, parseDelimited } from "../io/csv_parse.ts";
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
/** A BCP 47 language tag of the common kind: `de`, `de-AT`, `deu`. */
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;

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
  if (file === "manifest.csv") {
    return {
      error:
        `the file "${name}" is the manifest itself, not an article; give the article's own file`,
    };
  }
  return { file };
}

/**
 * The records of the manifest text. A stray `"` opens a quoted field that
 * swallows the lines after it (to the next `"`, or to the end); that row
 * alone is reported and skipped, and reading goes on at the next line, so
 * one bad row does not reject the whole manifest. `broken` holds the raw
 * lines of the skipped rows.
 */
function parseRecords(
  text: string,
  file: string,
  err: (line: number | null, message: string) => void,
): { records: CsvRecord[]; broken: string[] } {
  const starts = [0, 0]; // starts[l]: offset of line l (1-based)
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    starts.push(i + 1);
  }
  const records: CsvRecord[] = [];
  const broken: string[] = [];
  const skip = (line: number, message: string) => {
    err(
      line,
      `${message}; the row was skipped. Close the quote, or double a '"' inside a quoted field ("")`,
    );
    const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
    broken.push(text.slice(starts[line], end));
    return line + 1;
  };
  let from = 1; // the line to read from
  let width = -1; // the header's number of columns
  reading: while (from < starts.length) {
    const parse = (upTo: number) =>
      parseDelimited(text.slice(starts[from], upTo), { file }).map((r) => ({
        line: r.line + from - 1,
        fields: r.fields,
      }));
    let parsed: CsvRecord[];
    let unclosed = 0;
    try {
      parsed = parse(text.length);
    } catch (e) {
      const m = /:(\d+):/.exec((e as Error).message);
      if (!(e instanceof SyntaxError) || !m) throw e;
      // Everything before the bad line parses: the error is only found at
      // the end of the text, where the quote should have closed.
      unclosed = Number(m[1]) + from - 1;
      parsed = parse(starts[unclosed]);
    }
    for (const r of parsed) {
      const multiLine = r.fields.some((f) => f.includes("\n"));
      if (width >= 0 && r.fields.length !== width && multiLine) {
        from = skip(
          r.line,
          `a quoted field opens in this row and runs over the lines after it, leaving ${r.fields.length} columns instead of ${width}`,
        );
        continue reading;
      }
      if (width < 0) width = r.fields.length;
      records.push(r);
    }
    if (!unclosed) break;
    from = skip(
      unclosed,
      "a quoted field opens in this row and is never closed",
    );
  }
  return { records, broken };
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
  const { records, broken } = parseRecords(
    text.replace(/^\uFEFF/, ""),
    file,
    err,
  );
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
  if (problems.some((p) => p.line === records[0].line)) {
    return { rows: [], problems, files };
  }
  // The file named before the unclosed quote of a skipped row, so that its
  // article is not also reported as having no row.
  const fileColumn = header.indexOf("file");
  for (const raw of broken) {
    const before = raw.slice(0, raw.indexOf('"')).split(",");
    if (fileColumn < before.length - 1) {
      const checked = checkFileName(before[fileColumn].trim());
      if ("file" in checked) files.add(checked.file);
    }
  }
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
    const language = get("language");
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
    if (language !== "" && !LANGUAGE.test(language)) {
      err(
        line,
        `language "${language}" of article "${id}" is not a language code; write an ISO 639 code such as de (or de-AT), or leave it empty for de`,
      );
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
      language: language || "de",
      conflict,
      extra,
    });
  }
  return { rows, problems, files };
}
