/**
 * The frame codebook: which frames exist (`lib/data/frames.tsv`) and the
 * German cues that signal each (`lib/data/frame_cues.tsv`). Both are
 * tab-separated, one entry a line; see README, Frames.
 *
 * @module
 */
import { dataPath, parseTsv, readTextFile } from "../io/data_file.ts";
import { CUE_KINDS, CueIndex, type CueKind } from "../text/cue_index.ts";

/** One frame of the codebook. */
export interface Frame {
  id: string;
  /** `generic` (Semetko & Valkenburg 2000) or `conflict` (conflict reporting). */
  set: string;
  label_de: string;
  label_en: string;
  definition: string;
  /** The literature the definition follows. */
  source: string;
  /** `file:line` where it is defined. */
  where: string;
}

/** One cue of the codebook. */
export interface FrameCue {
  frame_id: string;
  cue: string;
  kind: CueKind;
  /**
   * Evidence weight in (0, 5]: the prior the learned frame model scales
   * (lib/frames/frame_model.ts).
   */
  weight: number;
  note: string;
  /** `file:line` where it is defined. */
  where: string;
}

/** A parsed and compiled codebook. */
export interface Codebook {
  frames: Frame[];
  cues: FrameCue[];
  /** Cues compiled for matching (stop words carry no cue). */
  index: CueIndex<FrameCue>;
}

/** Paths of the two codebook files. */
export interface CodebookPaths {
  /** Frames (TSV). @default "lib/data/frames.tsv" */
  frames?: string;
  /** Cues (TSV). @default "lib/data/frame_cues.tsv" */
  frameCues?: string;
}

const FRAME_COLUMNS = [
  "id",
  "set",
  "label_de",
  "label_en",
  "definition",
  "source",
];
const CUE_COLUMNS = ["frame_id", "cue", "kind", "weight", "note"];
const SETS = new Set(["generic", "conflict"]);

function fail(what: string, where: string, detail: string): never {
  throw new SyntaxError(`Cannot read ${what} at ${where}: ${detail}`);
}

/**
 * Parse the two codebook files (their texts and the names to use in errors).
 *
 * @example A one-frame codebook
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCodebook } from "./codebook.ts";
 * const book = parseCodebook(
 *   "id\tset\tlabel_de\tlabel_en\tdefinition\tsource\n" +
 *     "diplomacy\tconflict\tDiplomatie\tDiplomacy\tTalks.\town\n",
 *   "frame_id\tcue\tkind\tweight\tnote\n" +
 *     "diplomacy\tVerhandlung\tword\t1\t\n",
 * );
 * assert.equal(book.frames[0].id, "diplomacy");
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function parseCodebook(
  framesText: string,
  cuesText: string,
  files: { frames?: string; frameCues?: string } = {},
): Codebook {
  const framesFile = files.frames ?? "<frames>";
  const cuesFile = files.frameCues ?? "<frame cues>";
  const frames: Frame[] = [];
  const ids = new Set<string>();
  for (
    const { line, fields } of parseTsv(framesText, framesFile, {
      freeTextFrom: 4, // definition, source
    })
  ) {
    if (fields[0] === "id") continue;
    const where = `${framesFile}:${line}`;
    if (fields.length !== FRAME_COLUMNS.length) {
      fail(
        "frame",
        where,
        `expected ${FRAME_COLUMNS.length} tab-separated columns (${
          FRAME_COLUMNS.join(", ")
        }), found ${fields.length}`,
      );
    }
    const [id, set, label_de, label_en, definition, source] = fields.map((
      f,
    ) => f.trim());
    if (!/^[a-z][a-z0-9_]*$/.test(id)) {
      fail(
        "frame",
        where,
        `id "${id}" must be lower-case letters, digits and "_"`,
      );
    }
    if (ids.has(id)) fail("frame", where, `duplicate id "${id}"`);
    if (!SETS.has(set)) {
      fail(
        "frame",
        where,
        `set "${set}" must be "generic" or "conflict"`,
      );
    }
    if (!label_de || !label_en || !definition) {
      fail(
        "frame",
        where,
        `frame "${id}" needs label_de, label_en and a definition`,
      );
    }
    ids.add(id);
    frames.push({ id, set, label_de, label_en, definition, source, where });
  }
  if (frames.length === 0) {
    throw new SyntaxError(
      `Cannot read frames from ${framesFile}: the file defines no frame; add one line per frame (${
        FRAME_COLUMNS.join(", ")
      })`,
    );
  }
  const cues: FrameCue[] = [];
  const index = new CueIndex<FrameCue>();
  const seen = new Map<string, string>();
  for (
    const { line, fields } of parseTsv(cuesText, cuesFile, {
      freeTextFrom: 4, /* note */
    })
  ) {
    if (fields[0] === "frame_id") continue;
    const where = `${cuesFile}:${line}`;
    if (fields.length !== CUE_COLUMNS.length) {
      fail(
        "frame cue",
        where,
        `expected ${CUE_COLUMNS.length} tab-separated columns (${
          CUE_COLUMNS.join(", ")
        }), found ${fields.length}`,
      );
    }
    const [frame_id, cue, kindText, weightText, note] = fields.map((f) =>
      f.trim()
    );
    const kind = kindText as CueKind;
    if (!CUE_KINDS.includes(kind)) {
      fail(
        "frame cue",
        where,
        `unknown kind "${kindText}"; use one of ${CUE_KINDS.join(", ")}`,
      );
    }
    if (kind === "stop" ? frame_id !== "*" : !ids.has(frame_id)) {
      fail(
        "frame cue",
        where,
        kind === "stop"
          ? `a stop word takes frame_id "*", not "${frame_id}"`
          : `unknown frame_id "${frame_id}"; define it in ${framesFile} or use one of ${
            [...ids].join(", ")
          }`,
      );
    }
    const weight = weightText === "" ? 1 : Number(weightText);
    if (!Number.isFinite(weight) || weight <= 0 || weight > 5) {
      fail(
        "frame cue",
        where,
        `weight "${weightText}" must be a number above 0 and at most 5`,
      );
    }
    const entry: FrameCue = { frame_id, cue, kind, weight, note, where };
    let key: string;
    try {
      key = index.add(cue, kind, entry);
    } catch (e) {
      fail("frame cue", where, (e as Error).message);
    }
    const dup = `${frame_id}\t${kind === "stem" ? "stem:" : ""}${key}`;
    const first = seen.get(dup);
    if (first) {
      fail(
        "frame cue",
        where,
        `cue "${cue}" duplicates ${first} for frame "${frame_id}" (same normalised form "${key}"); remove one`,
      );
    }
    seen.set(dup, where);
    if (kind !== "stop") cues.push(entry);
  }
  return { frames, cues, index };
}

/**
 * Load the frame codebook (default: `lib/data/frames.tsv` and
 * `lib/data/frame_cues.tsv`).
 *
 * @example The shipped codebook
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadCodebook } from "../mod.ts";
 * const book = loadCodebook();
 * assert.ok(book.frames.some((f) => f.id === "human_interest"));
 * ```
 */
export function loadCodebook(paths: CodebookPaths = {}): Codebook {
  const frames = paths.frames ?? dataPath("frames.tsv");
  const frameCues = paths.frameCues ?? dataPath("frame_cues.tsv");
  return parseCodebook(readTextFile(frames), readTextFile(frameCues), {
    frames: paths.frames ?? "lib/data/frames.tsv",
    frameCues: paths.frameCues ?? "lib/data/frame_cues.tsv",
  });
}
