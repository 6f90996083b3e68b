import assert from "node:assert/strict";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { replaceDirAtomically } from "../../lib/io/atomic_dir.ts";
import { fingerprint } from "../_corpus.ts";

async function outputsWithOldTables() {
  const parent = await Deno.makeTempDir();
  const dir = join(parent, "tables");
  await replaceDirAtomically(dir, (tmp) => {
    writeFileSync(join(tmp, "sentences.csv"), "old\n");
    writeFileSync(join(tmp, "tokens.csv"), "old\n");
  });
  return { parent, dir, before: fingerprint(dir) };
}

Deno.test("`replaceDirAtomically()` replaces the folder with what was written", async () => {
  const { parent, dir } = await outputsWithOldTables();
  await replaceDirAtomically(dir, (tmp) => {
    writeFileSync(join(tmp, "sentences.csv"), "new\n");
  });
  assert.deepEqual(readdirSync(dir), ["sentences.csv"]);
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
