import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import { CueIndex, type CueKind } from "../../lib/text/cue_index.ts";
import { tokenize } from "../../lib/mod.ts";

function matches(cues: [string, CueKind][], text: string): string[] {
  const index = new CueIndex<string>();
  for (const [cue, kind] of cues) index.add(cue, kind, cue);
  const tokens = tokenize(text);
  const out: string[] = [];
  index.match(tokens, (values, how, first, last) => {
    const span = text.slice(tokens[first].start, tokens[last].end);
    for (const v of values) out.push(`${span}=${v}/${how}`);
  });
  return out;
}

Deno.test("`CueIndex.match()` matches inflected forms of a word cue", () => {
  assertEquals(
    matches([["Angriff", "word"]], "Angriffe, Angriffen, des Angriffs"),
    [
      "Angriffe=Angriff/exact",
      "Angriffen=Angriff/exact",
      "Angriffs=Angriff/exact",
    ],
  );
});

Deno.test("`CueIndex.match()` keeps apart words the stemmer conflates", () => {
  // Regime/Regiment, würde/Würde, wer/Werte share a CISTEM stem.
  assertEquals(
    matches(
      [["Regiment", "word"], ["Würde", "word"], ["Werte", "exact"]],
      "Das Regime würde, wer weiß.",
    ),
    [],
  );
  assertEquals(matches([["Würde", "word"]], "Die Würde des Menschen"), [
    "Würde=Würde/exact",
  ]);
});

Deno.test("`CueIndex.match()` reads word cues as compound heads and modifiers", () => {
  assertEquals(
    matches(
      [["Angriff", "word"], ["Frieden", "word"]],
      "Luftangriffe Friedensplan",
    ),
    [
      "Luftangriffe=Angriff/head",
      "Friedensplan=Frieden/modifier",
    ],
  );
  // Exact cues never match inside compounds; nouns head only nouns.
  assertEquals(
    matches([["Euro", "exact"], ["Gefahr", "word"]], "europäisch eingefahren"),
    [],
  );
});

Deno.test("`CueIndex.match()` does not read a listed or stopped word as a compound", () => {
  assertEquals(
    matches([["Waffe", "word"], ["Waffenruhe", "word"]], "Waffenruhe"),
    [
      "Waffenruhe=Waffenruhe/exact",
    ],
  );
  assertEquals(
    matches([["Stellung", "word"], ["Stellungnahme", "stop"]], "Stellungnahme"),
    [],
  );
});

Deno.test("`CueIndex.match()` matches stems, also after verb particles", () => {
  assertEquals(
    matches([["erober", "stem"]], "eroberten zurückerobert wiedereroberte"),
    [
      "eroberten=erober/stem",
      "zurückerobert=erober/stem",
      "wiedereroberte=erober/stem",
    ],
  );
});

Deno.test("`CueIndex.match()` prefers the longest phrase over the words inside it", () => {
  assertEquals(
    matches(
      [["Staat", "word"], ["Islamischer Staat", "phrase"]],
      "der Islamische Staat und der Staat",
    ),
    ["Islamische Staat=Islamischer Staat/phrase", "Staat=Staat/exact"],
  );
});

Deno.test("`CueIndex.match()` matches the parts of hyphenated compounds", () => {
  assertEquals(matches([["IS", "exact"], ["Kampf", "word"]], "Anti-IS-Kampf"), [
    "Anti-IS-Kampf=IS/exact",
    "Anti-IS-Kampf=Kampf/exact",
  ]);
});

Deno.test("`CueIndex.add()` rejects cues it cannot match", () => {
  const index = new CueIndex<number>();
  assert.throws(() => index.add("", "word", 1), RangeError);
  assert.throws(() => index.add("Krieg", "phrase", 1), /fewer than two words/);
  assert.throws(() => index.add("zwei Wörter", "word", 1), /not a single word/);
  assert.throws(() => index.add("ab", "stem", 1), /at least 4 letters/);
});

Deno.test("`CueIndex.match()` matches lower-case cues in lower-case words or at a sentence start", () => {
  // "drohen" (verb) is not the noun "Drohne", which shares its stem.
  assertEquals(matches([["drohen", "word"]], "Die Drohne droht."), [
    "droht=drohen/exact",
  ]);
  assertEquals(matches([["militärisch", "word"]], "Militärische Ziele"), [
    "Militärische=militärisch/exact",
  ]);
});

Deno.test("`CueIndex.match()` lets a stop word block longer compound readings", () => {
  // Without the stop, "Diktatorenjäger" reads as Diktat + "orenjäger".
  assertEquals(matches([["Diktat", "word"]], "Diktatorenjäger"), [
    "Diktatorenjäger=Diktat/modifier",
  ]);
  assertEquals(
    matches([["Diktat", "word"], ["Diktator", "stop"]], "Diktatorenjäger"),
    [],
  );
});
