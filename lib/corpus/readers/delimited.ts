/**
 * CSV and TSV exports (Media Cloud, GDELT, spreadsheets): one row per
 * article, a header naming the columns (see `columns.ts`).
 *
 * @module
 */
import { parseDelimited } from "../../io/csv_parse.ts";
import { checkColumns, recordToInput } from "./columns.ts";
import { decodeExport } from "./decode.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

/** Read a CSV (`delimiter` ",") or TSV ("\t") export. */
export function readDelimited(
  bytes: Uint8Array,
  context: ReaderContext,
  delimiter = ",",
): SourcedInput[] {
  const text = decodeExport(
    bytes,
    context,
    "a header line and one row per article",
  );
  if (text === null) return [];
  let records;
  try {
    records = parseDelimited(text, {
      delimiter,
      file: context.path,
      comments: false,
    });
  } catch (e) {
    const m = /:(\d+):/.exec((e as Error).message);
    context.problems.push({
      file: context.path,
      line: m ? Number(m[1]) : null,
      severity: "error",
      message: `${(e as Error).message}; no article of this file was read`,
    });
    return [];
  }
  const header = records[0].fields.map((h) => h.trim());
  const columns = checkColumns(header, context, records[0].line);
  if (!columns) return [];
  if (records.length === 1) {
    context.problems.push({
      file: context.path,
      line: null,
      severity: "error",
      message: "the file has a header but no rows; add one row per article",
    });
  }
  const out: SourcedInput[] = [];
  for (let i = 1; i < records.length; i++) {
    const { line, fields } = records[i];
    const position = `row ${i}`;
    if (fields.length !== header.length) {
      context.problems.push({
        file: context.path,
        line,
        severity: "error",
        message:
          `${position}: expected ${header.length} columns as in the header, found ${fields.length}; quote fields that contain the delimiter (the row was skipped)`,
      });
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, k) => (record[h] = fields[k]));
    const input = recordToInput(record, columns, context, {
      index: i - 1,
      line,
      position,
    });
    if (input) out.push(input);
  }
  return out;
}
