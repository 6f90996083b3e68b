/**
 * Values derived once from an object and kept on it, under a symbol: a
 * sentence's tone index or features, computed for its first mention and
 * reused for the others. A WeakMap entry per sentence would do the same,
 * but makes the garbage collector trace an ephemeron per sentence; a
 * symbol-keyed property is dropped with its object like any other.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { memoOn } from "./memo.ts";
 * const LENGTH = Symbol("length");
 * const words = { text: "Die Armee zog ab" };
 * let calls = 0;
 * const count = () => memoOn(words, LENGTH, (w) => (calls++, w.text.split(" ").length));
 * assert.equal(count(), 4);
 * assert.equal(count(), 4);
 * assert.equal(calls, 1);
 * ```
 *
 * @module
 */

/** `make(obj)`, computed on the first call per object and slot. */
export function memoOn<O extends object, T>(
  obj: O,
  slot: symbol,
  make: (obj: O) => T,
): T {
  const held = obj as unknown as Record<symbol, T | undefined>;
  let value = held[slot];
  if (value === undefined) held[slot] = value = make(obj);
  return value;
}
