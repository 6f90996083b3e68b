import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { cli, filesOf } from "./_runs.ts";

Deno.test("`--tables no-tokens` leaves out only the token table; the others keep their bytes", async () => {
  const tmp = Deno.makeTempDirSync();
  await cli("analyze.ts", ["corpus", join(tmp, "all"), "--quiet"]);
  await cli("analyze.ts", [
    "corpus",
    join(tmp, "lean"),
    "--quiet",
    "--tables",
    "no-tokens",
  ]);
  // The tables; not the list of files written (it names the token files).
  const tablesOf = (dir: string) =>
    new Map([...filesOf(dir)].filter(([f]) => !f.startsWith(".")));
  const all = tablesOf(join(tmp, "all", "tables"));
  const lean = tablesOf(join(tmp, "lean", "tables"));
  assert.deepEqual(
    [...all.keys()].filter((f) => !f.startsWith("tokens.")),
    [...lean.keys()],
  );
  assert.ok(all.has("tokens.csv"));
  for (const [name, bytes] of lean) {
    assert.ok(Buffer.compare(all.get(name)!, bytes) === 0, `${name} differs`);
  }
  await assert.rejects(
    cli("analyze.ts", ["corpus", join(tmp, "x"), "--tables", "some"]),
    /--tables some: use all or no-tokens/,
  );
  rmSync(tmp, { recursive: true });
});
