// Issue 14, cases 2 and 3, for a folder without manifest.csv (read by
// readInput): nothing outside the folder is read, no FIFO opened, the cap
// holds.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusProblem } from "../../lib/corpus/problems.ts";
import { readInput } from "../../lib/corpus/readers/read_input.ts";
import { article, fingerprint } from "../_corpus.ts";

Deno.test("issue 14 cases 2, 3: a folder without manifest refuses links out, FIFOs and over-cap files", async () => {
  const dir = await Deno.makeTempDir();
  writeFileSync(join(dir, "a.txt"), article());
  writeFileSync(join(dir, "big.txt"), article().repeat(100));
  symlinkSync("/etc/passwd", join(dir, "p.txt"));
  symlinkSync("/dev/zero", join(dir, "z.txt"));
  execFileSync("mkfifo", [join(dir, "f.txt")]);
  const before = fingerprint(dir);
  const problems: CorpusProblem[] = [];
  const inputs = await readInput(dir, problems, { maxArticleBytes: 1000 });
  assert.equal(inputs?.length, 1);
  assert.ok(inputs![0].text.startsWith("Die Lage in Bagdad"));
  const byFile = new Map(problems.map((p) => [p.file, p.message]));
  // Without a manifest, links are not followed at all (a note says so),
  // and only regular files are listed: the FIFO is never opened.
  assert.match(byFile.get(join(dir, "p.txt"))!, /a link, not a file: skipped/);
  assert.match(byFile.get(join(dir, "z.txt"))!, /a link, not a file: skipped/);
  assert.match(byFile.get(join(dir, "big.txt"))!, /more than the cap/);
  assert.equal(fingerprint(dir), before);
});
