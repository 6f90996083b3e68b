import assert from "node:assert/strict";
import {
  COMPOUND_MODIFIER_FACTOR,
  matchTerms,
} from "../../lib/sentiment/match_terms.ts";
import { loadSentimentLexicon } from "../../lib/sentiment/lexicon.ts";
import { tokenize } from "../../lib/text/tokens.ts";

const lex = loadSentimentLexicon();
const match = (text: string) => matchTerms(text, tokenize(text), lex);
const kinds = (m: { modifiers: { kind: string; cue: string }[] }) =>
  m.modifiers.map((x) => `${x.kind}:${x.cue}`);

Deno.test("matchTerms finds terms with their offsets and lexicon entries", () => {
  const text = "Der Angriff tötete viele.";
  const { matches } = match(text);
  assert.deepEqual(matches.map((m) => m.entry), ["Angriff", "tot"]);
  const [a] = matches;
  assert.equal(text.slice(a.start, a.end), "Angriff");
  assert.equal(a.term, "Angriff");
  assert.equal(a.value, a.weight);
  assert.ok(a.weight < 0);
});

Deno.test("matchTerms reads an unknown compound by its head, or its first part at reduced weight", () => {
  const [head] = match("Der Raketenangriff kam nachts.").matches;
  assert.equal(head.entry, "Angriff");
  assert.deepEqual(head.modifiers, [
    { kind: "compound", factor: 1, cue: "Angriff" },
  ]);
  const [first] = match("Die Terrororganisation wuchs.").matches;
  assert.equal(first.entry, "Terror");
  assert.equal(first.value, first.weight * COMPOUND_MODIFIER_FACTOR);
});

Deno.test("matchTerms applies negation, intensifiers and contrast in their windows", () => {
  const [erfolg] = match("Das war kein Erfolg.").matches;
  assert.deepEqual(kinds(erfolg), ["negated:kein"]);
  assert.ok(erfolg.weight > 0 && erfolg.value < 0);
  const strong = match("Das war ein sehr schwerer Angriff.").matches.at(-1)!;
  assert.deepEqual(kinds(strong), [
    "intensified:schwerer",
    "intensified:sehr",
  ]);
  assert.ok(Math.abs(strong.value) > Math.abs(strong.weight));
  const [gut, riskant] = match("Der Plan ist gut, aber riskant.").matches;
  assert.deepEqual(kinds(gut), ["contrast:aber"]);
  assert.ok(Math.abs(gut.value) < Math.abs(gut.weight), "before: weaker");
  assert.ok(
    Math.abs(riskant.value) > Math.abs(riskant.weight),
    "after: stronger",
  );
});

Deno.test("matchTerms reads a falling bad thing as good news, and 'gut' before a number as no term", () => {
  const [a] = match("Die Arbeitslosigkeit sank deutlich.").matches;
  assert.deepEqual(kinds(a), ["reduced:sank"]);
  assert.ok(a.weight < 0 && a.value > 0);
  assert.deepEqual(match("Es kamen gut 100 Menschen.").matches, []);
});

Deno.test("matchTerms marks clauses and sentences of each token", () => {
  const text = "Es kracht, dann Stille. Neuer Satz.";
  const m = match(text);
  const at = (word: string) => m.tokens.findIndex((t) => t.token === word);
  assert.equal(m.clause[at("kracht")], m.clause[at("Es")]);
  assert.ok(m.clause[at("dann")] > m.clause[at("kracht")]);
  assert.equal(m.sentence[at("Stille")], 0);
  assert.equal(m.sentence[at("Satz")], 1);
});
