/**
 * Sentence splitting against the gold: boundary precision, recall and F1 on
 * the hand-written news texts, and exact sentences on the seed articles.
 *
 * @module
 */
import type { ColumnTable, Table } from "arquero";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { splitSentences } from "../text/sentences.ts";
import { fixturePath } from "./fixtures.ts";
import { addCounts, type MatchCounts, matchCounts } from "./prf.ts";
import { parseSentenceGold, scoreBoundaries } from "./sentence_gold.ts";
import {
  prfRows,
  type ValidationRow,
  validationTable,
} from "./validation_rows.ts";

/** Options for {@linkcode validateSentences}. */
export interface ValidateSentencesOptions {
  /**
   * Gold files in the `###` format.
   * @default every `*.txt` in tests/fixtures/sentences/
   */
  files?: string[];
  /**
   * The `sentences` table of an analysed corpus, to compare with
   * `seedGold` (sentence texts per article id). Articles missing from
   * either side are left out. @default no seed comparison
   */
  sentences?: Table;
  /** @default tests/fixtures/sentences/seed_gold.json */
  seedGold?: string;
  /**
   * One set of rows per gold file instead of one for all files pooled.
   * @default false
   */
  byFile?: boolean;
}

/**
 * Score `splitSentences` on the sentence gold: boundary precision, recall
 * and F1 over all gold files pooled (fixture `sentences/*.txt`; per file
 * with `byFile`), and, given
 * an analysed corpus's `sentences` table, the share of the seed articles'
 * hand-checked sentences it reproduces exactly (fixture `seed_gold.json`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { validateSentences } from "./validate_sentences.ts";
 * const t = validateSentences();
 * assert.ok(t.array("measure").includes("f1"));
 * ```
 */
export function validateSentences(
  options: ValidateSentencesOptions = {},
): ColumnTable {
  const dir = fixturePath("sentences");
  const files = options.files ??
    readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) =>
      join(dir, f)
    );
  const rows: ValidationRow[] = [];
  let pooled: MatchCounts = { tp: 0, fp: 0, fn: 0 };
  for (const file of files) {
    let total: MatchCounts = { tp: 0, fp: 0, fn: 0 };
    for (const c of parseSentenceGold(readFileSync(file, "utf8"))) {
      total = addCounts(total, scoreBoundaries(splitSentences(c.text), c));
    }
    pooled = addCounts(pooled, total);
    if (options.byFile) {
      rows.push(
        ...prfRows({
          component: "sentence boundaries",
          fixture: `sentences/${basename(file)}`,
          split: "all",
        }, total),
      );
    }
  }
  if (!options.byFile && files.length > 0) {
    rows.push(
      ...prfRows({
        component: "sentence boundaries",
        fixture: files.length === 1
          ? `sentences/${basename(files[0])}`
          : "sentences/*.txt",
        split: "all",
      }, pooled),
    );
  }
  if (options.sentences) {
    const gold = JSON.parse(
      readFileSync(
        options.seedGold ?? join(dir, "seed_gold.json"),
        "utf8",
      ),
    ) as Record<string, string[]>;
    const got = new Map<string, string[]>();
    for (
      const r of options.sentences.objects() as {
        article_id: string;
        text: string;
      }[]
    ) {
      if (!got.has(r.article_id)) got.set(r.article_id, []);
      got.get(r.article_id)!.push(r.text);
    }
    // Keys number repeated sentences, so a duplicate counts twice.
    const keys = (id: string, texts: string[]) => {
      const seen = new Map<string, number>();
      return texts.map((t) => {
        const k = (seen.get(t) ?? 0) + 1;
        seen.set(t, k);
        return `${id}\u0000${k}\u0000${t}`;
      });
    };
    let total: MatchCounts = { tp: 0, fp: 0, fn: 0 };
    for (const [id, texts] of Object.entries(gold)) {
      if (!got.has(id)) continue;
      total = addCounts(
        total,
        matchCounts(keys(id, got.get(id)!), keys(id, texts)),
      );
    }
    if (total.tp + total.fp + total.fn > 0) {
      rows.push(
        ...prfRows({
          component: "sentences (exact)",
          fixture: "sentences/seed_gold.json",
          split: "seed",
        }, total),
      );
    }
  }
  return validationTable(rows);
}
