import assert from "node:assert/strict";
import { SentimentAnalyzer } from "@nlpjs/sentiment";
import { LangDe } from "@nlpjs/lang-de";
import { scoreSentiment } from "../../lib/mod.ts";
import { macroF1, readGold } from "./_gold.ts";

const gold = readGold();

Deno.test("the gold fixture has at least 200 sentences, mostly neutral, in a dev and a test half", () => {
  assert.ok(gold.length >= 200);
  const neutral = gold.filter((g) => g.label === "neutral").length;
  assert.ok(neutral / gold.length > 0.4);
  assert.ok(gold.some((g) => g.split === "dev"));
  assert.ok(gold.some((g) => g.split === "test"));
});

Deno.test("`scoreSentiment()` beats nlp.js German on the held-out gold sentences", async () => {
  const nlp = new SentimentAnalyzer();
  nlp.container.use(LangDe);
  const lines: string[] = [];
  for (const split of ["dev", "test"] as const) {
    const rows = gold.filter((g) => g.split === split);
    const labels = rows.map((g) => g.label);
    const ours = macroF1(labels, rows.map((g) => scoreSentiment(g.text).label));
    const theirs: string[] = [];
    for (const g of rows) {
      theirs.push(
        (await nlp.process({ locale: "de", text: g.text })).sentiment.vote,
      );
    }
    const baseline = macroF1(labels, theirs);
    lines.push(
      `${split} (${rows.length} sentences): scoreSentiment macro-F1 ${
        ours.toFixed(3)
      }, nlp.js ${baseline.toFixed(3)}`,
    );
    if (split === "test") {
      assert.ok(ours >= 0.7, `test macro-F1 ${ours} below 0.7`);
      assert.ok(
        ours > baseline + 0.1,
        `not clearly above nlp.js (${baseline})`,
      );
    }
  }
  console.log(lines.join("\n"));
});
