/**
 * A `.txt` file without a manifest row: one article, its id from the file
 * name, outlet `unknown`, no date.
 *
 * @module
 */
import { decodeText } from "../decode_text.ts";
import { idStem } from "./columns.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

/** Read one plain-text article. */
export function readPlainText(
  bytes: Uint8Array,
  context: ReaderContext,
): SourcedInput[] {
  const decoded = decodeText(bytes, context.path);
  context.problems.push(...decoded.problems);
  if (decoded.text === null) return [];
  return [{
    id: idStem(context.file),
    text: decoded.text,
    file: context.file,
    position: "",
    outlet: "unknown",
    date: "",
  }];
}
