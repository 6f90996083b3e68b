import assert from "node:assert/strict";
import fc from "fast-check";
import { normalize, plainWordEnd, tokenize } from "../../lib/text/tokens.ts";
import { anyText, checkCovers, checkSpans, params } from "../_arbitraries.ts";

// What the tokenizer skips (its SPACE class); every other character must
// end up in exactly one token.
const tokenSpace = (c: string) => /[\s\u200B-\u200D\u2060\uFEFF]/u.test(c);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function invariants(text: string, from = 0, to = text.length) {
  const tokens = tokenize(text, from, to);
  const spans = tokens.map((t) => ({
    start: t.start,
    end: t.end,
    text: t.token,
  }));
  const bad = checkSpans(text, spans, { nonEmpty: true, from, to }) ??
    checkCovers(text, spans, tokenSpace, from, to);
  if (bad) throw new Error(bad);
  for (const t of tokens) {
    // A token never cuts a surrogate pair (unless the slice end does).
    if (
      t.start > 0 && isLow(text.charCodeAt(t.start)) &&
      isHigh(text.charCodeAt(t.start - 1)) && t.start !== from
    ) throw new Error(`token at ${t.start} starts inside a surrogate pair`);
    if (
      t.end < to && isHigh(text.charCodeAt(t.end - 1)) &&
      isLow(text.charCodeAt(t.end))
    ) throw new Error(`token ending ${t.end} ends inside a surrogate pair`);
    if (t.lower !== t.token.toLowerCase()) throw new Error("bad lower");
    if (typeof t.norm !== "string") throw new Error("norm is not a string");
    if (t.isWord && t.norm !== normalize(t.token)) {
      throw new Error(`norm of ${t.token} differs from normalize()`);
    }
  }
  assert.deepEqual(tokenize(text, from, to), tokens, "not deterministic");
}

Deno.test("`tokenize()` property: tokens slice the input, in order, covering every non-space character", () => {
  fc.assert(fc.property(anyText, (t) => invariants(t)), params(300));
});

Deno.test("`tokenize()` property: a slice [from, to) gives tokens inside the slice", () => {
  fc.assert(
    fc.property(
      anyText.chain((t) =>
        fc.tuple(
          fc.constant(t),
          fc.integer({ min: 0, max: t.length }),
          fc.integer({ min: 0, max: t.length }),
        )
      ),
      ([t, a, b]) => invariants(t, Math.min(a, b), Math.max(a, b)),
    ),
    params(300),
  );
});

Deno.test("`normalize()` property: never throws and is deterministic", () => {
  fc.assert(
    fc.property(anyText, (t) => {
      const n = normalize(t);
      assert.equal(typeof n, "string");
      assert.equal(normalize(t), n);
    }),
    params(300),
  );
});

// The tokenizer finds most words without its WORD expression
// (plainWordEnd); wherever it does, the end must be the expression's.
const WORD_RE =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;

function sameAsExpression(text: string) {
  for (let i = 0; i < text.length; i++) {
    const plain = plainWordEnd(text, i);
    if (plain < 0) continue;
    WORD_RE.lastIndex = i;
    const end = WORD_RE.test(text) ? WORD_RE.lastIndex : i;
    if (plain !== end) {
      throw new Error(
        `at ${i} in ${
          JSON.stringify(text)
        }: word ends at ${plain}, expression says ${end}`,
      );
    }
  }
}

// Words, digits, joiners, Latin-1 and beyond, typographic punctuation,
// combining marks: the characters at the edges of the fast path, with
// plain letters and digits and the joiners drawn most often.
const edgeChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(..."aZxäßÀÿ9017".split("")) },
  { weight: 3, arbitrary: fc.constantFrom(..."-‐‑'’.,".split("")) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...'×÷ªµº²¼;:!?"«»„“”‚‘–—…§°·•€ \u00a0\u0301\u0394\u0416\u0661\u2060'
        .split(""),
    ),
  },
);
const edgeText = fc.array(edgeChar, { maxLength: 16 }).map((cs) => cs.join(""));

Deno.test("`tokenize()` property: words found without the WORD expression end where it ends", () => {
  fc.assert(fc.property(edgeText, sameAsExpression), params(2000));
  fc.assert(fc.property(anyText, sameAsExpression), params(300));
});
