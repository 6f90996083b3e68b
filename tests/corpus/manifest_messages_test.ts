// Issue 14, case 10: messages that named the wrong cause or no path.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseManifest } from "../../lib/corpus/manifest.ts";
import { readCorpus } from "../../lib/corpus/read_corpus.ts";
import { CorpusError } from "../../lib/corpus/problems.ts";
import { article, HEADER, makeCorpus, row } from "../_corpus.ts";

function corpusError(fn: () => unknown): CorpusError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CorpusError, String(e));
    return e;
  }
  assert.fail("expected a CorpusError");
}

Deno.test("issue 14 case 10: a manifest.csv that is a folder is not reported as missing", async () => {
  const dir = await makeCorpus({ "a.txt": article() });
  mkdirSync(join(dir, "manifest.csv"));
  const e = corpusError(() => readCorpus(dir));
  assert.equal(e.problems[0].file, join(dir, "manifest.csv"));
  assert.doesNotMatch(e.message, /has no manifest/);
  assert.match(e.message, /manifest\.csv is a folder, not a file/);
});

Deno.test("issue 14 case 10: a manifest.csv that is a FIFO is refused, not read (and not missing)", async () => {
  const dir = await makeCorpus({ "a.txt": article() });
  execFileSync("mkfifo", [join(dir, "manifest.csv")]);
  const e = corpusError(() => readCorpus(dir));
  assert.doesNotMatch(e.message, /has no manifest/);
  assert.match(e.message, /FIFO/);
});

Deno.test(
  {
    name:
      "issue 14 case 10: an unreadable manifest.csv is reported as unreadable",
    // root reads any file whatever its permissions.
    ignore: Deno.uid() === 0,
  },
  async () => {
    const dir = await makeCorpus({ "a.txt": article() }, [row("a")]);
    await Deno.chmod(join(dir, "manifest.csv"), 0o000);
    const e = corpusError(() => readCorpus(dir));
    assert.doesNotMatch(e.message, /has no manifest/);
    assert.match(e.message, /exists but cannot be read.*EACCES/);
  },
);

Deno.test("issue 14 case 10: an unclosed quote rejects only its own manifest row", async () => {
  const text = [
    HEADER,
    row("a"),
    'b,b.txt,"Titel ohne Ende,unknown,2020,,,de,',
    row("c"),
    row("d"),
  ].join("\n") + "\n";
  const dir = await makeCorpus({
    "manifest.csv": text,
    "a.txt": article(),
    "b.txt": article(),
    "c.txt": article(),
    "d.txt": article(),
  });
  const r = readCorpus(dir);
  assert.deepEqual(r.articles.map((a) => a.id), ["a", "c", "d"]);
  assert.equal(r.problems.length, 1, JSON.stringify(r.problems));
  assert.equal(r.problems[0].line, 3);
  assert.match(
    r.problems[0].message,
    /quoted field .* never closed; the row was skipped/,
  );
});

Deno.test("issue 14 case 10: two unclosed quotes: each row reported, the rest read", () => {
  const text = [HEADER, 'a,a.txt,"x', row("b"), 'c,c.txt,"y', row("d")]
    .join("\n");
  const m = parseManifest(text, "m.csv");
  assert.deepEqual(m.rows.map((r) => r.id), ["b", "d"]);
  assert.deepEqual(m.problems.map((p) => p.line), [2, 4]);
  assert.ok(m.files.has("a.txt") && m.files.has("c.txt"));
});

Deno.test("issue 14 case 10: manifest.csv is refused as an article's file", () => {
  const m = parseManifest(
    [HEADER, row("m", "manifest.csv"), row("n", "./manifest.csv")].join("\n"),
    "m.csv",
  );
  assert.equal(m.rows.length, 0);
  assert.equal(m.problems.length, 2);
  assert.match(m.problems[0].message, /is the manifest itself, not an article/);
});

Deno.test("issue 14 case 10: the language must be a language code", () => {
  const line = (id: string, lang: string) =>
    `${id},${id}.txt,,unknown,2020,,,${lang},`;
  const m = parseManifest(
    [
      HEADER,
      line("a", "english"),
      line("b", "de"),
      line("c", "de-AT"),
      line(
        "d",
        "",
      ),
      line("e", "Deutsch"),
    ].join("\n"),
    "m.csv",
  );
  assert.deepEqual(m.rows.map((r) => [r.id, r.language]), [
    ["b", "de"],
    ["c", "de-AT"],
    ["d", "de"],
  ]);
  assert.deepEqual(m.problems.map((p) => p.line), [2, 6]);
  assert.match(
    m.problems[0].message,
    /language "english" .* not a language code; write an ISO 639 code such as de/,
  );
});
