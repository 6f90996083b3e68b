/**
 * Strict reading of labelled JSON Lines files (one JSON object per line),
 * the format of the training data of `deno task train`.
 *
 * @module
 */
import { readTextFile } from "../io/data_file.ts";

/** A field's expected type. */
export type FieldType = "string" | "number";

/**
 * Parse JSON Lines text: one object per non-blank line, with each of
 * `fields` of the given type; `labels`, when given, lists the allowed values
 * of the field `label`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLabelledJsonl } from "./jsonl.ts";
 * const rows = parseLabelledJsonl('{"text": "Gut.", "label": "positive"}\n', "x.jsonl",
 *   { text: "string", label: "string" }, ["negative", "neutral", "positive"]);
 * assert.equal(rows[0].text, "Gut.");
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a line that is not a
 * JSON object, lacks a field, has a field of the wrong type or a label not
 * in `labels`.
 */
export function parseLabelledJsonl(
  text: string,
  file: string,
  fields: Record<string, FieldType>,
  labels?: readonly string[],
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const fail = (what: string): never => {
      throw new SyntaxError(
        `${file}:${i + 1}: ${what}; each line must be a JSON object with ${
          Object.entries(fields).map(([k, t]) => `"${k}" (${t})`).join(", ")
        }${labels ? `, label one of ${labels.join(", ")}` : ""}`,
      );
    };
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      fail(`not JSON (${(e as Error).message})`);
    }
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      fail("not a JSON object");
    }
    const r = row as Record<string, unknown>;
    for (const [k, t] of Object.entries(fields)) {
      const type: string = typeof r[k];
      if (type !== t) fail(`"${k}" is missing or not a ${t}`);
    }
    if (labels && !labels.includes(String(r.label))) {
      fail(`label "${r.label}" is not one of ${labels.join(", ")}`);
    }
    out.push(r);
  });
  if (out.length === 0) {
    throw new SyntaxError(`${file}: no labelled lines; nothing to train on`);
  }
  return out;
}

/** Read and parse a labelled JSON Lines file ({@linkcode parseLabelledJsonl}). */
export function readLabelledJsonl(
  path: string,
  fields: Record<string, FieldType>,
  labels?: readonly string[],
): Record<string, unknown>[] {
  return parseLabelledJsonl(readTextFile(path), path, fields, labels);
}
