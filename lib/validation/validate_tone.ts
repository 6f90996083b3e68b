/**
 * Tone toward a mention against the gold: the label of the language about
 * the span and the span's role (agent or target of a negative act).
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import { scoreTone } from "../sentiment/score_tone.ts";
import { macroF1 } from "./classes.ts";
import { readToneGold, type ToneGoldRow } from "./fixtures.ts";
import { SENTIMENT_LABELS } from "./validate_sentiment.ts";
import {
  bootstrapScore,
  proportionRow,
  type ValidationRow,
  validationTable,
} from "./validation_rows.ts";

/**
 * Score every gold case with `scoreTone` on the span's first occurrence.
 * Columns: `id`, `gold_label`, `label`, `gold_role`, `role`, `score`,
 * `evidence` (matched terms), `span`, `text`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tonePredictions } from "./validate_tone.ts";
 * const p = tonePredictions();
 * assert.ok(p.numRows() > 10);
 * ```
 */
export function tonePredictions(
  gold: readonly ToneGoldRow[] = readToneGold(),
): ColumnTable {
  const scored = gold.map((g) => {
    const at = g.text.indexOf(g.span);
    if (at < 0) {
      throw new RangeError(
        `Cannot validate tone case ${g.id}: its span "${g.span}" is not in its text; fix the fixture`,
      );
    }
    return { g, s: scoreTone(g.text, at, at + g.span.length) };
  });
  return aq.table({
    id: scored.map(({ g }) => g.id),
    gold_label: scored.map(({ g }) => g.label),
    label: scored.map(({ s }) => s.label),
    gold_role: scored.map(({ g }) => g.role),
    role: scored.map(({ s }) => s.role),
    score: scored.map(({ s }) => Math.round(s.score * 1e4) / 1e4),
    evidence: scored.map(({ s }) =>
      s.matches.map((m) => `${m.term} ${m.value.toFixed(2)}`).join("; ")
    ),
    span: scored.map(({ g }) => g.span),
    text: scored.map(({ g }) => g.text),
  });
}

/**
 * Label accuracy and macro-F1, and role accuracy on the cases whose role
 * is checked (gold role not `-`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tonePredictions, validateTone } from "./validate_tone.ts";
 * const v = validateTone(tonePredictions());
 * assert.deepEqual(v.array("measure"), ["accuracy", "macro_f1", "role_accuracy"]);
 * ```
 */
export function validateTone(predictions: Table): ColumnTable {
  const r = predictions.objects() as {
    gold_label: string;
    label: string;
    gold_role: string;
    role: string;
  }[];
  const where = {
    component: "tone toward a mention",
    fixture: "tone_gold.tsv",
    split: "all",
  };
  const gold = r.map((x) => x.gold_label);
  const got = r.map((x) => x.label);
  const rows: ValidationRow[] = [
    proportionRow(
      { ...where, measure: "accuracy" },
      r.filter((x) => x.gold_label === x.label).length,
      r.length,
    ),
  ];
  const f1 = bootstrapScore(
    gold,
    got,
    (g, p) => macroF1(g, p, SENTIMENT_LABELS),
  );
  rows.push({
    ...where,
    measure: "macro_f1",
    value: f1.value,
    n: r.length,
    ci_low: f1.ci_low,
    ci_high: f1.ci_high,
    counts: `${r.length} cases`,
  });
  const roles = r.filter((x) => x.gold_role !== "-");
  rows.push(
    proportionRow(
      { ...where, measure: "role_accuracy" },
      roles.filter((x) => x.gold_role === x.role).length,
      roles.length,
    ),
  );
  return validationTable(rows);
}
