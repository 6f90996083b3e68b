import assert from "node:assert/strict";
import fc from "fast-check";
import { scoreSentiment } from "../../lib/sentiment/score_sentiment.ts";
import { scoreTone } from "../../lib/sentiment/score_tone.ts";
import { anyText, germanArticle, params } from "../_arbitraries.ts";

const LABELS = new Set(["positive", "negative", "neutral"]);
const ROLES = new Set(["agent", "target", "both", "none"]);

// Words the lexicon and the tone rules know, so that matches, negations,
// intensifiers and agent/target roles actually occur.
const polarText = fc.array(
  fc.constantFrom(
    "Anschlag",
    "Angriff",
    "griff",
    "an",
    "Erfolg",
    "Frieden",
    "nicht",
    "kein",
    "sehr",
    "Terror",
    "Terroristen",
    "tötete",
    "wurde",
    "von",
    "getötet",
    "sagte",
    "Die USA",
    "der Iran",
    "Verhandlungen",
    "Hoffnung",
    "Krieg",
    ",",
    ".",
    "„",
    "“",
    "\n\n",
  ),
  { maxLength: 50 },
).map((ws) => ws.join(" "));

const texts = fc.oneof(anyText, germanArticle, polarText);

function checkResult(text: string, r: ReturnType<typeof scoreSentiment>) {
  assert.ok(LABELS.has(r.label), `bad label ${r.label}`);
  assert.ok(Number.isFinite(r.score) && r.score > -1 && r.score < 1);
  assert.ok(r.positive >= 0 && r.negative <= 0);
  const spans = new Set<string>();
  for (const m of r.matches) {
    assert.ok(0 <= m.start && m.start <= m.end && m.end <= text.length);
    assert.equal(text.slice(m.start, m.end), m.term);
    assert.ok(Number.isFinite(m.value));
    const key = `${m.start}:${m.end}`;
    assert.ok(!spans.has(key), `duplicate match span ${key}`);
    spans.add(key);
  }
}

Deno.test("`scoreSentiment()` property: valid label and score, matches slice the input, deterministic", () => {
  fc.assert(
    fc.property(texts, (text) => {
      const r = scoreSentiment(text);
      checkResult(text, r);
      assert.deepEqual(scoreSentiment(text), r, "not deterministic");
    }),
    params(200),
  );
});

Deno.test("`scoreTone()` property: any valid span gives a valid label and role", () => {
  fc.assert(
    fc.property(
      texts.chain((t) =>
        fc.tuple(
          fc.constant(t),
          fc.integer({ min: 0, max: t.length }),
          fc.integer({ min: 0, max: t.length }),
        )
      ),
      ([text, a, b]) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        const r = scoreTone(text, start, end);
        checkResult(text, r);
        assert.ok(ROLES.has(r.role), `bad role ${r.role}`);
        for (const e of r.roles) {
          assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length);
          assert.equal(text.slice(e.start, e.end), e.cue);
        }
        assert.deepEqual(scoreTone(text, start, end), r, "not deterministic");
      },
    ),
    params(200),
  );
});
