import { layoutArticle } from "../../lib/corpus/boilerplate.ts";
import { ADVERSARIAL, assertLinear } from "../_linear.ts";

// Targets: the patterns of lib/data/boilerplate.tsv (line and prefix scope,
// bounded by MAX_BOILERPLATE_LINE) and the line/paragraph scan.
const inputs = {
  ...ADVERSARIAL,
  "25,000 image credits": {
    make: (n: number) => "Text.\n\nBild. Reuters\n\n".repeat(n),
    n: 25_000,
  },
  "25,000 dateline-like lines": {
    make: (n: number) => "Kairo/Damaskus/Bagdad.\n".repeat(n),
    n: 25_000,
  },
  "25,000 near-bylines": {
    make: (n: number) =>
      "Von Anna Maria Schmidt Meier Müller Kairo Bagdad Damaskus x\n".repeat(n),
    n: 25_000,
  },
};
for (const [name, { make, n }] of Object.entries(inputs)) {
  Deno.test(`\`layoutArticle()\` runs in linear time on ${name} (boilerplate.tsv patterns)`, () => {
    assertLinear(`layoutArticle / ${name}`, make, (s) => layoutArticle(s), n);
  });
}
