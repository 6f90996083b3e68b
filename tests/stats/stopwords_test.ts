import assert from "node:assert/strict";
import { loadStopwords, parseStopwords } from "../../lib/stats/stopwords.ts";

Deno.test("`loadStopwords()` holds function words and no frame-bearing nouns", () => {
  const stop = loadStopwords();
  for (const w of ["der", "und", "dass", "daß", "wurde", "sollte", "über"]) {
    assert.ok(stop.has(w), w);
  }
  for (const w of ["menschen", "recht", "krieg", "zeit", "jahr", "frieden"]) {
    assert.ok(!stop.has(w), w);
  }
});

Deno.test("`parseStopwords()` names the file and line of a malformed entry", () => {
  assert.throws(
    () => parseStopwords("der\nDie Truppen\n", "stop.txt"),
    (e: Error) => e instanceof SyntaxError && /stop\.txt:2/.test(e.message),
  );
});
