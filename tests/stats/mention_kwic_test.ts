import assert from "node:assert/strict";
import * as aq from "arquero";
import { tokenize } from "../../lib/text/tokens.ts";
import { mentionKwic } from "../../lib/stats/mention_kwic.ts";

const text = "Der Irak protestierte. Das irakische Parlament tagte in Bagdad.";
const toks = tokenize(text);
const sentenceOf = (start: number) => start < 22 ? "a:s0" : "a:s1";
const tokens = aq.table({
  sentence_id: toks.map((t) => sentenceOf(t.start)),
  start: toks.map((t) => t.start),
  end: toks.map((t) => t.end),
});
const sentences = aq.table({
  article_id: ["a", "a"],
  sentence_id: ["a:s0", "a:s1"],
  start: [0, 23],
  text: [text.slice(0, 22), text.slice(23)],
});
const mentions = aq.table({
  mention_id: ["a:m0", "a:m1"],
  article_id: ["a", "a"],
  sentence_id: ["a:s0", "a:s1"],
  actor_id: ["iraq", "iraqi_parliament"],
  start: [4, 27],
  end: [8, 46],
});

Deno.test("`mentionKwic()` shows only the chosen actor's mentions, with context inside the sentence", () => {
  const k = mentionKwic(mentions, tokens, sentences, {
    actorIds: ["iraq"],
    window: 3,
  });
  assert.equal(k.numRows(), 1);
  assert.deepEqual(k.objects()[0], {
    article_id: "a",
    sentence_id: "a:s0",
    start: 4,
    end: 8,
    pre: "Der",
    keyword: "Irak",
    post: "protestierte.",
    pattern: "iraq",
    mention_id: "a:m0",
  });
});
