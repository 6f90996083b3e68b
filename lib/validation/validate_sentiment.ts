/**
 * Sentence sentiment against the gold: each gold sentence scored, then
 * macro-F1 and accuracy per split.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";
import {
  scoreSentiment,
  type SentimentOptions,
} from "../sentiment/score_sentiment.ts";
import { accuracy, confusionTable, macroF1 } from "./classes.ts";
import { readSentimentGold, type SentimentGoldRow } from "./fixtures.ts";
import {
  bootstrapScore,
  proportionRow,
  type ValidationRow,
  validationTable,
} from "./validation_rows.ts";

/** The three sentiment classes, in display order. */
export const SENTIMENT_LABELS = ["negative", "neutral", "positive"] as const;

/**
 * Score every gold sentence with `scoreSentiment`. Columns: `id`, `split`,
 * `gold`, `predicted`, `score`, `terms` (matched terms with their values,
 * so every error can be read off), `text`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sentimentPredictions } from "./validate_sentiment.ts";
 * const p = sentimentPredictions([
 *   { id: "x", split: "test", label: "negative", text: "Ein Anschlag tötete drei Menschen." },
 * ]);
 * assert.equal(p.get("predicted", 0), "negative");
 * ```
 */
export function sentimentPredictions(
  gold: readonly SentimentGoldRow[] = readSentimentGold(),
  options: SentimentOptions = {},
): ColumnTable {
  const scored = gold.map((g) => ({ g, s: scoreSentiment(g.text, options) }));
  return aq.table({
    id: scored.map(({ g }) => g.id),
    split: scored.map(({ g }) => g.split),
    gold: scored.map(({ g }) => g.label),
    predicted: scored.map(({ s }) => s.label),
    score: scored.map(({ s }) => Math.round(s.score * 1e4) / 1e4),
    terms: scored.map(({ s }) =>
      s.matches.map((m) => `${m.term} ${m.value.toFixed(2)}`).join("; ")
    ),
    text: scored.map(({ g }) => g.text),
  });
}

/**
 * Macro-F1 (three classes, with a seeded bootstrap interval) and accuracy
 * per split of the predictions from {@linkcode sentimentPredictions}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sentimentPredictions, validateSentiment } from "./validate_sentiment.ts";
 * const v = validateSentiment(sentimentPredictions());
 * const testF1 = v.filter((d: { split: string; measure: string }) =>
 *   d.split === "test" && d.measure === "macro_f1"
 * );
 * assert.ok((testF1.get("value", 0) as number) >= 0.7);
 * ```
 */
export function validateSentiment(predictions: Table): ColumnTable {
  const rows: ValidationRow[] = [];
  const all = predictions.objects() as {
    split: string;
    gold: string;
    predicted: string;
  }[];
  const splits = [...new Set(all.map((r) => r.split))];
  for (const split of splits) {
    const r = all.filter((x) => x.split === split);
    const gold = r.map((x) => x.gold);
    const predicted = r.map((x) => x.predicted);
    const where = {
      component: "sentence sentiment",
      fixture: "sentiment_gold.tsv",
      split,
    };
    const f1 = bootstrapScore(
      gold,
      predicted,
      (g, p) => macroF1(g, p, SENTIMENT_LABELS),
    );
    rows.push({
      ...where,
      measure: "macro_f1",
      value: f1.value,
      n: r.length,
      ci_low: f1.ci_low,
      ci_high: f1.ci_high,
      counts: `${r.length} sentences`,
    });
    const right = Math.round(accuracy(gold, predicted) * r.length);
    rows.push(
      proportionRow({ ...where, measure: "accuracy" }, right, r.length),
    );
  }
  return validationTable(rows);
}

/**
 * The confusion table of the predictions in `splits` (gold × predicted,
 * zeros included), columns `gold`, `predicted`, `n`.
 */
export function sentimentConfusion(
  predictions: Table,
  splits?: readonly string[],
): ColumnTable {
  const keep = splits ? new Set(splits) : undefined;
  const r = (predictions.objects() as {
    split: string;
    gold: string;
    predicted: string;
  }[]).filter((x) => !keep || keep.has(x.split));
  return confusionTable(
    r.map((x) => x.gold),
    r.map((x) => x.predicted),
    SENTIMENT_LABELS,
  );
}
