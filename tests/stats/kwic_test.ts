import assert from "node:assert/strict";
import * as aq from "arquero";
import { tokenize } from "../../lib/text/tokens.ts";
import { kwic } from "../../lib/stats/kwic.ts";

// Two sentences of one article, tokenised with the project's tokenizer.
const text =
  "Die Amerikaner rückten vor. Den Amerikanern fehlte in Bagdad Wasser.";
const s1 = text.indexOf("Den");
const toks = tokenize(text);
const tokens = aq.table({
  article_id: toks.map(() => "a"),
  sentence_id: toks.map((t) => (t.start < s1 ? "a:s0" : "a:s1")),
  lower: toks.map((t) => t.lower),
  norm: toks.map((t) => t.norm),
  start: toks.map((t) => t.start),
  end: toks.map((t) => t.end),
});
const sentences = aq.table({
  sentence_id: ["a:s0", "a:s1"],
  start: [0, s1],
  text: [text.slice(0, s1 - 1), text.slice(s1)],
});

Deno.test("`kwic()` finds inflected forms through the normalised token", () => {
  const t = kwic(tokens, sentences, "Amerikaner");
  assert.deepEqual(t.array("keyword"), ["Amerikaner", "Amerikanern"]);
  assert.deepEqual(t.array("sentence_id"), ["a:s0", "a:s1"]);
});

Deno.test("`kwic()` keeps context inside the sentence with its punctuation", () => {
  const t = kwic(tokens, sentences, "Amerikanern", { window: 10 });
  const row = t.objects()[1] as Record<string, unknown>;
  assert.equal(row.pre, "Den");
  assert.equal(row.post, "fehlte in Bagdad Wasser.");
  assert.equal(
    text.slice(row.start as number, row.end as number),
    "Amerikanern",
  );
});

Deno.test("`kwic()` matches phrases and prefixes", () => {
  assert.deepEqual(kwic(tokens, sentences, "in Bagdad").array("keyword"), [
    "in Bagdad",
  ]);
  assert.deepEqual(kwic(tokens, sentences, "Bag*").array("keyword"), [
    "Bagdad",
  ]);
});

Deno.test("`kwic()` refuses an empty pattern with a TypeError", () => {
  assert.throws(() => kwic(tokens, sentences, "  "), TypeError);
});
