/**
 * How notebooks write numbers in their sentences: one definition, so every
 * report says "12 %" and "−0.31" the same way.
 *
 * @module
 */

/**
 * A share in [0, 1] as a percentage: `digits` decimals (0: rounded to a
 * whole percent, halves up), a space and "%".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatPercent } from "./format.ts";
 * assert.equal(formatPercent(0.125), "13 %");
 * assert.equal(formatPercent(0.125, 1), "12.5 %");
 * ```
 */
export function formatPercent(x: number, digits = 0): string {
  return digits === 0
    ? `${Math.round(x * 100)} %`
    : `${(x * 100).toFixed(digits)} %`;
}

/**
 * A score with its sign: "+" or "−" (U+2212, the minus sign) and `digits`
 * decimals.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatSigned } from "./format.ts";
 * assert.equal(formatSigned(-0.314), "−0.31");
 * assert.equal(formatSigned(0), "+0.00");
 * ```
 */
export function formatSigned(x: number, digits = 2): string {
  return (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(digits);
}
