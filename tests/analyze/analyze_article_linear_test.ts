import { analyzeArticle } from "../../lib/analyze/analyze_article.ts";
import { loadResources } from "../../lib/analyze/resources.ts";
import { makeArticle, metaFromInput } from "../../lib/corpus/article.ts";
import { ADVERSARIAL, assertLinear } from "../_linear.ts";

const resources = loadResources();
const analyze = (text: string) =>
  analyzeArticle(
    makeArticle(metaFromInput({ id: "x", text }), text),
    resources,
  );

// Targets: the whole per-article pipeline — layout, sentences, tokens, the
// caption merge, TERMINAL /[.!?…:;"“”»«')\]]$/ and every registered stage.
const inputs = {
  ...ADVERSARIAL,
  "25,000 image credits after captions": {
    make: (n: number) => "Eine Bildunterschrift\n\nBild. Reuters\n\n".repeat(n),
    n: 25_000,
  },
};
for (const [name, { make, n }] of Object.entries(inputs)) {
  Deno.test(`\`analyzeArticle()\` runs in linear time on ${name} (whole pipeline)`, () => {
    assertLinear(`analyzeArticle / ${name}`, make, analyze, n);
  });
}
