import assert from "node:assert/strict";
import fc from "fast-check";
import { ruleSentiment as scoreSentiment } from "../../lib/sentiment/score_sentiment.ts";
import { wordSoup } from "../_arbitraries.ts";

// Regression tests of the lexicon rules (negation, intensifiers, contrast,
// reducers …) that feed the learned model, on sentences written here. They
// pin the mechanism; they are not accuracy (that is cross-validated on
// GerNTSA: lib/data/accuracy/sentence_sentiment.json).

const kinds = (text: string) =>
  scoreSentiment(text).matches.flatMap((m) => m.modifiers.map((x) => x.kind));

Deno.test("`ruleSentiment()` labels plain procedural news sentences neutral", () => {
  for (
    const s of [
      "Der Bundestag berät am Donnerstag über den Haushalt.",
      "Die Waffenruhe soll um Mitternacht in Kraft treten.",
      "Die Verhandlungen werden am Montag fortgesetzt.",
      "Die Streitkräfte verlegen zwei Bataillone nach Litauen.",
    ]
  ) assert.equal(scoreSentiment(s).label, "neutral", s);
});

Deno.test("`ruleSentiment()` flips a negated positive term and damps a negated negative one", () => {
  const r = scoreSentiment("Die Reform ist nicht erfolgreich.");
  assert.equal(r.label, "negative");
  assert.equal(r.matches[0].modifiers[0].kind, "negated");
  assert.equal(r.matches[0].modifiers[0].cue, "nicht");
  const keine = scoreSentiment("Es gab keine Toten.");
  assert.ok(keine.score > 0);
  assert.equal(
    scoreSentiment("Das ist keine gute Nachricht.").label,
    "negative",
  );
});

Deno.test("`ruleSentiment()` negation stops at the clause boundary and the window", () => {
  // "nicht" belongs to the first clause; "Erfolg" is in the second.
  const r = scoreSentiment("Er kam nicht, der Abend war ein Erfolg.");
  assert.equal(r.label, "positive");
  assert.ok(
    !kinds("Er kam nicht, der Abend war ein Erfolg.").includes("negated"),
  );
  // More than three words away: outside the scope.
  assert.ok(
    !kinds("Es gab nicht nur am Montag in der Stadt einen Erfolg.").includes(
      "negated",
    ),
  );
});

Deno.test("`ruleSentiment()` negates a verb when nicht ends the clause", () => {
  const r = scoreSentiment("Die Lage verbessert sich nicht.");
  assert.equal(r.label, "negative");
});

Deno.test("`ruleSentiment()` handles weder … noch and kaum", () => {
  assert.ok(
    kinds("Es gibt weder Hoffnung noch Hilfe.").filter((k) => k === "negated")
      .length === 2,
  );
  assert.equal(scoreSentiment("Es gibt kaum Fortschritte.").label, "negative");
});

Deno.test("`ruleSentiment()` multiplies intensified and diminished terms", () => {
  const plain = scoreSentiment("Die Lage ist angespannt.").score;
  const very = scoreSentiment("Die Lage ist äußerst angespannt.");
  const bit = scoreSentiment("Die Lage ist etwas angespannt.").score;
  assert.ok(very.score < plain && plain < bit && bit < 0);
  assert.deepEqual(very.matches[0].modifiers[0], {
    kind: "intensified",
    factor: 1.8,
    cue: "äußerst",
  });
});

Deno.test("`ruleSentiment()` weighs the clause after aber, doch, jedoch more", () => {
  assert.equal(
    scoreSentiment(
      "Der Plan klingt gut, aber er ist gefährlich.",
    ).label,
    "negative",
  );
  assert.equal(
    scoreSentiment("Die Lage ist ernst, doch es gibt Grund zur Hoffnung.")
      .label,
    "positive",
  );
  assert.ok(kinds("Es war schwierig, jedoch ein Erfolg.").includes("contrast"));
});

Deno.test("`ruleSentiment()` reads Na toll as sarcasm", () => {
  const r = scoreSentiment("Na toll, jetzt fällt auch noch der Zug aus.");
  assert.equal(r.label, "negative");
  assert.equal(r.matches[0].modifiers[0].kind, "sarcasm");
  assert.equal(scoreSentiment("Das Konzert war toll.").label, "positive");
});

Deno.test("`ruleSentiment()` matches inflected forms and unknown compounds", () => {
  for (
    const s of [
      "Die Terrororganisation bekannte sich.",
      "Ein Selbstmordattentäter sprengte sich vor der Moschee.",
      "Bei den Gefechten starben Dutzende.",
      "Der Raketenangriff traf ein Wohnhaus.",
    ]
  ) assert.equal(scoreSentiment(s).label, "negative", s);
  const t = scoreSentiment("Die Terrororganisation").matches[0];
  assert.equal(t.entry, "Terror");
  assert.equal(t.modifiers[0].kind, "compound");
  assert.equal(scoreSentiment("Das Verfahren war unfair.").label, "negative");
});

Deno.test("`ruleSentiment()` reads a bad thing that sank, was prevented or ended as good news", () => {
  const label = (t: string) => scoreSentiment(t).label;
  assert.equal(
    label("Die Zahl der Anschläge ist deutlich gesunken."),
    "positive",
  );
  assert.equal(label("Die Polizei hat einen Anschlag vereitelt."), "positive");
  assert.equal(
    label("Die Behörden verhinderten eine Katastrophe."),
    "positive",
  );
  assert.ok(kinds("Die Arbeitslosigkeit sank.").includes("reduced"));
  // Positive terms are left alone: the thing that ends the conflict is good.
  assert.equal(label("Der Friedensvertrag beendet den Krieg."), "positive");
  // Too far away, or in another clause: no effect.
  assert.equal(
    label("Der Anschlag erschütterte die Stadt, die Kurse sanken."),
    "negative",
  );
});

Deno.test("`ruleSentiment()` finds an inflected compound head whose stem is short", () => {
  const r = scoreSentiment("Die Zahl der Firmenpleiten stieg.");
  assert.equal(r.label, "negative");
  assert.equal(r.matches[0].entry, "Pleite");
});

Deno.test("`ruleSentiment()` gives match offsets into the text", () => {
  const text = "Kritiker werfen der Regierung Erpressung vor.";
  const m = scoreSentiment(text).matches.find((x) => x.entry === "Erpressung")!;
  assert.equal(text.slice(m.start, m.end), "Erpressung");
  assert.equal(m.weight, -0.8);
});

Deno.test("`ruleSentiment()` covers the conflict-reporting vocabulary", () => {
  const neg = [
    "Angriff",
    "Anschlag",
    "Gefechte",
    "Tote",
    "Vergeltungsschlag",
    "Blutbad",
    "Erpressung",
    "Massaker",
    "Zerstörung",
    "Vertreibung",
  ];
  const pos = [
    "Befreiung",
    "Waffenruhe",
    "Verhandlungen",
    "Hilfe",
    "Frieden",
    "Einigung",
    "Sieg",
  ];
  for (const w of neg) assert.ok(scoreSentiment(w).score < 0, w);
  for (const w of pos) assert.ok(scoreSentiment(w).score > 0, w);
});

Deno.test("`ruleSentiment()` of an empty text is neutral", () => {
  assert.deepEqual(scoreSentiment(""), {
    score: 0,
    label: "neutral",
    positive: 0,
    negative: 0,
    matches: [],
  });
});

Deno.test("`ruleSentiment()` keeps score, label and offsets consistent on any text", () => {
  const words = [
    "Angriff",
    "nicht",
    "sehr",
    "gut",
    "aber",
    "Frieden",
    "kaum",
    "Na",
    "toll",
    ",",
    ".",
    "Terrororganisation",
    "keine",
    "Toten",
    "gegen",
    "Gewalt",
    "trotz",
    '"',
    "Hilfe",
  ];
  fc.assert(
    fc.property(
      wordSoup(words),
      (text) => {
        const r = scoreSentiment(text);
        if (!(r.score > -1 && r.score < 1)) return false;
        const expected = r.score >= 0.25
          ? "positive"
          : r.score <= -0.25
          ? "negative"
          : "neutral";
        if (r.label !== expected) return false;
        return r.matches.every((m) =>
          text.slice(m.start, m.end) === m.term && m.start < m.end
        );
      },
    ),
  );
});
