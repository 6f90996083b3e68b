/** Assertions for the tests (node:assert/strict under the Deno names). */
import { strict } from "node:assert";

export function assert(value: unknown, message?: string): asserts value {
  strict.ok(value, message);
}
export function assertEquals<T>(actual: T, expected: T, message?: string) {
  strict.deepEqual(actual, expected, message);
}
export function assertThrows(
  fn: () => unknown,
  type: new (...args: never[]) => Error,
  pattern?: RegExp | string,
): void {
  strict.throws(fn, (e: unknown) => {
    strict.ok(e instanceof type, `expected ${type.name}, got ${e}`);
    const msg = (e as Error).message;
    if (typeof pattern === "string") strict.ok(msg.includes(pattern), msg);
    else if (pattern) strict.match(msg, pattern);
    return true;
  });
}
