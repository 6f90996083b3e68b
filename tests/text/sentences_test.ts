import assert from "node:assert/strict";
import fc from "fast-check";
import { analyzeCorpus } from "../../lib/analyze/analyze_corpus.ts";
import { readCorpus } from "../../lib/corpus/read_corpus.ts";
import { type SentenceSpan, splitSentences } from "../../lib/text/sentences.ts";
import {
  loadSentenceRules,
  parseAbbreviations,
  parseSentenceWords,
} from "../../lib/text/sentence_rules.ts";
import {
  parseSentenceGold as parseGold,
  scoreBoundaries,
} from "../../lib/validation/sentence_gold.ts";

const fixtures = new URL("../fixtures/sentences/", import.meta.url);
const corpusDir = new URL("../../corpus/", import.meta.url).pathname;
const GOLD_FILES = [
  "news_gold.txt",
  "news_gold_b.txt",
  "news_gold_c.txt",
  "news_gold_d.txt",
  "news_gold_e.txt",
];
const texts = (spans: SentenceSpan[]) => spans.map((s) => s.text);

/** The invariants every result must keep, whatever the input. */
function assertInvariants(input: string, spans: SentenceSpan[]) {
  let at = 0;
  for (const s of spans) {
    assert.deepEqual(s.text, input.slice(s.start, s.end));
    assert.ok(s.start >= at, `sentence at ${s.start} overlaps the one before`);
    assert.ok(s.end > s.start, `empty sentence at ${s.start}`);
    assert.ok(!/^\s|\s$/u.test(s.text), `untrimmed sentence ${s.text}`);
    assert.ok(
      !/\S/u.test(input.slice(at, s.start)),
      "text lost between sentences",
    );
    at = s.end;
  }
  assert.ok(!/\S/u.test(input.slice(at)), "text lost after the last sentence");
}

for (const file of GOLD_FILES) {
  Deno.test(`splitSentences() finds the hand-checked sentences of ${file}`, () => {
    const cases = parseGold(
      Deno.readTextFileSync(new URL(file, fixtures)),
    );
    assert.ok(cases.length >= 3);
    for (const c of cases) {
      const spans = splitSentences(c.text);
      assert.deepEqual(
        texts(spans),
        c.sentences,
        `case "${c.name}" (${file}:${c.line})`,
      );
      assertInvariants(c.text, spans);
    }
  });
}

Deno.test("splitSentences() finds every gold boundary and no other (precision and recall 1)", () => {
  const total = { tp: 0, fp: 0, fn: 0 };
  let sentences = 0;
  for (const file of GOLD_FILES) {
    for (const c of parseGold(Deno.readTextFileSync(new URL(file, fixtures)))) {
      sentences += c.sentences.length;
      const s = scoreBoundaries(splitSentences(c.text), c);
      total.tp += s.tp;
      total.fp += s.fp;
      total.fn += s.fn;
    }
  }
  assert.ok(sentences >= 150, `only ${sentences} gold sentences`);
  assert.deepEqual(total, { tp: total.tp, fp: 0, fn: 0 });
});

Deno.test("splitSentences() gives the hand-checked sentences of the seed articles, as analyzeCorpus() stores them", async () => {
  const gold = JSON.parse(
    Deno.readTextFileSync(new URL("seed_gold.json", fixtures)),
  ) as Record<string, string[]>;
  const tables = await analyzeCorpus(corpusDir);
  const rows = tables.sentences.objects() as {
    article_id: string;
    text: string;
  }[];
  const got: Record<string, string[]> = {};
  for (const r of rows) (got[r.article_id] ??= []).push(r.text);
  assert.deepEqual(got, gold);
});

Deno.test("analyzeCorpus() sentence offsets round-trip into the seed article texts", async () => {
  const { articles } = readCorpus(corpusDir);
  const byId = new Map(articles.map((a) => [a.id, a.text]));
  const tables = await analyzeCorpus(corpusDir);
  const rows = tables.sentences.objects() as {
    article_id: string;
    start: number;
    end: number;
    text: string;
  }[];
  assert.ok(rows.length > 100);
  for (const r of rows) {
    assert.deepEqual(byId.get(r.article_id)!.slice(r.start, r.end), r.text);
  }
  for (const a of articles) assertInvariants(a.text, splitSentences(a.text));
});

Deno.test("splitSentences() keeps its invariants on arbitrary text", () => {
  const alphabet = fc.constantFrom(
    ...'aZ ß.!?…;:,\n\n  „“"»«‚‘()[]–-0123456789äÖ'.split(""),
    "z. B.",
    "Dr. ",
    "U.S.",
    "4. ",
    "usw. ",
    "\n\n",
    "Die ",
  );
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 80 }), (parts) => {
      const input = parts.join("");
      assertInvariants(input, splitSentences(input));
    }),
    { numRuns: 2000, seed: 20240521 },
  );
});

Deno.test("splitSentences() returns nothing for empty or blank text", () => {
  assert.deepEqual(splitSentences(""), []);
  assert.deepEqual(splitSentences(" \n\n\t "), []);
});

Deno.test("splitSentences() never ends a sentence at a semicolon or a colon inside a paragraph", () => {
  const text =
    "Die Armee rückte vor; die Rebellen flohen. Er sagte: „Wir bleiben.“ Das Fazit: Die Waffenruhe hält nicht.";
  assert.deepEqual(texts(splitSentences(text)), [
    "Die Armee rückte vor; die Rebellen flohen.",
    "Er sagte: „Wir bleiben.“",
    "Das Fazit: Die Waffenruhe hält nicht.",
  ]);
});

Deno.test("splitSentences() ends a sentence at a blank line, even after a colon or no punctuation", () => {
  const text = "Kämpfe in Bachmut\n\nDer Minister sagte:\n\n„Wir bleiben.“";
  assert.deepEqual(texts(splitSentences(text)), [
    "Kämpfe in Bachmut",
    "Der Minister sagte:",
    "„Wir bleiben.“",
  ]);
});

Deno.test("splitSentences() ends headlines at a single line break but joins hard-wrapped lines", () => {
  assert.deepEqual(
    texts(
      splitSentences(
        "Waffenruhe gebrochen\nIsrael macht die Hamas verantwortlich.",
      ),
    ),
    ["Waffenruhe gebrochen", "Israel macht die Hamas verantwortlich."],
  );
  const wrapped =
    "Die UN haben vor einer Hungersnot im\nJemen gewarnt, weil\nmehr als 17 Millionen Menschen hungern.";
  assert.deepEqual(texts(splitSentences(wrapped)), [wrapped]);
});

Deno.test("splitSentences() keeps a quote and its attribution together", () => {
  assert.deepEqual(
    texts(
      splitSentences(
        "„Das geht nicht“, schrieb X. „Warum?“, fragte er. „Wer?“ fragte sie. „So wird es werden.“ Danach ging er.",
      ),
    ),
    [
      "„Das geht nicht“, schrieb X.",
      "„Warum?“, fragte er.",
      "„Wer?“ fragte sie.",
      "„So wird es werden.“",
      "Danach ging er.",
    ],
  );
});

Deno.test("splitSentences() stays fast on a megabyte without punctuation and on 100,000 periods", () => {
  const plain = "Soldaten ".repeat(120_000);
  assert.deepEqual(splitSentences(plain).length, 1);
  assert.deepEqual(splitSentences(".".repeat(100_000)).length, 1);
  const short = "Ja. ".repeat(100_000);
  assert.deepEqual(splitSentences(short).length, 100_000);
  // Abbreviation chains and ordinals: each period looks back and ahead a
  // bounded distance only.
  assert.deepEqual(splitSentences("z. B. ".repeat(100_000)).length, 1);
  assert.deepEqual(splitSentences("4. ".repeat(100_000)).length, 1);
  const lines = "Titel ohne Punkt\n".repeat(50_000);
  assert.deepEqual(splitSentences(lines).length, 50_000);
  assert.deepEqual(splitSentences("a\n".repeat(100_000)).length, 1);
});

Deno.test("parseAbbreviations() names the file and line of a malformed entry", () => {
  assert.throws(
    () =>
      parseAbbreviations("form\tkind\nz. B.\tinner\nusw\tfinal\n", "my.txt"),
    (e: Error) =>
      e instanceof SyntaxError && /my\.txt:3/.test(e.message) &&
      /"usw"/.test(e.message),
  );
  assert.throws(
    () => parseAbbreviations("Gen.\tsometimes\n", "my.txt"),
    (e: Error) =>
      e instanceof SyntaxError && /my\.txt:1/.test(e.message) &&
      /inner, final, end or number/.test(e.message),
  );
  assert.throws(
    () => parseAbbreviations("Gen.\n", "my.txt"),
    (e: Error) => /my\.txt:1: expected 2 tab-separated columns/.test(e.message),
  );
});

Deno.test("parseSentenceWords() names the file and line of a malformed entry", () => {
  assert.throws(
    () => parseSentenceWords("Die\topener\nJan.\tmonth\n", "w.txt"),
    (e: Error) => e instanceof SyntaxError && /w\.txt:2/.test(e.message),
  );
  assert.throws(
    () => parseSentenceWords("Die\tstarter\n", "w.txt"),
    (e: Error) => /w\.txt:1: unknown role "starter"/.test(e.message),
  );
});

Deno.test("splitSentences() uses an extended abbreviation list when given one", () => {
  const rules = loadSentenceRules();
  const text = "Der Konvoi erreichte die Botsch. Damaskus am Abend.";
  assert.deepEqual(splitSentences(text).length, 2);
  const abbreviations = new Map(rules.abbreviations);
  for (const [k, v] of parseAbbreviations("Botsch.\tinner\n", "x")) {
    abbreviations.set(k, v);
  }
  assert.deepEqual(
    splitSentences(text, { rules: { ...rules, abbreviations } }).length,
    1,
  );
});

Deno.test("splitSentences() reads a hard-wrapped first block the same after a leading newline", () => {
  const t = "x\n4. ‹\nu. a.";
  assert.deepEqual(splitSentences(t).map((s) => s.text), [t]);
  const spans = splitSentences("\n" + t);
  assert.deepEqual(spans.map((s) => s.text), [t]);
  assert.deepEqual(spans[0].start, 1);
});
