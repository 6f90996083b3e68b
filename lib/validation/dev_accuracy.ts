/**
 * Accuracy on real labelled news: the records in `lib/data/accuracy/`,
 * written by `deno task train` (fitted models, cross-validated) and
 * `deno task evaluate` (rule-based components), read back as tables in the
 * shape every validation returns, so notebook 06 and the README can show
 * them where the labelled dev sets are absent.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AccuracyRecord } from "./accuracy_record.ts";
import { REPO_ROOT } from "../io/data_file.ts";
import { type ValidationRow, validationTable } from "./validation_rows.ts";

/** Where the committed accuracy records live. */
export const ACCURACY_DIR: string = join(REPO_ROOT, "lib", "data", "accuracy");

const fail = (file: string, what: string): never => {
  throw new SyntaxError(
    `Cannot read accuracy record ${file}: ${what}; rewrite it with deno task train or deno task evaluate`,
  );
};

function checkNumber(file: string, where: string, x: unknown): number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    fail(file, `${where} must be a number, found ${JSON.stringify(x)}`);
  }
  return x as number;
}

/** Check one parsed record; the error names the file and the field. */
export function checkAccuracyRecord(
  file: string,
  value: unknown,
): AccuracyRecord {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    fail(file, "expected one JSON object");
  }
  const r = value as Record<string, unknown>;
  for (const key of ["component", "dataset", "method", "notes"]) {
    if (typeof r[key] !== "string" || r[key] === "") {
      fail(file, `"${key}" must be a non-empty string`);
    }
  }
  checkNumber(file, '"n"', r.n);
  if (!Array.isArray(r.metrics) || r.metrics.length === 0) {
    fail(file, '"metrics" must be a non-empty list');
  }
  (r.metrics as Record<string, unknown>[]).forEach((m, i) => {
    if (typeof m?.name !== "string") fail(file, `metrics[${i}].name missing`);
    for (const k of ["value", "ci_low", "ci_high"]) {
      checkNumber(file, `metrics[${i}].${k}`, m[k]);
    }
    if (m.fold_sd !== undefined) {
      checkNumber(file, `metrics[${i}].fold_sd`, m.fold_sd);
    }
  });
  for (const key of ["per_class", "baselines"]) {
    if (r[key] !== undefined && !Array.isArray(r[key])) {
      fail(file, `"${key}" must be a list`);
    }
  }
  return r as unknown as AccuracyRecord;
}

/**
 * Every record in `dir` (default `lib/data/accuracy/`), sorted by file
 * name. A file that is not valid JSON, or lacks a field, is an error that
 * names it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readAccuracyRecords } from "./dev_accuracy.ts";
 * const records = readAccuracyRecords();
 * assert.ok(records.some((r) => r.component === "sentence_boundaries"));
 * ```
 */
export function readAccuracyRecords(
  dir: string = ACCURACY_DIR,
): AccuracyRecord[] {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => e.name)
    .sort();
  return files.map((name) => {
    const file = join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      fail(file, `not valid JSON (${(e as Error).message})`);
    }
    return checkAccuracyRecord(file, parsed);
  });
}

/** Whether a record's figures come from cross-validation of a fitted model. */
export const isCrossValidated = (r: AccuracyRecord): boolean =>
  /cross-validat/i.test(r.method);

/**
 * The records' headline figures as a validation table (`component`,
 * `fixture` = the dataset, `split` = `cross-validated` or `dev, rule-based`,
 * `measure`, `value`, `n`, `ci_low`, `ci_high`, `counts`), the shape
 * `validationChart` draws. `counts` carries the spread over folds where
 * there is one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { devAccuracyTable } from "./dev_accuracy.ts";
 * const t = devAccuracyTable([{
 *   component: "frames", dataset: "coded sentences", method: "5-fold cross-validation",
 *   n: 350, metrics: [{ name: "micro_f1", value: 0.6, ci_low: 0.55, ci_high: 0.65, fold_sd: 0.03 }],
 *   notes: "-",
 * }]);
 * assert.deepEqual(t.array("split"), ["cross-validated"]);
 * assert.equal(t.get("counts", 0), "n 350 · fold sd 0.030");
 * ```
 */
export function devAccuracyTable(
  records: readonly AccuracyRecord[] = readAccuracyRecords(),
): ColumnTable {
  const rows: ValidationRow[] = [];
  for (const r of records) {
    for (const m of r.metrics) {
      const sd = m.fold_sd;
      rows.push({
        component: r.component.replaceAll("_", " "),
        fixture: r.dataset,
        split: isCrossValidated(r) ? "cross-validated" : "dev, rule-based",
        measure: m.name,
        value: m.value,
        n: r.n,
        ci_low: m.ci_low,
        ci_high: m.ci_high,
        counts: `n ${r.n}${
          sd === undefined ? "" : ` · fold sd ${sd.toFixed(3)}`
        }`,
      });
    }
  }
  return validationTable(rows);
}

/**
 * Each record's baselines beside the model's own figure on the same
 * measure: `component`, `measure`, `method` (`this tool` or the baseline's
 * name), `value`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { baselineTable } from "./dev_accuracy.ts";
 * const t = baselineTable([{
 *   component: "sentence_sentiment", dataset: "d", method: "5-fold cross-validation", n: 10,
 *   metrics: [{ name: "macro_f1", value: 0.6, ci_low: 0.5, ci_high: 0.7 }],
 *   baselines: [{ name: "majority class", metrics: { macro_f1: 0.25 } }], notes: "-",
 * }]);
 * assert.deepEqual(t.array("method"), ["this tool", "majority class"]);
 * ```
 */
export function baselineTable(
  records: readonly AccuracyRecord[] = readAccuracyRecords(),
): ColumnTable {
  const out: Record<string, unknown>[] = [];
  for (const r of records) {
    for (const b of r.baselines ?? []) {
      for (const [measure, value] of Object.entries(b.metrics)) {
        const own = r.metrics.find((m) => m.name === measure);
        if (
          own &&
          !out.some((o) =>
            o.component === r.component && o.measure === measure &&
            o.method === "this tool"
          )
        ) {
          out.push({
            component: r.component,
            measure,
            method: "this tool",
            value: own.value,
          });
        }
        out.push({ component: r.component, measure, method: b.name, value });
      }
    }
  }
  return aq.from(out, ["component", "measure", "method", "value"]);
}

/**
 * Per-class (or per-frame) figures of every record: `component`, `class`,
 * `precision`, `recall`, `f1`, `support`.
 */
export function perClassTable(
  records: readonly AccuracyRecord[] = readAccuracyRecords(),
): ColumnTable {
  const out = records.flatMap((r) =>
    (r.per_class ?? []).map((c) => ({
      component: r.component,
      class: c.class,
      precision: c.precision ?? null,
      recall: c.recall ?? null,
      f1: c.f1 ?? null,
      support: c.support ?? null,
    }))
  );
  return aq.from(out, [
    "component",
    "class",
    "precision",
    "recall",
    "f1",
    "support",
  ]);
}
