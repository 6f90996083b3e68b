/**
 * Reading an option whose value is one of a fixed set, for every function
 * that takes one (charts, statistics).
 *
 * @module
 */

/**
 * The value of option `name`: `fallback` when it is not given, else one of
 * `allowed` (as Plot's `keyword()` does, every chart option with a fixed
 * set of values is read through here).
 *
 * @throws {RangeError} naming the option, the value and the values allowed.
 */
export function keyword<T extends string>(
  options: object,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = (options as Record<string, unknown>)[name];
  if (value === undefined || value === null) return fallback;
  if (!allowed.includes(value as T)) {
    throw new RangeError(
      `The option ${name} is ${JSON.stringify(value)}; use one of ${
        allowed.map((a) => JSON.stringify(a)).join(", ")
      }`,
    );
  }
  return value as T;
}
