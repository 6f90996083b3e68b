import assert from "node:assert/strict";
import { assertLinear } from "./_linear.ts";

// The linear-time checks hold the smallest size's time to a noise floor;
// a quadratic function must still fail them.
Deno.test("`assertLinear()` fails a quadratic function", () => {
  const quadratic = (s: string) => {
    let c = 0;
    for (let i = 0; i < s.length; i++) {
      for (let j = 0; j < s.length; j++) c += s.charCodeAt(j) & i;
    }
    return c;
  };
  assert.throws(
    () => assertLinear("quadratic", (n) => "a".repeat(n), quadratic, 24_000),
    /time grew/,
  );
});

Deno.test("`assertLinear()` passes a linear function", () => {
  const linear = (s: string) => {
    let c = 0;
    for (let i = 0; i < s.length; i++) c += s.charCodeAt(i);
    return c;
  };
  assertLinear("linear", (n) => "a".repeat(n), linear, 1_000_000);
});
