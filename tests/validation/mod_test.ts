import assert from "node:assert/strict";
import * as validation from "../../lib/validation/mod.ts";

Deno.test("lib/validation/mod.ts names its gold comparisons evaluate* and keeps the earlier names", () => {
  const pairs: [string, string][] = [
    ["evaluateSentences", "validateSentences"],
    ["evaluateMentions", "validateMentions"],
    ["evaluateSentiment", "validateSentiment"],
    ["evaluateTone", "validateTone"],
    ["evaluateFrames", "validateFrames"],
    ["evaluateBoundaries", "scoreBoundaries"],
    ["evaluateSeedMentions", "scoreSeedMentions"],
    ["evaluateSentenceMentions", "scoreSentenceMentions"],
    ["evaluateSentenceNames", "scoreSentenceNames"],
  ];
  const v = validation as Record<string, unknown>;
  for (const [now, before] of pairs) {
    assert.equal(typeof v[now], "function", now);
    assert.equal(v[now], v[before], `${now} is ${before}`);
  }
});
