import { splitSentences } from "../../lib/text/sentences.ts";
import { ADVERSARIAL, assertLinear } from "../_linear.ts";

// Targets: every expression and look-around in lib/text/sentences.ts (the
// boundary scan, abbreviation and number look-behinds).
for (const [name, { make, n }] of Object.entries(ADVERSARIAL)) {
  Deno.test(`\`splitSentences()\` runs in linear time on ${name} (boundary scan)`, () => {
    assertLinear(`splitSentences / ${name}`, make, splitSentences, n);
  });
}
