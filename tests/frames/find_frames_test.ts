import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import { findFrames } from "../../lib/mod.ts";
import {
  carriedFrames as carried,
  readFrameGold,
} from "../../lib/validation/mod.ts";

const gold = readFrameGold();

Deno.test("`findFrames()` finds the gold frames of hand-written news sentences", () => {
  let positives = 0, found = 0, negatives = 0, spurious = 0;
  const misses: string[] = [];
  for (const { sentence, frames: want, not } of gold) {
    const got = carried(sentence);
    for (const f of want) {
      positives++;
      if (got.has(f)) found++;
      else misses.push(`missing ${f}: ${sentence}`);
    }
    for (const f of not) {
      negatives++;
      if (got.has(f)) {
        spurious++;
        misses.push(`spurious ${f}: ${sentence}`);
      }
    }
  }
  const recall = found / positives;
  const falsePositiveRate = spurious / negatives;
  // Measured when written: recall 0.98 (50/51), false-positive rate 0 (0/62).
  assert(recall >= 0.9, `recall ${recall.toFixed(2)}\n${misses.join("\n")}`);
  assert(
    falsePositiveRate <= 0.05,
    `false-positive rate ${falsePositiveRate.toFixed(2)}\n${misses.join("\n")}`,
  );
});

Deno.test("`findFrames()` matches inflected forms through the normalised token", () => {
  for (
    const form of ["Verhandlung", "Verhandlungen", "verhandelten", "verhandelt"]
  ) {
    assert(
      findFrames(`Man ${form === "Verhandlung" ? "will die" : "hat"} ${form}.`)
        .some((h) => h.frame_id === "diplomacy"),
      form,
    );
  }
  const tote = findFrames("Es gab Tote. Zwei Menschen wurden getötet.");
  assertEquals(tote.map((h) => h.text), ["Tote", "getötet"]);
});

Deno.test("`findFrames()` reads cues as heads and modifiers of compounds", () => {
  const hits = findFrames(
    "Luftangriffe, Raketenangriffen, Friedensverhandlungen, Flüchtlingskinder, Waffenlieferungen",
  );
  const byText = (t: string) =>
    hits.filter((h) => h.text === t).map((h) => `${h.frame_id}:${h.match}`);
  assertEquals(byText("Luftangriffe"), ["military_action:head"]);
  assertEquals(byText("Raketenangriffen"), ["military_action:head"]);
  assert(
    byText("Friedensverhandlungen").some((m) => m.startsWith("diplomacy:")),
  );
  assert(byText("Flüchtlingskinder").includes("humanitarian:modifier"));
  assert(byText("Flüchtlingskinder").includes("human_interest:head"));
  assertEquals(byText("Waffenlieferungen"), ["military_action:modifier"]);
});

Deno.test("`findFrames()` does not read unrelated words as compounds of short or stemmed cues", () => {
  // "Vergleich" ends in "-leich" (Leiche), "Abbuchung" in the stem of Hunger,
  // "Transport" begins like "Tränen", "Ausstellung" ends in "Stellung".
  const hits = findFrames(
    "Im Vergleich zur Abbuchung war der Transport zur Ausstellung teuer, wie es würde.",
  );
  assertEquals(
    hits.map((h) => h.frame_id).filter((f) => f !== "economic_consequences"),
    [],
  );
});

Deno.test("`findFrames()` matches a phrase and not the single words inside it", () => {
  const hits = findFrames("Die Terrormiliz Islamischer Staat bekannte sich.");
  const phrase = hits.find((h) => h.match === "phrase")!;
  assertEquals([phrase.frame_id, phrase.text], [
    "terrorism_security",
    "Islamischer Staat",
  ]);
});

Deno.test("`findFrames()` gives offsets into the text it was given", () => {
  const text = "Gestern: Die Waffenruhe hält.";
  const [hit] = findFrames(text);
  assertEquals(text.slice(hit.start, hit.end), "Waffenruhe");
  assertEquals(hit.frame_id, "diplomacy");
});

Deno.test("`findFrames()` counts a listed compound once, not as its parts", () => {
  // Waffenruhe is listed for diplomacy: no military "Waffe" inside it.
  assertEquals(findFrames("Waffenruhe").map((h) => h.frame_id), ["diplomacy"]);
});
