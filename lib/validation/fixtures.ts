/**
 * The project's gold fixtures (tests/fixtures/), read for validation. Paths
 * are resolved from the repository root, so a notebook finds them whatever
 * folder its kernel starts in.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDelimited } from "../io/csv_parse.ts";
import { REPO_ROOT } from "../io/data_file.ts";

/** The gold fixtures folder: `<repo>/tests/fixtures`. */
export const FIXTURES_DIR: string = join(REPO_ROOT, "tests", "fixtures");

/** A fixture file's path: `<repo>/tests/fixtures/<name>`. */
export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

/** Rows of a TSV fixture after its header (comment lines skipped). */
export function readTsvFixture(path: string): string[][] {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return parseDelimited(readFileSync(path, "utf8"), { delimiter: "\t", file })
    .slice(1).map((r) => r.fields);
}

/** One gold sentence of tests/fixtures/sentiment_gold.tsv. */
export interface SentimentGoldRow {
  id: string;
  /** `dev` (tuned on), `test` (held out), `fresh`, `fresh2` (written later). */
  split: string;
  label: string;
  text: string;
}

/**
 * Read the sentiment gold (columns id, split, label, text).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSentimentGold } from "./fixtures.ts";
 * const gold = readSentimentGold();
 * assert.ok(gold.length >= 200 && gold.some((g) => g.split === "test"));
 * ```
 */
export function readSentimentGold(
  path: string = fixturePath("sentiment_gold.tsv"),
): SentimentGoldRow[] {
  return readTsvFixture(path).map(([id, split, label, text]) => ({
    id,
    split,
    label,
    text,
  }));
}

/** One case of tests/fixtures/tone_gold.tsv. */
export interface ToneGoldRow {
  id: string;
  text: string;
  /** The mention as written; its first occurrence in `text`. */
  span: string;
  label: string;
  /** `agent`, `target`, `none`, or `-` (not checked). */
  role: string;
}

/**
 * Read the tone gold (columns id, text, span, label, role).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readToneGold } from "./fixtures.ts";
 * const gold = readToneGold();
 * assert.ok(gold.every((g) => g.text.includes(g.span)));
 * ```
 */
export function readToneGold(
  path: string = fixturePath("tone_gold.tsv"),
): ToneGoldRow[] {
  return readTsvFixture(path).map(([id, text, span, label, role]) => ({
    id,
    text,
    span,
    label,
    role,
  }));
}

/** One sentence of tests/fixtures/frame_sentences.tsv. */
export interface FrameGoldRow {
  sentence: string;
  /** Frames the sentence carries. */
  frames: string[];
  /** Frames it must not carry. */
  not: string[];
}

/**
 * Read the frame gold (columns sentence, frames, not; lists `;`-separated).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readFrameGold } from "./fixtures.ts";
 * assert.ok(readFrameGold().some((g) => g.frames.includes("diplomacy")));
 * ```
 */
export function readFrameGold(
  path: string = fixturePath("frame_sentences.tsv"),
): FrameGoldRow[] {
  const list = (s: string | undefined) => (s ?? "").split(";").filter(Boolean);
  return readTsvFixture(path).map(([sentence, frames, not]) => ({
    sentence,
    frames: list(frames),
    not: list(not),
  }));
}
