/**
 * Frame detection against the gold: which frames each hand-written sentence
 * carries, and which it must not.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { classifyFrames } from "../frames/classify_frames.ts";
import { type FrameGoldRow, readFrameGold } from "./fixtures.ts";
import { proportionRow, validationTable } from "./validation_rows.ts";

/**
 * The frames a text carries, as the frames stage decides (the learned frame
 * model over the codebook's cue hits).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { carriedFrames } from "./validate_frames.ts";
 * assert.ok(carriedFrames("Die Armee meldete neue Luftangriffe.").has("military_action"));
 * ```
 */
export function carriedFrames(text: string): Set<string> {
  return new Set(
    classifyFrames(text).filter((d) => d.carried).map((d) => d.frame_id),
  );
}

/**
 * One row per gold sentence × frame it names: `sentence`, `frame_id`,
 * `expected` (`carries` or `not`), `found` (the pipeline's verdict),
 * `correct`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { framePredictions } from "./validate_frames.ts";
 * const p = framePredictions([
 *   { sentence: "Die Armee meldete neue Luftangriffe.", frames: ["military_action"], not: ["diplomacy"] },
 * ]);
 * assert.deepEqual(p.array("correct"), [true, true]);
 * ```
 */
export function framePredictions(
  gold: readonly FrameGoldRow[] = readFrameGold(),
): ColumnTable {
  const sentence: string[] = [], frame: string[] = [], expected: string[] = [];
  const found: boolean[] = [], correct: boolean[] = [];
  for (const g of gold) {
    const got = carriedFrames(g.sentence);
    for (
      const [list, want] of [[g.frames, "carries"], [g.not, "not"]] as const
    ) {
      for (const f of list) {
        sentence.push(g.sentence);
        frame.push(f);
        expected.push(want);
        found.push(got.has(f));
        correct.push(got.has(f) === (want === "carries"));
      }
    }
  }
  return aq.table({ sentence, frame_id: frame, expected, found, correct });
}

/**
 * Recall (gold frames found) and false-positive rate (excluded frames
 * found anyway). The fixture does not list every frame a sentence lacks, so
 * precision over all frames is not defined; the excluded frames are the
 * hard negatives its author chose.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { framePredictions, validateFrames } from "./validate_frames.ts";
 * const v = validateFrames(framePredictions());
 * assert.ok((v.get("value", 0) as number) >= 0.9);
 * ```
 */
export function validateFrames(predictions: Table): ColumnTable {
  const r = predictions.objects() as { expected: string; found: boolean }[];
  const pos = r.filter((x) => x.expected === "carries");
  const neg = r.filter((x) => x.expected === "not");
  const where = {
    component: "frames",
    fixture: "frame_sentences.tsv",
    split: "all",
  };
  return validationTable([
    proportionRow(
      { ...where, measure: "recall" },
      pos.filter((x) => x.found).length,
      pos.length,
    ),
    proportionRow(
      { ...where, measure: "false_positive_rate" },
      neg.filter((x) => x.found).length,
      neg.length,
    ),
  ]);
}
