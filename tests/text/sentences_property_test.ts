import assert from "node:assert/strict";
import fc from "fast-check";
import { splitSentences } from "../../lib/text/sentences.ts";
import {
  anyText,
  checkCovers,
  checkSpans,
  germanArticle,
  isSpace,
  params,
} from "../_arbitraries.ts";

function invariants(text: string) {
  const spans = splitSentences(text);
  const bad = checkSpans(text, spans, { nonEmpty: true }) ??
    checkCovers(text, spans);
  if (bad) throw new Error(bad);
  for (const s of spans) {
    if (isSpace(s.text[0]) || isSpace(s.text[s.text.length - 1])) {
      throw new Error(`sentence ${JSON.stringify(s.text)} is not trimmed`);
    }
  }
  assert.deepEqual(splitSentences(text), spans, "not deterministic");
}

Deno.test("`splitSentences()` property: spans are in the input, in order, and cover all non-space text", () => {
  fc.assert(fc.property(anyText, invariants), params(300));
});

Deno.test("`splitSentences()` property: holds on German-like articles", () => {
  fc.assert(fc.property(germanArticle, invariants), params(200));
});

Deno.test({
  name:
    "`splitSentences()` property: leading and trailing whitespace does not move sentences",
}, () => {
  fc.assert(
    fc.property(
      anyText,
      fc.constantFrom(" ", "\n", "\n\n", "\t "),
      (t, pad) => {
        const a = splitSentences(t).map((s) => s.text);
        const b = splitSentences(pad + t + pad).map((s) => s.text);
        assert.deepEqual(b, a);
      },
    ),
    params(200),
  );
});

// Found by `deno task fuzz` (seed -29630787, path 42) against the rewritten
// segmenter: a leading newline changed how " – ⏎ZWJ" was split.
Deno.test({
  name:
    "`splitSentences()` splits the same with a leading newline (fuzz seed -29630787)",
}, () => {
  const t = ' – \n\u200D\n \n""\n\n›  ';
  assert.deepEqual(
    splitSentences("\n" + t + "\n").map((s) => s.text),
    splitSentences(t).map((s) => s.text),
  );
});
