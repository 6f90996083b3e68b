/**
 * Parquet exports: one row per article, columns mapped like CSV columns
 * (see `columns.ts`), read with hyparquet.
 *
 * @module
 */
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { checkColumns, recordToInput } from "./columns.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

/** Read a Parquet file of articles. */
export async function readParquet(
  bytes: Uint8Array,
  context: ReaderContext,
): Promise<SourcedInput[]> {
  const err = (message: string) =>
    context.problems.push({
      file: context.path,
      line: null,
      severity: "error",
      message,
    });
  if (bytes.length === 0) {
    err(
      "the file is empty; it should be a Parquet file with one row per article",
    );
    return [];
  }
  // A copy: hyparquet wants an ArrayBuffer of exactly the file's bytes.
  const file = bytes.slice().buffer;
  let rows: Record<string, unknown>[];
  let header: string[];
  try {
    const metadata = parquetMetadata(file);
    header = metadata.schema.slice(1).map((s) => s.name);
    rows = await parquetReadObjects({ file, metadata });
  } catch (e) {
    err(
      `the file is not a readable Parquet file (${
        (e as Error).message
      }); export it again, or save the table as CSV`,
    );
    return [];
  }
  const columns = checkColumns(header, context, null);
  if (!columns) return [];
  if (rows.length === 0) {
    err("the Parquet file has no rows; add one row per article");
  }
  const out: SourcedInput[] = [];
  rows.forEach((row, index) => {
    const input = recordToInput(row, columns, context, {
      index,
      line: null,
      position: `row ${index + 1}`,
    });
    if (input) out.push(input);
  });
  return out;
}
