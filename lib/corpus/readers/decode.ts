/**
 * The text of a text-based export (CSV, JSON, HTML, Factiva text), decoded
 * as UTF-8 with the checks of `decodeText`, or null after an error.
 *
 * @module
 */
import { decodeText } from "../decode_text.ts";
import type { ReaderContext } from "./types.ts";

/**
 * Decode `bytes`; an empty or whitespace-only file is an error that names
 * what the file should hold.
 */
export function decodeExport(
  bytes: Uint8Array,
  context: ReaderContext,
  expected: string,
): string | null {
  const decoded = decodeText(bytes, context.path, { allowEmpty: true });
  context.problems.push(...decoded.problems);
  if (decoded.text === null) return null;
  if (decoded.text.trim() === "") {
    context.problems.push({
      file: context.path,
      line: null,
      severity: "error",
      message: `the file is empty; it should hold ${expected}`,
    });
    return null;
  }
  return decoded.text;
}
