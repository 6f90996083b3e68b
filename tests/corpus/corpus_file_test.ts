// The corpus folder as a trust boundary (issue 14, cases 2, 3 and 9).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CorpusFileError,
  readCorpusFile,
} from "../../lib/corpus/corpus_file.ts";
import { readCorpus } from "../../lib/corpus/read_corpus.ts";
import { article, fingerprint, makeCorpus, row } from "../_corpus.ts";

function refusal(fn: () => unknown): CorpusFileError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CorpusFileError, String(e));
    return e;
  }
  assert.fail("expected the file to be refused");
}

Deno.test("`readCorpusFile()` reads a regular file inside the folder", async () => {
  const dir = await makeCorpus({ "a.txt": "Text" });
  assert.equal(new TextDecoder().decode(readCorpusFile(dir, "a.txt")), "Text");
});

Deno.test("`readCorpusFile()` follows a link that stays inside the folder", async () => {
  const dir = await makeCorpus({ "a.txt": "Text" });
  mkdirSync(join(dir, "sub"));
  symlinkSync("../a.txt", join(dir, "sub", "b.txt"));
  assert.equal(
    new TextDecoder().decode(readCorpusFile(dir, "sub/b.txt")),
    "Text",
  );
});

// Issue 14, case 2: a link inside the corpus folder led to /etc/passwd,
// which then ended up in sentences.csv and the shared reports.
Deno.test("issue 14 case 2: `readCorpusFile()` refuses a link to /etc/passwd", async () => {
  const dir = await makeCorpus({});
  symlinkSync("/etc/passwd", join(dir, "p.txt"));
  const e = refusal(() => readCorpusFile(dir, "p.txt"));
  assert.equal(e.reason, "outside");
  assert.match(e.message, /p\.txt leads to \/etc\/passwd, outside the corpus/);
});

Deno.test("issue 14 case 2: `readCorpusFile()` refuses a linked folder that leads out", async () => {
  const dir = await makeCorpus({});
  symlinkSync("/etc", join(dir, "etc"));
  assert.equal(
    refusal(() => readCorpusFile(dir, "etc/passwd")).reason,
    "outside",
  );
});

// Issue 14, case 3: a link to /dev/zero grew memory until the process was
// killed; a FIFO with a manifest row hung the run forever.
Deno.test("issue 14 case 3: `readCorpusFile()` refuses a link to /dev/zero and a device inside", async () => {
  const dir = await makeCorpus({});
  symlinkSync("/dev/zero", join(dir, "z.txt"));
  assert.equal(refusal(() => readCorpusFile(dir, "z.txt")).reason, "outside");
  // A device inside the folder (the folder is /dev itself here).
  const e = refusal(() => readCorpusFile("/dev", "zero"));
  assert.equal(e.reason, "special");
  assert.match(
    e.message,
    /\/dev\/zero is a character device, not a regular file/,
  );
});

Deno.test("issue 14 case 3: `readCorpusFile()` refuses a FIFO without opening it", async () => {
  const dir = await makeCorpus({});
  execFileSync("mkfifo", [join(dir, "f.txt")]);
  // Opening a FIFO for reading would block this (only) thread forever.
  const e = refusal(() => readCorpusFile(dir, "f.txt"));
  assert.equal(e.reason, "special");
  assert.match(
    e.message,
    /f\.txt is a FIFO \(named pipe\), not a regular file/,
  );
});

Deno.test("`readCorpusFile()` names a folder, a missing file and a dangling link", async () => {
  const dir = await makeCorpus({});
  mkdirSync(join(dir, "x.txt"));
  symlinkSync("gone.txt", join(dir, "d.txt"));
  assert.equal(refusal(() => readCorpusFile(dir, "x.txt")).reason, "folder");
  assert.equal(refusal(() => readCorpusFile(dir, "no.txt")).reason, "missing");
  assert.equal(refusal(() => readCorpusFile(dir, "d.txt")).reason, "missing");
});

Deno.test("`readCorpusFile()` refuses a file over the cap, naming sizes and the option", async () => {
  const dir = await makeCorpus({ "a.txt": "x".repeat(2000) });
  const e = refusal(() => readCorpusFile(dir, "a.txt", { maxBytes: 1000 }));
  assert.equal(e.reason, "too-large");
  assert.match(
    e.message,
    /a\.txt has .* MB, more than the cap .*--max-article-mb/,
  );
  assert.equal(readCorpusFile(dir, "a.txt", { maxBytes: 2000 }).length, 2000);
});

// Issue 14, case 9: a 50 MB article took 6.6 GB of memory with no warning.
// The default cap (20 MB) now skips it, before a byte of it is read.
Deno.test("issue 14 case 9: `readCorpus()` skips a 50 MB article under the default cap, naming it", async () => {
  const dir = await makeCorpus({ "a.txt": article() }, [row("a"), row("big")]);
  writeFileSync(join(dir, "big.txt"), "");
  truncateSync(join(dir, "big.txt"), 50 * 1024 * 1024); // sparse: no disk
  const r = readCorpus(dir);
  assert.deepEqual(r.articles.map((a) => a.id), ["a"]);
  const errors = r.problems.filter((p) => p.severity === "error");
  assert.equal(errors.length, 1);
  assert.equal(errors[0].line, 3);
  assert.match(
    errors[0].message,
    /"big" was skipped: .*big\.txt has 50\.0 MB, more than the cap of 20\.0 MB/,
  );
});

Deno.test("issue 14 cases 2, 3: `readCorpus()` reports links out, FIFOs and folders and reads the rest", async () => {
  const dir = await makeCorpus({ "a.txt": article() }, [
    row("a"),
    row("p"),
    row("z"),
    row("f"),
    row("x"),
  ]);
  symlinkSync("/etc/passwd", join(dir, "p.txt"));
  symlinkSync("/dev/zero", join(dir, "z.txt"));
  execFileSync("mkfifo", [join(dir, "f.txt")]);
  mkdirSync(join(dir, "x.txt"));
  const before = fingerprint(dir);
  const r = readCorpus(dir);
  assert.deepEqual(r.articles.map((a) => a.id), ["a"]);
  const byLine = new Map(r.problems.map((p) => [p.line, p.message]));
  assert.match(byLine.get(3)!, /"p" was not read: .*outside the corpus folder/);
  assert.match(byLine.get(4)!, /"z" was not read: .*outside the corpus folder/);
  assert.match(byLine.get(5)!, /FIFO/);
  assert.match(byLine.get(6)!, /folder, not a file/);
  assert.equal(fingerprint(dir), before);
});
