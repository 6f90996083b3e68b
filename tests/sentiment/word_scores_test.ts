import assert from "node:assert/strict";
import { tokenize } from "../../lib/text/tokens.ts";
import { loadSentimentLexicon } from "../../lib/sentiment/lexicon.ts";
import { matchTerms } from "../../lib/sentiment/match_terms.ts";
import { toneFromMatches } from "../../lib/sentiment/score_tone.ts";
import { toneFeatures } from "../../lib/sentiment/tone_features.ts";
import {
  addContributions,
  contributions,
  type ContributionSums,
  loadSentimentModel,
  predictSentiment,
  TONE_WEIGHTS,
} from "../../lib/sentiment/sentiment_model.ts";

const SENTENCES: [string, string][] = [
  ["Die Armee beschoss am Montag mehrere Dörfer im Norden.", "Armee"],
  ["Der Trainer lobte seine Mannschaft nach dem knappen Sieg.", "Trainer"],
  [
    "Die Gemeinde hat den Haushalt für das kommende Jahr beschlossen. Der Bürgermeister sprach von einem Kompromiss.",
    "Bürgermeister",
  ],
  ["„Wir bleiben dabei“, sagte die Ministerin in Berlin.", "Ministerin"],
];

Deno.test("scoreTone's prediction (word weights added per token) equals the model over the training features", () => {
  const lex = loadSentimentLexicon();
  const model = loadSentimentModel(TONE_WEIGHTS);
  for (const [text, target] of SENTENCES) {
    const start = text.indexOf(target), end = start + target.length;
    const mt = matchTerms(text, tokenize(text), lex);
    const fast = toneFromMatches(mt, start, end);
    const tf = toneFeatures(
      matchTerms(text, tokenize(text), lex),
      start,
      end,
    );
    // The word features are part of the training features …
    assert.ok([...tf.features.keys()].some((k) => k.startsWith("w:")));
    const full = predictSentiment(model, tf.features);
    assert.equal(fast.label, full.label, text);
    assert.ok(Math.abs(fast.score - full.score) < 1e-12, text);
    // … and the words listed as evidence carry the same contributions.
    const sums: ContributionSums = { byMatch: [], byToken: [] };
    addContributions(sums, tf.sources, contributions(model, tf.sources));
    for (const m of fast.matches.filter((m) => m.entry === "")) {
      const k = mt.tokens.findIndex((t) => t.start === m.start);
      assert.ok(Math.abs(sums.byToken[k]! - m.learned!) < 1e-4, m.term);
    }
  }
});

Deno.test("scoreTone lists the non-lexicon words that moved the tone most, with their learned weights", () => {
  const lex = loadSentimentLexicon();
  // No lexicon term: the tone comes from the words the model learned.
  const text = "Mit dem Titel krönte die Mannschaft ihre Saison.";
  const start = text.indexOf("Mannschaft");
  const t = toneFromMatches(
    matchTerms(text, tokenize(text), lex),
    start,
    start + "Mannschaft".length,
  );
  const words = t.matches.filter((m) => m.entry === "");
  assert.ok(words.length > 0 && words.length <= 5);
  for (const w of words) {
    assert.ok(Math.abs(w.learned!) >= 0.1);
    assert.equal(text.slice(w.start, w.end), w.term);
  }
});
