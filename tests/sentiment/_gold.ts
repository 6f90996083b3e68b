/**
 * The gold sentences (tests/fixtures/sentiment_gold.tsv) and macro-F1, shared
 * by the sentiment tests.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import type { SentimentLabel } from "../../lib/mod.ts";

/** One gold sentence. */
export interface GoldSentence {
  id: string;
  split: "dev" | "test" | "fresh" | "fresh2";
  label: SentimentLabel;
  text: string;
}

/** Read the gold fixture. */
export function readGold(): GoldSentence[] {
  const path = fileURLToPath(
    new URL("../fixtures/sentiment_gold.tsv", import.meta.url),
  );
  return readFileSync(path, "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#") && !l.startsWith("id\t"))
    .map((l) => {
      const [id, split, label, text] = l.split("\t");
      return { id, split, label, text } as GoldSentence;
    });
}

const LABELS: SentimentLabel[] = ["negative", "neutral", "positive"];

/** Macro-averaged F1 over the three classes. */
export function macroF1(gold: string[], predicted: string[]): number {
  let sum = 0;
  for (const c of LABELS) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    sum += p + r ? (2 * p * r) / (p + r) : 0;
  }
  return sum / LABELS.length;
}
