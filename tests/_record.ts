/**
 * The shape every accuracy record in `lib/data/accuracy/` shares, for the
 * tests of the scripts that write them (train, evaluate): its keys, in
 * the committed order.
 *
 * @module
 */
import assert from "node:assert/strict";

/** The keys of an accuracy record that has per-class figures, in order. */
export const RECORD_KEYS = [
  "component",
  "dataset",
  "method",
  "n",
  "metrics",
  "per_class",
  "baselines",
  "notes",
];

/** Assert that `record` has exactly {@linkcode RECORD_KEYS}, in order. */
export function assertRecordKeys(record: object): void {
  assert.deepEqual(Object.keys(record), RECORD_KEYS);
}
