import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeSyntheticCorpus } from "../../scripts/generate_synthetic_corpus.ts";
import { parseManifest } from "../../lib/corpus/manifest.ts";

const DIR = new URL("../../examples/synthetic_conflict_news", import.meta.url)
  .pathname;

Deno.test("the synthetic example corpus is what its generator writes, byte for byte", async () => {
  const tmp = await Deno.makeTempDir();
  writeSyntheticCorpus(tmp);
  const names = readdirSync(DIR).sort();
  assert.deepEqual(readdirSync(tmp).sort(), names);
  for (const n of names) {
    assert.equal(
      readFileSync(join(tmp, n), "utf8"),
      readFileSync(join(DIR, n), "utf8"),
      `${n} differs: run deno run --allow-write scripts/generate_synthetic_corpus.ts`,
    );
  }
  await Deno.remove(tmp, { recursive: true });
});

Deno.test("the synthetic example corpus: >= 40 articles, >= 3 outlets, >= 2 years, labelled synthetic everywhere", () => {
  const { rows, problems } = parseManifest(
    readFileSync(join(DIR, "manifest.csv"), "utf8"),
    "manifest.csv",
  );
  assert.deepEqual(problems, []);
  assert.ok(rows.length >= 40);
  assert.ok(new Set(rows.map((r) => r.outlet)).size >= 3);
  const years = new Set(
    rows.filter((r) => r.date).map((r) => r.date.slice(0, 4)),
  );
  assert.ok(years.size >= 2);
  for (const r of rows) {
    assert.match(r.extra.source, /^SYNTHETIC/);
    assert.equal(r.extra.licence, "CC0-1.0");
    assert.match(r.outlet, /^Synthetisch/);
  }
  assert.match(
    readFileSync(join(DIR, "README.md"), "utf8"),
    /These articles are synthetic/,
  );
  assert.match(DIR, /synthetic/);
});
