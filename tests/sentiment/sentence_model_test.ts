import assert from "node:assert/strict";
import fc from "fast-check";
import { scoreSentiment } from "../../lib/mod.ts";
import { wordSoup } from "../_arbitraries.ts";

// The learned sentence model: shape, explanation and consistency. Labels of
// sentences written here are regression tests of clear cases, not accuracy
// (that is cross-validated: lib/data/accuracy/sentence_sentiment.json).

Deno.test("`scoreSentiment()` keeps its shape and lists the lexicon terms with their learned weights", () => {
  const text = "Bei dem Anschlag wurden drei Menschen getötet.";
  const r = scoreSentiment(text);
  assert.deepEqual(Object.keys(r).sort(), [
    "label",
    "matches",
    "negative",
    "positive",
    "score",
  ]);
  assert.equal(r.label, "negative");
  const anschlag = r.matches.find((m) =>
    m.entry !== "" && m.term === "Anschlag"
  );
  assert.ok(anschlag, "the lexicon term is listed");
  assert.equal(typeof anschlag.learned, "number");
  assert.ok(anschlag.learned! < 0);
  assert.equal(anschlag.value, anschlag.weight); // no rule applied
  for (const m of r.matches) {
    assert.equal(text.slice(m.start, m.end), m.term);
    assert.equal(typeof m.learned, "number");
  }
  // In text order.
  const starts = r.matches.map((m) => m.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

Deno.test("`scoreSentiment()` regression: clear cases written here", () => {
  assert.equal(
    scoreSentiment("Ein Anschlag tötete drei Menschen.").label,
    "negative",
  );
  assert.equal(
    scoreSentiment("Die Sitzung wurde auf Dienstag verschoben.").label,
    "neutral",
  );
  assert.ok(
    scoreSentiment("Die Mannschaft feierte einen großartigen Sieg.").score >
      scoreSentiment("Die Mannschaft erlitt eine schwere Niederlage.").score,
  );
});

Deno.test("`scoreSentiment()` of an empty text is neutral with no terms", () => {
  const r = scoreSentiment("");
  assert.equal(r.label, "neutral");
  assert.deepEqual(r.matches, []);
  assert.equal(r.positive, 0);
  assert.equal(r.negative, 0);
});

Deno.test("`scoreSentiment()` keeps score, label and offsets consistent on any text", () => {
  const words =
    'Anschlag nicht sehr gut aber Frieden kaum Na toll , . keine Toten " Hilfe'
      .split(" ");
  fc.assert(
    fc.property(
      wordSoup(words),
      (text) => {
        const r = scoreSentiment(text);
        if (!(r.score > -1 && r.score < 1)) return false;
        // The label is the most probable class: a positive label never
        // comes with a negative score and vice versa.
        if (r.label === "positive" && r.score < 0) return false;
        if (r.label === "negative" && r.score > 0) return false;
        const banded = scoreSentiment(text, { neutralBand: 0.3 });
        if (banded.score !== r.score) return false;
        if (Math.abs(r.score) < 0.3 && banded.label !== "neutral") return false;
        return r.matches.every((m) =>
          text.slice(m.start, m.end) === m.term && m.start < m.end
        );
      },
    ),
  );
});
