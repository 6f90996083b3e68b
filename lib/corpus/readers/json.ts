/**
 * JSON Lines (`.jsonl`, `.ndjson`: one object per line) and JSON (`.json`:
 * an array of objects, or an object holding one such array, as scrapers
 * and APIs write them), mapped to articles like CSV columns.
 *
 * @module
 */
import { checkColumns, recordToInput, resolveColumns } from "./columns.ts";
import { decodeExport } from "./decode.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function toInputs(
  items: { value: unknown; line: number | null; position: string }[],
  context: ReaderContext,
): SourcedInput[] {
  const out: SourcedInput[] = [];
  const keys = new Set<string>();
  for (const it of items) {
    if (isRecord(it.value)) {
      for (const k of Object.keys(it.value)) keys.add(k);
    }
  }
  // Checked on all keys; resolved per object, as objects may differ.
  if (!checkColumns([...keys], context, null)) return [];
  items.forEach((it, index) => {
    if (!isRecord(it.value)) {
      context.problems.push({
        file: context.path,
        line: it.line,
        severity: "error",
        message:
          `${it.position}: expected an object with the article's fields, found ${
            Array.isArray(it.value) ? "an array" : typeof it.value
          } (skipped)`,
      });
      return;
    }
    const columns = resolveColumns(Object.keys(it.value), context.columns);
    const input = recordToInput(it.value, columns, context, {
      index,
      line: it.line,
      position: it.position,
    });
    if (input) out.push(input);
  });
  return out;
}

/** Read a JSON Lines export: one article object per line. */
export function readJsonLines(
  bytes: Uint8Array,
  context: ReaderContext,
): SourcedInput[] {
  const text = decodeExport(bytes, context, "one JSON object per line");
  if (text === null) return [];
  const items: { value: unknown; line: number; position: string }[] = [];
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      items.push({
        value: JSON.parse(raw),
        line: i + 1,
        position: `line ${i + 1}`,
      });
    } catch (e) {
      context.problems.push({
        file: context.path,
        line: i + 1,
        severity: "error",
        message: `line ${i + 1} is not valid JSON (${
          (e as Error).message
        }); each line must be one complete object (skipped)`,
      });
    }
  });
  return toInputs(items, context);
}

/** Read a JSON export: an array of article objects (or `{ "…": [ … ] }`). */
export function readJson(
  bytes: Uint8Array,
  context: ReaderContext,
): SourcedInput[] {
  const text = decodeExport(bytes, context, "an array of article objects");
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message.replace(/\s+/g, " ").slice(0, 160);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split("\n").length : null;
    context.problems.push({
      file: context.path,
      line,
      severity: "error",
      message:
        `the file is not valid JSON (${msg}); no article of this file was read (one object per line? name it .jsonl)`,
    });
    return [];
  }
  let list: unknown[] | undefined;
  if (Array.isArray(value)) list = value;
  else if (isRecord(value)) {
    const arrays = Object.entries(value).filter(([, v]) => Array.isArray(v));
    if (arrays.length === 1) list = arrays[0][1] as unknown[];
    else if (!arrays.length) list = [value];
  }
  if (!list) {
    context.problems.push({
      file: context.path,
      line: null,
      severity: "error",
      message:
        "expected an array of article objects, or an object holding one array of them; found several arrays (write one array at the top level)",
    });
    return [];
  }
  return toInputs(
    list.map((v, i) => ({ value: v, line: null, position: `item ${i + 1}` })),
    context,
  );
}
