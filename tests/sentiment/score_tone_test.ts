import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { scoreTone } from "../../lib/mod.ts";
import { loadSentimentLexicon } from "../../lib/sentiment/lexicon.ts";
import { matchTerms } from "../../lib/sentiment/match_terms.ts";
import { ruleTone } from "../../lib/sentiment/score_tone.ts";
import { tokenize } from "../../lib/text/tokens.ts";

// Sentences written here: regression tests of the tone rules (roles,
// clauses, distance) that give the learned tone model its features, and of
// clear cases of the model. Not accuracy: that is cross-validated on
// GerNTSA targets (lib/data/accuracy/target_tone.json).

/** The rule-based tone (the model's features and baseline). */
function rules(text: string, start: number, end: number) {
  return ruleTone(
    matchTerms(text, tokenize(text), loadSentimentLexicon()),
    start,
    end,
  );
}

function span(text: string, word: string, from = 0): [number, number] {
  const at = text.indexOf(word, from);
  assert.ok(at >= 0, word);
  return [at, at + word.length];
}

Deno.test("`scoreTone()` makes the subject of a negative act its agent and the object its target", () => {
  const text = "Russland bombardierte Aleppo.";
  const russia = scoreTone(text, ...span(text, "Russland"));
  const aleppo = scoreTone(text, ...span(text, "Aleppo"));
  assert.equal(russia.role, "agent");
  assert.equal(aleppo.role, "target");
  assert.equal(russia.label, "negative");
  assert.ok(aleppo.score > russia.score);
});

Deno.test("`scoreTone()` reads the passive: Y wurde angegriffen, von X", () => {
  const text = "Der Konvoi wurde von der Miliz angegriffen.";
  assert.equal(scoreTone(text, ...span(text, "Konvoi")).role, "target");
  assert.equal(scoreTone(text, ...span(text, "Miliz")).role, "agent");
});

Deno.test("`scoreTone()` finds the subject after the verb when an adverbial opens the sentence", () => {
  const text = "Am Sonntag beschoss die Armee das Dorf.";
  assert.equal(scoreTone(text, ...span(text, "Armee")).role, "agent");
  const s2 = "Stattdessen drohte US-Präsident Donald Trump mit Sanktionen.";
  assert.equal(scoreTone(s2, ...span(s2, "Trump")).role, "agent");
});

Deno.test("`ruleTone()` weighs the span's clause over other clauses", () => {
  const text = "Die UN lobten die Helfer, doch die Armee beschoss den Konvoi.";
  const un = rules(text, ...span(text, "UN"));
  const army = rules(text, ...span(text, "Armee"));
  assert.ok(un.score > army.score);
  assert.equal(army.label, "negative");
  assert.ok(
    un.matches.find((m) => m.entry === "beschießen")!.modifiers.some((x) =>
      x.kind === "other_clause"
    ),
  );
});

Deno.test("`scoreTone()` counts a sentiment word inside the span fully", () => {
  const text = "Die Terrormiliz IS zog sich zurück.";
  const r = scoreTone(text, 4, 18);
  assert.equal(r.label, "negative");
  assert.ok(!r.matches[0].modifiers.some((m) => m.kind === "distance"));
});

Deno.test("`scoreTone()` ignores the other sentences of the text", () => {
  const text = "Die Soldaten kamen. Ein Anschlag erschütterte die Stadt.";
  assert.equal(scoreTone(text, ...span(text, "Soldaten")).matches.length, 0);
});

Deno.test("`scoreTone()` returns a valid label for any valid span", () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 80 }),
      fc.nat(),
      fc.nat(),
      (text, x, y) => {
        const a = Math.min(x, y) % (text.length + 1);
        const b = Math.min(Math.max(x, y) % (text.length + 1) + a, text.length);
        const r = scoreTone(text, a, b);
        return ["positive", "negative", "neutral"].includes(r.label) &&
          Number.isFinite(r.score);
      },
    ),
  );
  const s = "Die Lage ist katastrophal.";
  for (let a = 0; a <= s.length; a++) {
    for (let b = a; b <= s.length; b++) {
      assert.ok(
        ["positive", "negative", "neutral"].includes(scoreTone(s, a, b).label),
      );
    }
  }
});

Deno.test("`ruleTone()` reads a success against the span as bad for it", () => {
  const text = "Die Armee feierte einen klaren Sieg über den IS.";
  const is = rules(text, ...span(text, "IS"));
  const army = rules(text, ...span(text, "Armee"));
  assert.ok(is.score < 0, `IS ${is.score}`);
  assert.equal(is.role, "target");
  assert.equal(army.label, "positive");
});

Deno.test("seed check: in the al-Qaim article the language around IS is negative", () => {
  const dir = fileURLToPath(new URL("../../corpus/", import.meta.url));
  const file = readdirSync(dir).find((f) => f.startsWith("002_"))!;
  const text = readFileSync(dir + file, "utf8");
  const is = /\b(?:IS|Islamischen Staat(?:es)?)\b/gu;
  const tones = [...text.matchAll(is)].map((m) =>
    scoreTone(text, m.index!, m.index! + m[0].length)
  );
  assert.ok(tones.length >= 5);
  const mean = tones.reduce((s, t) => s + t.score, 0) / tones.length;
  assert.ok(mean < 0, `mean tone toward IS is ${mean}`);
});

Deno.test("seed check: in the 2020 RT article the language around the USA is negative", () => {
  const dir = fileURLToPath(new URL("../../corpus/", import.meta.url));
  const file = readdirSync(dir).find((f) => f.startsWith("001_"))!;
  const text = readFileSync(dir + file, "utf8");
  const us = /\b(?:USA|US-\p{L}+|Washington|Trump)\b/gu;
  const tones = [...text.matchAll(us)].map((m) =>
    scoreTone(text, m.index!, m.index! + m[0].length)
  );
  assert.ok(tones.length >= 10);
  const mean = tones.reduce((s, t) => s + t.score, 0) / tones.length;
  assert.ok(mean < 0, `mean tone toward the USA is ${mean}`);
  const evidence = tones.flatMap((t) => t.matches.map((m) => m.term));
  assert.ok(evidence.includes("Erpressung"));
  assert.ok(evidence.includes("drohte"));
  assert.ok(
    tones.filter((t) => t.label === "negative").length >
      tones.filter((t) => t.label === "positive").length,
  );
});

Deno.test("`scoreTone()` shows each term with the tone rules and its learned weight", () => {
  const text = "Die UN lobten die Helfer, doch die Armee beschoss den Konvoi.";
  const un = scoreTone(text, ...span(text, "UN"));
  const army = scoreTone(text, ...span(text, "Armee"));
  assert.ok(un.score > army.score);
  const act = un.matches.find((m) => m.entry === "beschießen")!;
  assert.ok(act.modifiers.some((x) => x.kind === "other_clause"));
  assert.equal(typeof act.learned, "number");
  assert.deepEqual(Object.keys(army).sort(), [
    "label",
    "matches",
    "negative",
    "positive",
    "role",
    "roles",
    "score",
  ]);
  assert.ok(army.score > -1 && army.score < 1);
});
