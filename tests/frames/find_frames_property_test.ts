import assert from "node:assert/strict";
import fc from "fast-check";
import { findFrames } from "../../lib/frames/find_frames.ts";
import { anyText, germanArticle, params } from "../_arbitraries.ts";

// Words from the codebook's world, so that cues actually match.
const frameWords = fc.array(
  fc.constantFrom(
    "Angriff",
    "Angriffe",
    "Luftangriffe",
    "Flüchtlinge",
    "Waffenruhe",
    "Verhandlungen",
    "Terror",
    "Terroristen",
    "Kosten",
    "Ölpreis",
    "Opfer",
    "Zivilisten",
    "Völkerrecht",
    "Sanktionen",
    "Drohne",
    "drohen",
    "Kriegsverbrechen",
    "-",
    " ",
    ".",
    "„",
    "“",
  ),
  { maxLength: 60 },
).map((ws) => ws.join(" "));

function invariants(text: string) {
  const hits = findFrames(text);
  const keys = new Set<string>();
  for (const h of hits) {
    assert.ok(0 <= h.start && h.start <= h.end && h.end <= text.length);
    assert.equal(text.slice(h.start, h.end), h.text);
    assert.ok(Number.isFinite(h.weight));
    const key = `${h.frame_id}:${h.start}:${h.end}`;
    assert.ok(!keys.has(key), `duplicate hit ${key}`);
    keys.add(key);
  }
  assert.deepEqual(findFrames(text), hits, "not deterministic");
}

Deno.test("`findFrames()` property: hits slice the input, without duplicates, deterministically", () => {
  fc.assert(fc.property(anyText, invariants), params(200));
  fc.assert(fc.property(germanArticle, invariants), params(100));
  fc.assert(fc.property(frameWords, invariants), params(200));
});
