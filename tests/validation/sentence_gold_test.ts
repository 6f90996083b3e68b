import assert from "node:assert/strict";
import {
  goldBoundaries,
  parseSentenceGold,
  scoreBoundaries,
} from "../../lib/validation/sentence_gold.ts";

const source = [
  "# a comment line before the first case is ignored",
  "### two paragraphs",
  "Die 4. Infanteriedivision rückt vor.",
  "¶",
  "Bagdad wartet.",
  "### line break inside",
  "Erste Zeile⏎zweite Zeile.",
  "",
].join("\n");

Deno.test("`parseSentenceGold()` joins sentences with spaces or the marked breaks and remembers the header line", () => {
  const [a, b] = parseSentenceGold(source);
  assert.equal(
    a.text,
    "Die 4. Infanteriedivision rückt vor.\n\nBagdad wartet.",
  );
  assert.equal(a.line, 2);
  assert.deepEqual(b.sentences, ["Erste Zeile\nzweite Zeile."]);
});

Deno.test("`scoreBoundaries()` counts found, spurious and missed boundaries", () => {
  const [a] = parseSentenceGold(source);
  assert.deepEqual(goldBoundaries(a), [36]);
  assert.deepEqual(scoreBoundaries([{ end: 36 }, { end: 52 }], a), {
    tp: 1,
    fp: 0,
    fn: 0,
  });
  assert.deepEqual(scoreBoundaries([{ end: 6 }, { end: 52 }], a), {
    tp: 0,
    fp: 1,
    fn: 1,
  });
});
