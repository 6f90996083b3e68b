import assert from "node:assert/strict";
import { join } from "node:path";
import { readCorpus } from "../../lib/corpus/read_corpus.ts";
import {
  CorpusError,
  type CorpusProblem,
  formatProblem,
} from "../../lib/corpus/problems.ts";
import {
  article,
  fingerprint,
  HEADER,
  latin1,
  makeCorpus,
  row,
  utf8,
} from "../_corpus.ts";

/** The one problem of `severity` in `problems`, formatted. */
function only(
  problems: CorpusProblem[],
  severity: "error" | "note" = "error",
): string {
  const found = problems.filter((p) => p.severity === severity);
  assert.equal(
    found.length,
    1,
    `expected one ${severity}, got:\n${problems.map(formatProblem).join("\n")}`,
  );
  return formatProblem(found[0]);
}

/**
 * Read a corpus of one good article ("good") and one article "bad" with the
 * given bytes; check the corpus is unchanged and "good" was still read.
 */
async function readWithBad(bad: string | Uint8Array) {
  const dir = await makeCorpus(
    { "good.txt": article(), "bad.txt": bad },
    [row("good"), row("bad")],
  );
  const before = fingerprint(dir);
  const result = readCorpus(dir);
  assert.equal(fingerprint(dir), before, "the corpus folder was modified");
  assert.ok(
    result.articles.some((a) => a.id === "good"),
    "the good article was not read",
  );
  return { dir, bad: join(dir, "bad.txt"), ...result };
}

Deno.test("`readCorpus()` reports an empty file by name and skips it", async () => {
  const r = await readWithBad("");
  const msg = only(r.problems);
  assert.ok(msg.startsWith(`${r.bad}: error:`), msg);
  assert.match(msg, /empty/);
  assert.deepEqual(r.articles.map((a) => a.id), ["good"]);
});

Deno.test("`readCorpus()` reports a whitespace-only file by name", async () => {
  const r = await readWithBad(" \n\n\t\n");
  const msg = only(r.problems);
  assert.ok(msg.startsWith(`${r.bad}: error:`), msg);
  assert.match(msg, /only whitespace/);
});

Deno.test("`readCorpus()` reports a Latin-1 file with file, line and a fix", async () => {
  const r = await readWithBad(
    latin1("Erste Zeile.\nZweite Zeile.\nDie Straße in Köln.\n"),
  );
  const msg = only(r.problems);
  // "ß" is the first non-ASCII byte, on line 3.
  assert.ok(msg.startsWith(`${r.bad}:3: error:`), msg);
  assert.match(msg, /not valid UTF-8/);
  assert.match(msg, /0xDF/);
  assert.match(msg, /iconv/);
  assert.deepEqual(r.articles.map((a) => a.id), ["good"]);
});

Deno.test("`readCorpus()` removes a UTF-8 BOM with a note naming the file", async () => {
  const r = await readWithBad("\uFEFF" + article("Mossul"));
  const msg = only(r.problems, "note");
  assert.ok(msg.startsWith(`${r.bad}:1: note:`), msg);
  assert.match(msg, /byte-order mark/);
  assert.equal(r.problems.filter((p) => p.severity === "error").length, 0);
  const bad = r.articles.find((a) => a.id === "bad")!;
  assert.equal(bad.text, article("Mossul"));
  assert.notEqual(bad.text.charCodeAt(0), 0xfeff);
});

Deno.test("`readCorpus()` converts CRLF to LF with a note naming file and line", async () => {
  const r = await readWithBad("Titel\nErste Zeile.\r\nZweite Zeile.\r\n");
  const msg = only(r.problems, "note");
  // The first CR is on line 2.
  assert.ok(msg.startsWith(`${r.bad}:2: note:`), msg);
  assert.match(msg, /CRLF/);
  const bad = r.articles.find((a) => a.id === "bad")!;
  assert.equal(bad.text, "Titel\nErste Zeile.\nZweite Zeile.\n");
});

Deno.test("`readCorpus()` converts lone CR line endings to LF with a note", async () => {
  const r = await readWithBad("Erste Zeile.\rZweite Zeile.\r");
  only(r.problems, "note");
  const bad = r.articles.find((a) => a.id === "bad")!;
  assert.equal(bad.text, "Erste Zeile.\nZweite Zeile.\n");
});

Deno.test("`readCorpus()` reports a BOM and CRLF in one file as two notes", async () => {
  const r = await readWithBad("\uFEFFErste Zeile.\r\nZweite Zeile.\r\n");
  const notes = r.problems.filter((p) => p.severity === "note");
  assert.equal(notes.length, 2);
  const bad = r.articles.find((a) => a.id === "bad")!;
  assert.equal(bad.text, "Erste Zeile.\nZweite Zeile.\n");
});

Deno.test("`readCorpus()` reports NUL bytes with file and line", async () => {
  const r = await readWithBad(
    utf8("Eine Zeile.\nNoch eine.\nHier\0 ist ein NUL.\n"),
  );
  const msg = only(r.problems);
  assert.ok(msg.startsWith(`${r.bad}:3: error:`), msg);
  assert.match(msg, /NUL/);
});

Deno.test("`readCorpus()` reports a UTF-16 file as UTF-16, naming the file", async () => {
  const text = "Die Lage bleibt angespannt.\n";
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
  const r = await readWithBad(bytes);
  const msg = only(r.problems);
  assert.ok(msg.startsWith(`${r.bad}: error:`), msg);
  assert.match(msg, /UTF-16/);
});

Deno.test("`readCorpus()` reports a binary file by name", async () => {
  // A PNG signature and header: binary, not text.
  const png = Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    0x0d,
    0x49,
    0x48,
    0x44,
    0x52,
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    6,
    0,
    0,
    0,
    0x1f,
    0x15,
    0xc4,
    0x89,
  ]);
  const r = await readWithBad(png);
  const msg = only(r.problems);
  assert.ok(msg.startsWith(`${r.bad}: error:`), msg);
  assert.match(msg, /binary/);
});

Deno.test("`readCorpus()` reports a manifest row naming a missing file with manifest line", async () => {
  const dir = await makeCorpus({ "good.txt": article() }, [
    row("good"),
    row("gone", "verschwunden.txt"),
  ]);
  const before = fingerprint(dir);
  const r = readCorpus(dir);
  assert.equal(fingerprint(dir), before);
  const msg = only(r.problems);
  assert.ok(msg.startsWith(`${join(dir, "manifest.csv")}:3: error:`), msg);
  assert.match(msg, /verschwunden\.txt/);
  assert.match(msg, /does not exist/);
  assert.deepEqual(r.articles.map((a) => a.id), ["good"]);
});

Deno.test("`readCorpus()` reports a manifest row naming a folder, not a file", async () => {
  const dir = await makeCorpus({ "good.txt": article() }, [
    row("good"),
    row("sub", "sub"),
  ]);
  await Deno.mkdir(join(dir, "sub"));
  const msg = only(readCorpus(dir).problems);
  assert.ok(msg.startsWith(`${join(dir, "manifest.csv")}:3: error:`), msg);
  assert.match(msg, /not a file|folder/);
});

Deno.test("`readCorpus()` reports a manifest row with an empty file column", async () => {
  const dir = await makeCorpus({ "good.txt": article() }, [
    row("good"),
    row("nofile", ""),
  ]);
  const msg = only(readCorpus(dir).problems);
  assert.ok(msg.startsWith(`${join(dir, "manifest.csv")}:3: error:`), msg);
  assert.match(msg, /file/);
});

Deno.test("`readCorpus()` reports a .txt file with no manifest row", async () => {
  const dir = await makeCorpus(
    { "good.txt": article(), "orphan.txt": article("Basra") },
    [row("good")],
  );
  const r = readCorpus(dir);
  const msg = only(r.problems);
  assert.ok(msg.startsWith(`${join(dir, "orphan.txt")}: error:`), msg);
  assert.match(msg, /no row in/);
  assert.deepEqual(r.articles.map((a) => a.id), ["good"]);
});

Deno.test("`readCorpus()` matches manifest file names written with ./", async () => {
  const dir = await makeCorpus({ "good.txt": article() }, [
    row("good", "./good.txt"),
  ]);
  const r = readCorpus(dir);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.articles.map((a) => a.id), ["good"]);
});

Deno.test("`readCorpus()` reports duplicate ids with both manifest lines", async () => {
  const dir = await makeCorpus(
    { "a.txt": article(), "b.txt": article("Basra") },
    [row("same", "a.txt"), row("same", "b.txt")],
  );
  const r = readCorpus(dir);
  const errors = r.problems.filter((p) => p.severity === "error");
  const dup = errors.find((p) => /duplicate id/.test(p.message));
  assert.ok(dup, r.problems.map(formatProblem).join("\n"));
  const msg = formatProblem(dup);
  assert.ok(msg.startsWith(`${join(dir, "manifest.csv")}:3: error:`), msg);
  assert.match(msg, /"same"/);
  assert.match(msg, /line 2/);
  assert.deepEqual(r.articles.map((a) => a.file), ["a.txt"]);
});

Deno.test("`readCorpus()` reports two rows naming the same file", async () => {
  const dir = await makeCorpus({ "a.txt": article() }, [
    row("one", "a.txt"),
    row("two", "a.txt"),
  ]);
  const r = readCorpus(dir);
  const msg = only(r.problems);
  assert.ok(msg.startsWith(`${join(dir, "manifest.csv")}:3: error:`), msg);
  assert.match(msg, /a\.txt/);
  assert.deepEqual(r.articles.map((a) => a.id), ["one"]);
});

for (
  const [date, why] of [
    ["20.02.2020", /YYYY-MM-DD/],
    ["2020-13", /month 13/],
    ["2021-02-29", /day 29/],
    ["2020-2-1", /YYYY-MM-DD/],
    ["Februar 2020", /YYYY-MM-DD/],
  ] as const
) {
  Deno.test(`\`readCorpus()\` reports the malformed date "${date}" with manifest line`, async () => {
    const dir = await makeCorpus(
      { "good.txt": article(), "bad.txt": article("Basra") },
      [row("good"), row("bad", "bad.txt", { date })],
    );
    const r = readCorpus(dir);
    const msg = only(r.problems);
    assert.ok(msg.startsWith(`${join(dir, "manifest.csv")}:3: error:`), msg);
    assert.match(msg, /malformed date/);
    assert.match(msg, why);
    assert.deepEqual(r.articles.map((a) => a.id), ["good"]);
  });
}

Deno.test("`readCorpus()` reports a date_precision that does not fit the date", async () => {
  const dir = await makeCorpus({ "a.txt": article() }, [
    row("a", "a.txt", { date: "2020-02", precision: "day" }),
  ]);
  const msg = only(readCorpus(dir).problems);
  assert.match(msg, /:2: error: date_precision "day" does not fit/);
});

Deno.test("`readCorpus()` accepts an empty date and fills in the precision", async () => {
  const dir = await makeCorpus({ "a.txt": article(), "b.txt": article() }, [
    row("a", "a.txt", { date: "" }),
    row("b", "b.txt", { date: "2016-08-06" }),
  ]);
  const r = readCorpus(dir);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.articles.map((a) => [a.date, a.date_precision]),
    [["", ""], ["2016-08-06", "day"]],
  );
});

Deno.test("`readCorpus()` reads a manifest with a BOM and CRLF line endings", async () => {
  const dir = await makeCorpus({
    "a.txt": article(),
    "manifest.csv": "\uFEFF" + [HEADER, row("a")].join("\r\n") + "\r\n\r\n",
  });
  const r = readCorpus(dir);
  assert.deepEqual(r.problems.filter((p) => p.severity === "error"), []);
  assert.deepEqual(r.articles.map((a) => a.id), ["a"]);
});

Deno.test("`readCorpus()` refuses a Latin-1 manifest, naming it and the line", async () => {
  const dir = await makeCorpus({
    "a.txt": article(),
    "manifest.csv": latin1(
      [HEADER, "a,a.txt,Krieg in Köln,unknown,2020,,,de,"].join("\n") + "\n",
    ),
  });
  assert.throws(
    () => readCorpus(dir),
    (e: unknown) =>
      e instanceof CorpusError &&
      e.message.includes(`${join(dir, "manifest.csv")}:2: error:`) &&
      /not valid UTF-8/.test(e.message),
  );
});

Deno.test("`readCorpus()` names the folder when it does not exist", () => {
  assert.throws(
    () => readCorpus("/nonexistent/corpus/folder"),
    (e: unknown) =>
      e instanceof CorpusError &&
      /\/nonexistent\/corpus\/folder: error: the corpus folder does not exist/
        .test(e.message),
  );
});

Deno.test("`readCorpus()` names manifest.csv when the folder has none", async () => {
  const dir = await makeCorpus({ "a.txt": article() });
  assert.throws(
    () => readCorpus(dir),
    (e: unknown) =>
      e instanceof CorpusError &&
      e.message.includes(`${join(dir, "manifest.csv")}: error:`),
  );
});

Deno.test("`readCorpus()` in strict mode throws a CorpusError on the first error", async () => {
  const dir = await makeCorpus(
    { "good.txt": article(), "bad.txt": latin1("Köln\n") },
    [row("good"), row("bad")],
  );
  const before = fingerprint(dir);
  assert.throws(
    () => readCorpus(dir, { strict: true }),
    (e: unknown) =>
      e instanceof CorpusError &&
      /strict/.test(e.message) &&
      e.message.includes(`${join(dir, "bad.txt")}:1: error:`) &&
      e.problems.some((p) => p.severity === "error"),
  );
  assert.equal(fingerprint(dir), before);
});

Deno.test("`readCorpus()` in strict mode accepts notes (BOM, CRLF)", async () => {
  const dir = await makeCorpus(
    { "a.txt": "\uFEFFZeile eins.\r\nZeile zwei.\r\n" },
    [row("a")],
  );
  const r = readCorpus(dir, { strict: true });
  assert.equal(r.articles.length, 1);
  assert.equal(r.problems.length, 2);
});

Deno.test("`readCorpus()` returns articles in manifest order, not file order", async () => {
  const dir = await makeCorpus(
    { "a.txt": article("A"), "b.txt": article("B"), "c.txt": article("C") },
    [row("c", "c.txt"), row("a", "a.txt"), row("b", "b.txt")],
  );
  assert.deepEqual(readCorpus(dir).articles.map((a) => a.id), ["c", "a", "b"]);
});

Deno.test("`readCorpus()` leaves the seed corpus unchanged", () => {
  const dir = new URL("../../corpus", import.meta.url).pathname;
  const before = fingerprint(dir);
  const r = readCorpus(dir);
  assert.equal(r.articles.length, 5);
  assert.deepEqual(r.problems.filter((p) => p.severity === "error"), []);
  assert.equal(fingerprint(dir), before);
});

Deno.test("`readCorpus()` names the line of an encoded surrogate or overlong byte sequence", async () => {
  for (
    const bad of [[0xed, 0xa0, 0x80], [0xe0, 0x80, 0xaf], [
      0xf4,
      0x90,
      0x80,
      0x80,
    ]]
  ) {
    const r = await readWithBad(
      Uint8Array.from([...utf8("Zeile eins.\nZeile "), ...bad, 0x0a]),
    );
    const msg = only(r.problems);
    assert.ok(msg.startsWith(`${r.bad}:2: error:`), msg);
    assert.match(msg, /byte 0x[EF][0-9A-F] at offset 18/);
  }
});
