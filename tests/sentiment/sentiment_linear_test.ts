import { scoreSentiment } from "../../lib/sentiment/score_sentiment.ts";
import { scoreTone } from "../../lib/sentiment/score_tone.ts";
import { ADVERSARIAL, assertLinear } from "../_linear.ts";

// Test names: "`scoreSentiment()` / input", targeting matchTerms
// (lib/sentiment/match_terms.ts: lexicon look-ups, compound analysis,
// negation and intensifier scopes), and "`scoreTone()` / input", targeting
// also the tone weighting of lib/sentiment/score_tone.ts.
const inputs = {
  ...ADVERSARIAL,
  "50,000 polar words with negations": {
    make: (n: number) =>
      "nicht sehr schwerer Anschlag kein Erfolg ".repeat(n / 6),
    n: 50_000,
  },
  "50,000 agent-target clauses": {
    make: (n: number) =>
      "Die USA griffen den Iran an, sagte er, ".repeat(n / 8),
    n: 50_000,
  },
};
// Once superlinear, now fixed: match_terms.ts compound splitting tried every
// suffix and prefix of a word (O(L²), 100,000 letters took 8.4 s), and
// score_tone.ts counted the words between each match and the span token by
// token (O(matches × sentence length)).

const TONE_INPUTS = new Set([
  "1 MB without punctuation",
  "50,000 capitalised words with periods",
  "deeply nested quotes",
  "one word of 100,000 letters",
  "50,000 polar words with negations",
  "50,000 agent-target clauses",
]);

function linearTest(label: string, run: () => void) {
  Deno.test(`${label} runs in linear time`, run);
}

for (const [name, { make, n }] of Object.entries(inputs)) {
  const a = `scoreSentiment / ${name}`;
  linearTest(a, () => assertLinear(a, make, (s) => scoreSentiment(s), n));
  // scoreTone runs matchTerms too: test its own weighting on the inputs
  // that give it many matches or one huge sentence.
  if (!TONE_INPUTS.has(name)) continue;
  const b = `scoreTone / ${name}`;
  linearTest(b, () =>
    assertLinear(
      b,
      make,
      (s) => scoreTone(s, s.length >> 1, (s.length >> 1) + 5),
      n,
    ));
}
