import assert from "node:assert/strict";
import {
  foldedStartsWith,
  foldGerman,
  isCapitalised,
  MAX_COMPOUND,
  splitCompound,
} from "../../lib/text/german.ts";

Deno.test("foldGerman lower-cases and folds umlauts and ß like the stemmer", () => {
  assert.equal(foldGerman("Übergriffe"), "ubergriffe");
  assert.equal(foldGerman("STRAßE"), "strasse");
  assert.equal(foldGerman("Größenwahn"), "grossenwahn");
});

Deno.test("foldedStartsWith compares the folded text without allocating it", () => {
  assert.ok(foldedStartsWith("größer", 0, 6, "gross"));
  assert.ok(foldedStartsWith("xkämpfen", 1, 8, "kampf"));
  assert.ok(!foldedStartsWith("kämpfen", 0, 3, "kampf"), "stops at `to`");
  assert.ok(!foldedStartsWith("grüße", 0, 5, "grus"), "ß is two letters");
});

Deno.test("isCapitalised reads the case at a position", () => {
  assert.ok(isCapitalised("Würde"));
  assert.ok(!isCapitalised("würde"));
  assert.ok(isCapitalised("US-Truppen", 3));
});

const parts = {
  heads: new Map([["angriff", "Angriff"], ["unglück", "Unglück"]]),
  exact: new Map([["drohne", "Drohne"]]),
  firsts: new Map([
    ["frieden", "Frieden"],
    ["hilfe", "Hilfe"],
    ["pleite", "Pleite"],
  ]),
};
const nouns = () => true;

Deno.test("splitCompound finds the longest known head first", () => {
  assert.deepEqual(
    splitCompound("raketenangriff", "raketenangriff", parts, nouns),
    { entry: "Angriff", head: true },
  );
  assert.deepEqual(
    splitCompound("kampfdrohne", "kampfdrohne", parts, nouns),
    { entry: "Drohne", head: true },
  );
});

Deno.test("splitCompound reads an inflected head whose stem is too short", () => {
  assert.deepEqual(
    splitCompound("firmenplei", "firmenpleiten", parts, nouns),
    { entry: "Pleite", head: true },
  );
  assert.equal(
    splitCompound("firmenplei", "firmenpleiten", parts, () => false),
    null,
    "only nouns head by their written form",
  );
});

Deno.test("splitCompound finds a first part with a linking element", () => {
  assert.deepEqual(
    splitCompound("friedensplan", "friedensplan", parts, nouns),
    { entry: "Frieden", head: false },
  );
  assert.deepEqual(
    splitCompound("hilfskonvoi", "hilfskonvoi", parts, nouns),
    { entry: "Hilfe", head: false },
    "a dropped -e is restored",
  );
});

Deno.test("splitCompound leaves short, over-long and prefixed words alone", () => {
  assert.equal(splitCompound("angriff", "angriff", parts, nouns), null);
  const long = "x".repeat(MAX_COMPOUND - 6) + "angriff";
  assert.equal(splitCompound(long, long, parts, nouns), null);
  // "Zug|unglück" splits, but a verb prefix makes a derivation.
  assert.deepEqual(
    splitCompound("zugunglück", "zugunglück", parts, nouns),
    { entry: "Unglück", head: true },
  );
  assert.equal(
    splitCompound("ausunglück", "ausunglück", parts, nouns),
    null,
  );
});
