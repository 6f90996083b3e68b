import assert from "node:assert/strict";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { replaceDirAtomically, WRITTEN_LIST } from "../../lib/io/atomic_dir.ts";
import { fingerprint } from "../_corpus.ts";

async function outputsWithOldTables() {
  const parent = await Deno.makeTempDir();
  const dir = join(parent, "tables");
  await replaceDirAtomically(dir, (tmp) => {
    writeFileSync(join(tmp, "sentences.csv"), "old\n");
    writeFileSync(join(tmp, "tokens.csv"), "old\n");
  }, { onNote: () => {} });
  return { parent, dir, before: fingerprint(dir) };
}

Deno.test("`replaceDirAtomically()` replaces the folder with what was written", async () => {
  const { parent, dir } = await outputsWithOldTables();
  await replaceDirAtomically(dir, (tmp) => {
    writeFileSync(join(tmp, "sentences.csv"), "new\n");
  });
  assert.deepEqual(readdirSync(dir).sort(), [WRITTEN_LIST, "sentences.csv"]);
  assert.equal(await Deno.readTextFile(join(dir, "sentences.csv")), "new\n");
  assert.deepEqual(readdirSync(parent), ["tables"]);
});

Deno.test("`replaceDirAtomically()` keeps the previous folder when writing fails half-way", async () => {
  const { parent, dir, before } = await outputsWithOldTables();
  await assert.rejects(
    replaceDirAtomically(dir, async (tmp) => {
      writeFileSync(join(tmp, "sentences.csv"), "half");
      await Promise.resolve();
      throw new Error("disk full");
    }),
    /disk full/,
  );
  assert.equal(fingerprint(dir), before);
  assert.deepEqual(readdirSync(parent), ["tables"]);
});

Deno.test("`replaceDirAtomically()` clears a killed run's temporary folder", async () => {
  const { parent, dir, before } = await outputsWithOldTables();
  // What a run killed while writing leaves behind.
  mkdirSync(join(parent, ".tables.tmp-99999"));
  writeFileSync(join(parent, ".tables.tmp-99999", "sentences.csv"), "half");
  assert.equal(fingerprint(dir), before);
  await replaceDirAtomically(dir, (tmp) => {
    writeFileSync(join(tmp, "sentences.csv"), "new\n");
  });
  assert.deepEqual(readdirSync(parent), ["tables"]);
});

Deno.test("`replaceDirAtomically()` restores outputs a run killed mid-swap set aside", async () => {
  const { parent, dir, before } = await outputsWithOldTables();
  // Killed between the two renames: old outputs aside, new not yet in place.
  await Deno.rename(dir, join(parent, ".tables.old-99999"));
  await assert.rejects(
    replaceDirAtomically(dir, () => {
      throw new Error("fails too");
    }),
  );
  assert.equal(fingerprint(dir), before);
  assert.deepEqual(readdirSync(parent), ["tables"]);
});

// Issue 14, case 7: `<outputs>/tables/` was replaced wholesale, deleting a
// user's own file in it without a word.
Deno.test("issue 14 case 7: `replaceDirAtomically()` keeps the user's own files and folders, with a note", async () => {
  const { dir } = await outputsWithOldTables();
  writeFileSync(join(dir, "my_notes.txt"), "mine\n");
  writeFileSync(join(dir, "my_analysis.csv"), "x\n1\n");
  mkdirSync(join(dir, "mine"));
  writeFileSync(join(dir, "mine", "a.txt"), "a\n");
  const notes: string[] = [];
  await replaceDirAtomically(dir, (tmp) => {
    writeFileSync(join(tmp, "sentences.csv"), "new\n");
  }, { onNote: (m) => notes.push(m) });
  assert.deepEqual(readdirSync(dir).sort(), [
    WRITTEN_LIST,
    "mine",
    "my_analysis.csv",
    "my_notes.txt",
    "sentences.csv",
  ]);
  assert.equal(readFileSync(join(dir, "my_notes.txt"), "utf8"), "mine\n");
  assert.equal(readFileSync(join(dir, "mine", "a.txt"), "utf8"), "a\n");
  assert.equal(readFileSync(join(dir, "sentences.csv"), "utf8"), "new\n");
  assert.match(
    notes.join("\n"),
    /kept 3 file\(s\) of your own .*my_analysis\.csv/,
  );
  // tokens.csv was the tool's (listed as written) and is gone.
  assert.ok(!existsSync(join(dir, "tokens.csv")));
});

Deno.test("`replaceDirAtomically()` treats tables of an older version without a list as its own", async () => {
  const parent = await Deno.makeTempDir();
  const dir = join(parent, "tables");
  mkdirSync(dir);
  writeFileSync(join(dir, "tokens.csv"), "old\n");
  writeFileSync(join(dir, "readme.txt"), "mine\n");
  await replaceDirAtomically(dir, (tmp) => {
    writeFileSync(join(tmp, "sentences.csv"), "new\n");
  }, { onNote: () => {} });
  assert.deepEqual(readdirSync(dir).sort(), [
    WRITTEN_LIST,
    "readme.txt",
    "sentences.csv",
  ]);
});

// Issue 14, case 8: a stale `.tables.old-<pid>` was never removed when the
// tables folder itself was in place.
Deno.test("issue 14 case 8: `replaceDirAtomically()` removes a stale `.tables.old-*` and `.tables.tmp-*` with a note", async () => {
  const { parent, dir } = await outputsWithOldTables();
  mkdirSync(join(parent, ".tables.old-424242"));
  writeFileSync(join(parent, ".tables.old-424242", "tokens.csv"), "older\n");
  mkdirSync(join(parent, ".tables.tmp-434343"));
  const notes: string[] = [];
  await replaceDirAtomically(dir, (tmp) => {
    writeFileSync(join(tmp, "sentences.csv"), "new\n");
  }, { onNote: (m) => notes.push(m) });
  assert.deepEqual(readdirSync(parent), ["tables"]);
  assert.equal(notes.length, 2, notes.join("\n"));
  assert.match(notes.join("\n"), /removed .*\.tables\.old-424242/);
  assert.match(notes.join("\n"), /removed .*\.tables\.tmp-434343/);
});
