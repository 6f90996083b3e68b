import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scaleCorpus } from "../../lib/bench/scale_corpus.ts";
import { parseShard, shardOf } from "../../lib/analyze/shard.ts";
import { cli, filesOf, ROOT } from "./_runs.ts";

Deno.test("a corpus run as 3 shards plus a merge gives the single run's tables byte for byte", async () => {
  const tmp = Deno.makeTempDirSync();
  const corpus = join(tmp, "corpus");
  scaleCorpus(join(ROOT, "corpus"), corpus, 4);
  // A manifest row whose file is missing: the problems table must survive
  // the merge too (each shard reads, and reports, the whole corpus).
  const manifest = join(corpus, "manifest.csv");
  writeFileSync(
    manifest,
    readFileSync(manifest, "utf8") + "gone,gone.txt,,unknown,,,,de,\n",
  );
  await cli("analyze.ts", [corpus, join(tmp, "single"), "--quiet"]);
  for (let i = 0; i < 3; i++) {
    await cli("analyze.ts", [
      corpus,
      join(tmp, "sharded"),
      "--shard",
      `${i}/3`,
      "--quiet",
      "--workers",
      String(1 + (i % 2)),
    ]);
    assert.ok(existsSync(join(tmp, "sharded", "shards", String(i))));
  }
  // Shards hold article-level tables only, as Parquet.
  assert.ok(
    existsSync(join(tmp, "sharded/shards/0/tokens/part-00000.parquet")),
  );
  assert.ok(!existsSync(join(tmp, "sharded/shards/0/tone_by_article")));
  assert.ok(!existsSync(join(tmp, "sharded/tables")));
  await cli("merge.ts", [join(tmp, "sharded"), "--quiet"]);
  const single = filesOf(join(tmp, "single", "tables"));
  const merged = filesOf(join(tmp, "sharded", "tables"));
  assert.deepEqual([...merged.keys()], [...single.keys()]);
  assert.ok(single.has("framing.xlsx") && single.has("tokens.arrow"));
  for (const [name, bytes] of single) {
    assert.ok(
      Buffer.compare(merged.get(name)!, bytes) === 0,
      `${name} differs`,
    );
  }
  assert.match(
    new TextDecoder().decode(single.get("problems.csv")),
    /gone\.txt/,
  );
  rmSync(tmp, { recursive: true });
});

Deno.test("`deno task merge` names a missing shard and leaves no tables", async () => {
  const tmp = Deno.makeTempDirSync();
  await cli("analyze.ts", ["corpus", tmp, "--shard", "1/2", "--quiet"]);
  await assert.rejects(
    cli("merge.ts", [tmp, "--quiet"]),
    /shards\/0\/shard\.json is missing; run that shard again/,
  );
  assert.ok(!existsSync(join(tmp, "tables")));
  rmSync(tmp, { recursive: true });
});

Deno.test("shardOf() spreads ids over every shard and parseShard() checks I/N", () => {
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 400; i++) counts[shardOf(`article_${i}`, 4)]++;
  for (const c of counts) assert.ok(c > 60, `uneven shards: ${counts}`);
  assert.throws(() => parseShard("4/4"), /0 <= I < N/);
  assert.throws(() => parseShard("x"), /--shard 0\/16/);
});
