import { normalize, tokenize } from "../../lib/text/tokens.ts";
import { ADVERSARIAL, assertLinear } from "../_linear.ts";

// Targets: WORD /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/,
// SPACE /[\s…]+/ and EMOJI in lib/text/tokens.ts, and the token loop.
for (const [name, { make, n }] of Object.entries(ADVERSARIAL)) {
  Deno.test(`\`tokenize()\` runs in linear time on ${name} (WORD, SPACE, EMOJI regexes)`, () => {
    assertLinear(`tokenize / ${name}`, make, (s) => tokenize(s), n);
  });
}

// Targets: CISTEM in lib/text/stem.ts — /(.)\1/, /(.)\*/ and the suffix
// loop — and the per-part split of normalize().
for (
  const name of [
    "one word of 100,000 letters",
    "one word of 100,000 letters ending en…en",
    "repeated hyphen compound A-B-C-…",
  ]
) {
  const { make, n } = ADVERSARIAL[name];
  Deno.test(`\`normalize()\` runs in linear time on ${name} (CISTEM /(.)\\1/ and suffix loop)`, () => {
    // A fresh string each time: stem() caches its results.
    let salt = 0;
    assertLinear(
      `normalize / ${name}`,
      make,
      (s) => normalize(`${salt++}${s}`),
      n,
    );
  });
}
