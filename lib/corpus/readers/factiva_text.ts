/**
 * Factiva's plain-text export: articles separated by their `Document <id>`
 * lines; fields introduced by their codes at the start of a line (`HD`,
 * `PD`, `SN`, `LP`, `TD`, …; see `factiva.ts`), a field running to the next
 * code.
 *
 * @module
 */
import { idStem } from "./columns.ts";
import { decodeExport } from "./decode.ts";
import {
  FACTIVA_CODES,
  factivaArticle,
  type FactivaFields,
} from "./factiva.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

const DOCUMENT = /^\s*(?:AN\s+)?Document\s+([A-Za-z0-9]\S*)\s*$/;
const FIELD = new RegExp(`^(${FACTIVA_CODES.join("|")})(?:\\s+(.*)|\\s*)$`);

/** Whether a text looks like a Factiva text export. */
export function isFactivaText(text: string): boolean {
  return text.split("\n").some((l) => DOCUMENT.test(l)) &&
    /^(HD|LP|TD)\b/m.test(text);
}

/** Read a Factiva plain-text export. */
export function readFactivaText(
  bytes: Uint8Array,
  context: ReaderContext,
): SourcedInput[] {
  const text = decodeExport(
    bytes,
    context,
    'Factiva articles, each ending with its "Document <id>" line',
  );
  if (text === null) return [];
  const lines = text.split("\n");
  const out: SourcedInput[] = [];
  const stem = idStem(context.file);
  let fields: FactivaFields = {};
  let code: string | null = null;
  let start: number | null = null;
  let index = 0;
  let paragraph: string[] = [];
  const flush = () => {
    if (code && paragraph.length) {
      (fields[code] ??= []).push(paragraph.join(" "));
    }
    paragraph = [];
  };
  const finish = (id: string | null) => {
    flush();
    const hasContent = Object.keys(fields).length > 0;
    if (hasContent || id) {
      if (id) fields.AN = [id];
      const input = factivaArticle(fields, context, {
        index,
        position: `article ${index + 1}`,
        line: start,
      }, stem);
      if (input) out.push(input);
      index++;
    }
    fields = {};
    code = null;
    start = null;
  };
  lines.forEach((raw, i) => {
    const doc = DOCUMENT.exec(raw);
    if (doc) {
      finish(doc[1]);
      return;
    }
    const f = FIELD.exec(raw.trimEnd());
    if (f) {
      start ??= i + 1;
      flush();
      code = f[1];
      fields[code] ??= [];
      if (f[2]?.trim()) paragraph.push(f[2].trim());
      return;
    }
    if (raw.trim() === "") flush();
    else if (code) paragraph.push(raw.trim());
  });
  flush();
  if (Object.keys(fields).length > 0) {
    context.problems.push({
      file: context.path,
      line: start,
      severity: "note",
      message: `article ${
        index + 1
      } has no closing "Document <id>" line; it was read up to the end of the file`,
    });
    finish(null);
  }
  if (index === 0) {
    context.problems.push({
      file: context.path,
      line: null,
      severity: "error",
      message:
        'no Factiva article found: expected field codes (HD, PD, SN, LP, TD) at the start of lines and a "Document <id>" line after each article; export from Factiva with field codes',
    });
  }
  return out;
}
