import assert from "node:assert/strict";
import { join } from "node:path";
import { analyzeCorpus } from "../../lib/analyze/analyze_corpus.ts";
import {
  ARTICLE_STAGES,
  type ArticleStage,
} from "../../lib/analyze/stages/mod.ts";
import { CorpusError } from "../../lib/corpus/problems.ts";
import { article, fingerprint, latin1, makeCorpus, row } from "../_corpus.ts";

const SEEDS = new URL("../../corpus", import.meta.url).pathname;

Deno.test("`analyzeCorpus()` analyses an in-memory array of articles with metadata", async () => {
  const t = await analyzeCorpus([
    {
      id: "a1",
      text: "Die NATO verstärkt ihre Mission. Bagdad protestiert.",
      outlet: "Testblatt",
      date: "2020-02-13",
      conflict: ["us_iraq_crisis_2020"],
      author: "Redaktion",
    },
    { id: "a2", text: "Kairo.\n\nIn Aleppo wird gekämpft.", conflict: "a;b" },
  ]);
  assert.deepEqual(t.articles.array("article_id"), ["a1", "a2"]);
  assert.deepEqual(t.articles.array("outlet"), ["Testblatt", "unknown"]);
  assert.deepEqual(t.articles.array("date_precision"), ["day", ""]);
  assert.deepEqual(t.articles.array("conflict"), [
    "us_iraq_crisis_2020",
    "a;b",
  ]);
  assert.deepEqual(t.articles.array("dateline"), ["", "Kairo."]);
  assert.deepEqual(t.sentences.array("sentence_id"), [
    "a1:s0",
    "a1:s1",
    "a2:s0",
  ]);
  assert.deepEqual(t.sentences.array("text"), [
    "Die NATO verstärkt ihre Mission.",
    "Bagdad protestiert.",
    "In Aleppo wird gekämpft.",
  ]);
  assert.equal(t.problems.numRows(), 0);
});

Deno.test("`analyzeCorpus()` gives offsets into the article text for sentences and tokens", async () => {
  const text = "Kairo.\n\nIn Aleppo wird gekämpft. Die US-Truppen ziehen ab.";
  const t = await analyzeCorpus([{ id: "x", text }]);
  for (const s of t.sentences.objects() as Record<string, unknown>[]) {
    assert.equal(text.slice(s.start as number, s.end as number), s.text);
  }
  for (const k of t.tokens.objects() as Record<string, unknown>[]) {
    assert.equal(text.slice(k.start as number, k.end as number), k.token);
  }
  assert.ok(t.tokens.array("token").includes("US-Truppen"));
});

Deno.test("`analyzeCorpus()` reports bad in-memory articles and analyses the rest", async () => {
  const t = await analyzeCorpus([
    { id: "ok", text: "Ein Satz. Noch ein Satz." },
    { id: "empty", text: "   \n" },
    { id: "ok", text: "Doppelte Kennung." },
    { id: "nul", text: "Mit\0NUL." },
    { id: "date", text: "Ein Satz.", date: "13.02.2020" },
    { text: "Ohne Kennung." } as unknown as { id: string; text: string },
  ]);
  assert.deepEqual(t.articles.array("article_id"), ["ok"]);
  const msgs = (t.problems.objects() as Record<string, unknown>[]).map((p) =>
    `${p.file}: ${p.severity}: ${p.message}`
  );
  assert.equal(msgs.length, 5, msgs.join("\n"));
  assert.match(
    msgs[0],
    /^input\[1\]: error: article "empty" has an empty text/,
  );
  assert.match(msgs[1], /^input\[2\]: error: duplicate id "ok"/);
  assert.match(msgs[2], /^input\[3\]: error: article "nul" contains NUL/);
  assert.match(msgs[3], /^input\[4\]: error: malformed date "13.02.2020"/);
  assert.match(msgs[4], /^input\[5\]: error: each article needs an id/);
});

Deno.test("`analyzeCorpus()` normalises BOM and CRLF of in-memory text with notes", async () => {
  const t = await analyzeCorpus([
    { id: "w", text: "\uFEFFDas ist der erste Satz.\r\nZweiter Satz.\r\n" },
  ]);
  assert.deepEqual(t.problems.array("severity"), ["note", "note"]);
  assert.match(t.articles.get("notes", 0), /byte-order mark.*CRLF/);
  assert.deepEqual(t.sentences.array("text"), [
    "Das ist der erste Satz.",
    "Zweiter Satz.",
  ]);
  assert.equal(
    t.articles.get("n_chars", 0),
    "Das ist der erste Satz.\nZweiter Satz.\n".length,
  );
});

Deno.test("`analyzeCorpus()` throws a CorpusError when no article can be analysed", async () => {
  await assert.rejects(
    analyzeCorpus([{ id: "e", text: "" }]),
    (e: unknown) =>
      e instanceof CorpusError && /no article could be read/.test(e.message) &&
      /input\[0\]: error:/.test(e.message),
  );
  await assert.rejects(analyzeCorpus([]), CorpusError);
});

Deno.test("`analyzeCorpus()` refuses an input that is neither a path nor an array", async () => {
  await assert.rejects(
    analyzeCorpus({ id: "a", text: "x" } as unknown as string),
    TypeError,
  );
});

Deno.test("`analyzeCorpus()` in strict mode throws on a bad in-memory article", async () => {
  await assert.rejects(
    analyzeCorpus([{ id: "a", text: "Gut." }, { id: "b", text: "" }], {
      strict: true,
    }),
    (e: unknown) => e instanceof CorpusError && /strict/.test(e.message),
  );
});

Deno.test("`analyzeCorpus()` analyses a corpus with one corrupt file and reports it", async () => {
  const dir = await makeCorpus(
    {
      "a.txt": article("Bagdad"),
      "b.txt": latin1("Die Lage in Köln.\n"),
      "c.txt": article("Basra"),
    },
    [row("a"), row("b"), row("c")],
  );
  const before = fingerprint(dir);
  const t = await analyzeCorpus(dir);
  assert.equal(fingerprint(dir), before);
  assert.deepEqual(t.articles.array("article_id"), ["a", "c"]);
  assert.deepEqual([...new Set(t.sentences.array("article_id"))], ["a", "c"]);
  assert.equal(t.problems.numRows(), 1);
  const p = t.problems.object(0) as Record<string, unknown>;
  assert.equal(p.file, join(dir, "b.txt"));
  assert.equal(p.line, 1);
  assert.equal(p.severity, "error");
  assert.match(p.message as string, /not valid UTF-8/);
});

Deno.test("`analyzeCorpus()` in strict mode throws a CorpusError naming the corrupt file", async () => {
  const dir = await makeCorpus(
    { "a.txt": article(), "b.txt": latin1("Köln\n") },
    [row("a"), row("b")],
  );
  await assert.rejects(
    analyzeCorpus(dir, { strict: true }),
    (e: unknown) =>
      e instanceof CorpusError &&
      e.message.includes(`${join(dir, "b.txt")}:1: error:`),
  );
});

Deno.test("`analyzeCorpus()` attaches a file's notes to its own article only", async () => {
  // "a.txt" is a suffix of "ba.txt": notes must not leak between them.
  const dir = await makeCorpus(
    { "a.txt": article(), "ba.txt": "Zeile eins.\r\nZeile zwei.\r\n" },
    [row("a", "a.txt"), row("ba", "ba.txt")],
  );
  const t = await analyzeCorpus(dir);
  assert.deepEqual(t.articles.array("article_id"), ["a", "ba"]);
  assert.equal(t.articles.get("notes", 0), "");
  assert.match(t.articles.get("notes", 1), /CRLF/);
});

Deno.test("`analyzeCorpus()` keeps datelines, date markers, captions and links out of the seed sentences", async () => {
  const t = await analyzeCorpus(SEEDS);
  const texts = t.sentences.array("text") as string[];
  const meta = t.metadata.objects() as Record<string, string>[];
  const kinds = new Set(meta.map((m) => m.kind));
  for (
    const k of [
      "dateline",
      "date_marker",
      "image_credit",
      "caption",
      "related_link",
    ]
  ) assert.ok(kinds.has(k), `no ${k} found in the seeds`);
  for (const m of meta) {
    for (const s of texts) {
      assert.ok(!s.includes(m.text), `sentence contains ${m.kind}: ${s}`);
    }
  }
  for (const s of texts) {
    assert.doesNotMatch(s, /^(Kairo\.|Bild\.|Mehr zum Thema|date \d{4})/);
  }
});

Deno.test("`analyzeCorpus()` reports an article whose analysis throws and analyses the rest", async () => {
  // A stage that fails on one article stands in for a bug that hostile text
  // might trigger in any stage.
  const failing: ArticleStage = {
    name: "fails_on_b",
    reads: ["sentences"],
    adds: {},
    run(analysis) {
      if (analysis.article.id === "b") throw new RangeError("boom");
      return { rows: {} };
    },
  };
  const stages = [...ARTICLE_STAGES, failing];
  const dir = await makeCorpus(
    { "a.txt": article(), "b.txt": article("Basra"), "c.txt": article() },
    [row("a"), row("b"), row("c")],
  );
  const t = await analyzeCorpus(dir, { stages });
  assert.deepEqual(t.articles.array("article_id"), ["a", "c"]);
  assert.deepEqual([...new Set(t.sentences.array("article_id"))], ["a", "c"]);
  const p = t.problems.object(0) as Record<string, unknown>;
  assert.equal(p.file, join(dir, "b.txt"));
  assert.match(
    p.message as string,
    /article "b" failed: boom; it was skipped/,
  );
  await assert.rejects(
    analyzeCorpus(dir, { strict: true, stages }),
    (e: unknown) => e instanceof CorpusError && /boom/.test(e.message),
  );
});
