import assert from "node:assert/strict";
import * as aq from "arquero";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeTables } from "../../lib/io/write_tables.ts";

Deno.test("`writeTables()` writes the same bytes for the same tables", async () => {
  const make = () => ({
    sentences: aq.table({
      sentence_id: ["a:s0", "a:s1"],
      text: ['Er sagte: "Nein, danke."', "Zeile\nzwei"],
      n_tokens: [7, 2],
    }),
    problems: aq.table({ file: ["x.txt"], line: [null], message: ["m"] }),
  });
  const a = await Deno.makeTempDir();
  const b = await Deno.makeTempDir();
  await writeTables(make(), join(a, "tables"));
  await writeTables(make(), join(b, "tables"));
  for (
    const f of [
      "sentences.csv",
      "sentences.arrow",
      "problems.csv",
      "problems.arrow",
    ]
  ) {
    assert.deepEqual(
      readFileSync(join(a, "tables", f)),
      readFileSync(join(b, "tables", f)),
      f,
    );
  }
  const csv = readFileSync(join(a, "tables", "sentences.csv"), "utf8");
  assert.equal(aq.fromCSV(csv).get("text", 0), 'Er sagte: "Nein, danke."');
  const back = aq.fromArrow(readFileSync(join(a, "tables", "sentences.arrow")));
  assert.deepEqual(back.array("n_tokens"), [7, 2]);
});
