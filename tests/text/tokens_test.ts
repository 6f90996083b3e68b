import assert from "node:assert/strict";
import { normalize, tokenize } from "../../lib/text/tokens.ts";

const toks = (s: string) => tokenize(s).map((t) => t.token);

Deno.test("`tokenize()` gives offsets that slice back to each token", () => {
  const text =
    "„Wir ziehen ab“, sagte der US-General am 8. Januar 2020 in Bagdad – 5.000 Soldaten (1,5 %) bleiben.";
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.token);
  // Every non-space character is in exactly one token, in order.
  let covered = "";
  let last = 0;
  for (const t of tokens) {
    assert.ok(t.start >= last);
    assert.equal(text.slice(last, t.start).trim(), "");
    covered += t.token;
    last = t.end;
  }
  assert.equal(covered, text.replace(/\s/g, ""));
});

Deno.test("`tokenize()` keeps hyphen compounds as one word", () => {
  assert.deepEqual(
    toks("US-Truppen und al-Qaim, Ost-Aleppo, Anti-IS-Koalition"),
    [
      "US-Truppen",
      "und",
      "al-Qaim",
      ",",
      "Ost-Aleppo",
      ",",
      "Anti-IS-Koalition",
    ],
  );
  // A dangling hyphen ("US- und EU-Truppen") is punctuation.
  assert.deepEqual(toks("US- und EU-Truppen"), [
    "US",
    "-",
    "und",
    "EU-Truppen",
  ]);
});

Deno.test("`tokenize()` keeps German numbers with . and , together", () => {
  assert.deepEqual(
    toks("5.000 Tote, 1,5 Millionen, 100.000 Flüchtlinge, 25000"),
    [
      "5.000",
      "Tote",
      ",",
      "1,5",
      "Millionen",
      ",",
      "100.000",
      "Flüchtlinge",
      ",",
      "25000",
    ],
  );
  // An ordinal's period and a sentence-final period stay separate.
  assert.deepEqual(toks("am 8. Januar 2003."), [
    "am",
    "8",
    ".",
    "Januar",
    "2003",
    ".",
  ]);
});

Deno.test("`tokenize()` marks words and punctuation", () => {
  const t = tokenize("Bagdad, 5.000!");
  assert.deepEqual(t.map((x) => x.isWord), [true, false, true, false]);
});

Deno.test("`tokenize()` of a slice gives offsets into the whole text", () => {
  const text = "Erster Satz. Zweiter Satz hier.";
  const t = tokenize(text, 13, text.length);
  assert.equal(t[0].token, "Zweiter");
  assert.equal(t[0].start, 13);
  for (const x of t) assert.equal(text.slice(x.start, x.end), x.token);
});

Deno.test("`tokenize()` keeps surrogate pairs, emoji sequences and combining marks whole", () => {
  const text = "Der 𝔘nfall 😀 in Kyjiw 👨‍👩‍👧 🇩🇪 👍🏽 e\u0301cole ❤️";
  const t = tokenize(text);
  for (const x of t) assert.equal(text.slice(x.start, x.end), x.token);
  assert.ok(toks(text).includes("😀"));
  assert.ok(toks(text).includes("👨‍👩‍👧"));
  assert.ok(toks(text).includes("🇩🇪"));
  assert.ok(toks(text).includes("👍🏽"));
  assert.ok(toks(text).includes("❤️"));
  assert.ok(toks(text).includes("e\u0301cole"));
  // No token starts or ends inside a surrogate pair.
  for (const x of t) {
    const first = x.token.charCodeAt(0);
    const last = x.token.charCodeAt(x.token.length - 1);
    assert.ok(!(first >= 0xdc00 && first <= 0xdfff), JSON.stringify(x.token));
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), JSON.stringify(x.token));
  }
});

Deno.test("`tokenize()` survives lone surrogates, NUL and zero-width characters", () => {
  const text = "a\uD800b\uDC00c\u0000d\u200Be\uFEFFf";
  const t = tokenize(text);
  for (const x of t) assert.equal(text.slice(x.start, x.end), x.token);
  assert.deepEqual(t.filter((x) => x.isWord).map((x) => x.token), [
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
  ]);
});

Deno.test("`tokenize()` reads Arabic and Cyrillic names as words", () => {
  assert.deepEqual(toks("Präsident Владимир Путин und قاسم سليماني"), [
    "Präsident",
    "Владимир",
    "Путин",
    "und",
    "قاسم",
    "سليماني",
  ]);
});

Deno.test("`normalize()` maps German inflection to one form", () => {
  assert.equal(normalize("Irakern").slice(0, 4), "irak");
  assert.equal(normalize("Irakern"), normalize("Irak"));
  assert.equal(normalize("Iraker"), normalize("Irak"));
  assert.equal(normalize("Soleimanis"), "soleimani");
  assert.equal(normalize("Soleimani"), "soleimani");
  assert.equal(normalize("Truppen"), normalize("Truppe"));
  assert.equal(normalize("Milizen"), normalize("Miliz"));
  assert.equal(normalize("Kämpfer"), normalize("Kampfer"));
});

Deno.test("`normalize()` folds case and umlauts", () => {
  assert.equal(normalize("BAGDAD"), normalize("Bagdad"));
  assert.equal(normalize("Flüchtlinge"), normalize("Fluchtlinge"));
  assert.equal(normalize("Straße"), normalize("Strasse"));
});

Deno.test("`normalize()` normalises hyphen compounds part by part", () => {
  assert.equal(normalize("US-Truppen"), "us-trupp");
  assert.equal(normalize("US-Truppen"), normalize("US-Truppe"));
  // Typographic hyphens (U+2010, U+2011) match the ASCII one.
  assert.equal(normalize("US\u2011Truppen"), "us-trupp");
  assert.equal(normalize("US\u2010Truppen"), "us-trupp");
  assert.equal(normalize("Kurden-Milizen"), normalize("Kurden-Miliz"));
});

Deno.test("`normalize()` treats an apostrophe genitive like the plain name", () => {
  assert.equal(normalize("Trump’s"), normalize("Trumps"));
  assert.equal(normalize("Trump's"), "trump");
});

Deno.test("`normalize()` leaves numbers alone", () => {
  assert.equal(normalize("5.000"), "5.000");
  assert.equal(normalize("1,5"), "1,5");
  assert.equal(normalize("2003"), "2003");
});
