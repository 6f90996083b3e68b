/**
 * Sentences coded for frames, the training and test data of the frame
 * model: the development sets in `../shared/dev/frames/` (derStandard and
 * GerNTSA) or a user's own JSONL file. Every reader is strict: a malformed
 * line is an error naming the file and line.
 *
 * @module
 */
import { readTextFile } from "../io/data_file.ts";

/** One coded unit: a sentence, or a snippet of a few sentences. */
export interface CodedSentence {
  id: string;
  /** The set it comes from (for per-set figures). */
  set: string;
  /**
   * Items with the same group share a cross-validation fold (the sentences
   * of one article).
   */
  group: string;
  text: string;
  /** Frame ids of the codebook (`lib/data/frames.tsv`). */
  frames: string[];
}

/** Frame ids of the dev files that are spelt out in the codebook. */
export const FRAME_ALIASES: Readonly<Record<string, string>> = {
  economic: "economic_consequences",
  military: "military_action",
};

// deno-lint-ignore no-explicit-any
type Json = any;

function readJsonl(path: string, name = path): { line: number; row: Json }[] {
  const out: { line: number; row: Json }[] = [];
  readTextFile(path).split("\n").forEach((text, i) => {
    if (text.trim() === "") return;
    let row: Json;
    try {
      row = JSON.parse(text);
    } catch (e) {
      throw new SyntaxError(
        `${name}:${i + 1}: not a JSON object (${
          (e as Error).message
        }); write one JSON object per line`,
      );
    }
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      throw new SyntaxError(
        `${name}:${i + 1}: not a JSON object; write one JSON object per line`,
      );
    }
    out.push({ line: i + 1, row });
  });
  return out;
}

function frameList(
  value: Json,
  known: ReadonlySet<string>,
  where: string,
): string[] {
  if (!Array.isArray(value) || value.some((f) => typeof f !== "string")) {
    throw new SyntaxError(
      `${where}: "frames" must be a list of frame ids, e.g. ["conflict"] or []`,
    );
  }
  const frames = value.map((f: string) => FRAME_ALIASES[f] ?? f);
  for (const f of frames) {
    if (!known.has(f)) {
      throw new SyntaxError(
        `${where}: unknown frame "${f}"; use the ids of lib/data/frames.tsv (${
          [...known].join(", ")
        })`,
      );
    }
  }
  return [...new Set(frames)].sort();
}

/**
 * Read a user's coded sentences: JSONL, one object a line with `text` (the
 * sentence or snippet), `frames` (a list of frame ids, `[]` for none) and
 * optionally `id` and `group` (items of one group, e.g. one article, are
 * kept in one cross-validation fold).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readCodedSentences } from "./coded_sentences.ts";
 * const path = Deno.makeTempFileSync({ suffix: ".jsonl" });
 * Deno.writeTextFileSync(path, '{"id":"a","text":"Die Armee rückt vor.","frames":["military"]}\n');
 * const [s] = readCodedSentences(path, new Set(["military_action"]));
 * assert.deepEqual(s.frames, ["military_action"]);
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function readCodedSentences(
  path: string,
  frameIds: ReadonlySet<string>,
  set = "coded",
): CodedSentence[] {
  const seen = new Set<string>();
  return readJsonl(path).map(({ line, row }) => {
    const where = `${path}:${line}`;
    if (typeof row.text !== "string" || row.text.trim() === "") {
      throw new SyntaxError(`${where}: "text" must be a non-empty string`);
    }
    const id = row.id === undefined ? `line${line}` : String(row.id);
    if (seen.has(id)) throw new SyntaxError(`${where}: id "${id}" repeats`);
    seen.add(id);
    return {
      id,
      set,
      group: row.group === undefined ? id : String(row.group),
      text: row.text,
      frames: frameList(row.frames, frameIds, where),
    };
  });
}

/** The two frame dev sets of `../shared/dev/frames/`. */
export const DEV_FRAME_SETS = [
  {
    set: "derStandard",
    sentences: "sentences.jsonl",
    gold: "gold.jsonl",
  },
  {
    set: "GerNTSA",
    sentences: "gerntsa-sentences.jsonl",
    gold: "gerntsa-gold.jsonl",
  },
] as const;

/**
 * Read the frame dev sets from `dir` (`../shared/dev/frames`): sentences
 * and gold joined by id; derStandard sentences are grouped by article.
 */
export function readDevFrameSets(
  dir: string,
  frameIds: ReadonlySet<string>,
): CodedSentence[] {
  const out: CodedSentence[] = [];
  for (const d of DEV_FRAME_SETS) {
    const sentences = readJsonl(`${dir}/${d.sentences}`);
    const gold = new Map<string, { where: string; frames: Json }>();
    for (const { line, row } of readJsonl(`${dir}/${d.gold}`)) {
      gold.set(String(row.id), {
        where: `${dir}/${d.gold}:${line}`,
        frames: row.frames,
      });
    }
    for (const { line, row } of sentences) {
      const id = String(row.id);
      const g = gold.get(id);
      if (!g) {
        throw new SyntaxError(
          `${dir}/${d.sentences}:${line}: no gold line for id "${id}" in ${d.gold}`,
        );
      }
      if (typeof row.text !== "string") {
        throw new SyntaxError(
          `${dir}/${d.sentences}:${line}: "text" must be a string`,
        );
      }
      out.push({
        id,
        set: d.set,
        group: row.article_id ? String(row.article_id) : id,
        text: row.text,
        frames: frameList(g.frames, frameIds, g.where),
      });
    }
  }
  return out;
}
