/**
 * The hand-written sentence gold (tests/fixtures/sentences/*.txt; the format
 * is described in the files' headers) and boundary scoring against it.
 *
 * Format: a case starts with `### name`; each following non-empty line is
 * one sentence; sentences join with a space, or with a paragraph break
 * after a line `¶` (a line break after `⏎`); `⏎` inside a line is a line
 * break inside the sentence.
 *
 * @module
 */
import { type MatchCounts, matchCounts } from "./prf.ts";

/** One gold document: its text and the sentences it must split into. */
export interface SentenceGoldCase {
  name: string;
  /** 1-based line of the case's "###" header. */
  line: number;
  text: string;
  sentences: string[];
}

/**
 * Parse a sentence gold file into cases.
 *
 * @example Two sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSentenceGold } from "./sentence_gold.ts";
 * const [c] = parseSentenceGold("### demo\nEr kam.\nSie ging.\n");
 * assert.equal(c.text, "Er kam. Sie ging.");
 * assert.deepEqual(c.sentences, ["Er kam.", "Sie ging."]);
 * ```
 */
export function parseSentenceGold(source: string): SentenceGoldCase[] {
  const cases: SentenceGoldCase[] = [];
  let current: SentenceGoldCase | null = null;
  let joiner = " ";
  const finish = () => {
    if (current) cases.push(current);
  };
  source.split("\n").forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.startsWith("### ")) {
      finish();
      current = { name: line.slice(4), line: i + 1, text: "", sentences: [] };
      joiner = " ";
      return;
    }
    if (!current || line === "") return;
    if (line === "¶" || line === "⏎") {
      joiner = line === "¶" ? "\n\n" : "\n";
      return;
    }
    const sentence = line.replaceAll("⏎", "\n");
    if (current.sentences.length > 0) current.text += joiner;
    current.text += sentence;
    current.sentences.push(sentence);
    joiner = " ";
  });
  finish();
  return cases;
}

/**
 * End offsets of all but the last span: the boundaries a splitter must
 * find.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sentenceBoundaries } from "./sentence_gold.ts";
 * assert.deepEqual(sentenceBoundaries([{ end: 7 }, { end: 17 }]), [7]);
 * ```
 */
export function sentenceBoundaries(
  spans: readonly { end: number }[],
): number[] {
  return spans.slice(0, -1).map((s) => s.end);
}

/**
 * Gold boundaries of a case, from its sentences.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { goldBoundaries, parseSentenceGold } from "./sentence_gold.ts";
 * const [c] = parseSentenceGold("### demo\nEr kam.\nSie ging.\n");
 * assert.deepEqual(goldBoundaries(c), [7]);
 * ```
 */
export function goldBoundaries(c: SentenceGoldCase): number[] {
  const spans: { end: number }[] = [];
  let at = 0;
  for (const s of c.sentences) {
    const start = c.text.indexOf(s, at);
    spans.push({ end: start + s.length });
    at = start + s.length;
  }
  return sentenceBoundaries(spans);
}

/**
 * Score predicted sentence spans of a case against its gold boundaries.
 *
 * @example A splitter that misses one boundary
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSentenceGold, scoreBoundaries } from "./sentence_gold.ts";
 * const [c] = parseSentenceGold("### demo\nEr kam.\nSie ging.\n");
 * assert.deepEqual(scoreBoundaries([{ end: 17 }], c), { tp: 0, fp: 0, fn: 1 });
 * ```
 */
export function scoreBoundaries(
  predicted: readonly { end: number }[],
  c: SentenceGoldCase,
): MatchCounts {
  return matchCounts(sentenceBoundaries(predicted), goldBoundaries(c));
}
