// Issue 14, case 10: ENOSPC did not name the path.
import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { writeOutputFile } from "../../lib/io/output_file.ts";
import { writeTablesTo } from "../../lib/io/write_tables.ts";

Deno.test("issue 14 case 10: a full disk (ENOSPC) names the file being written", () => {
  // /dev/full answers every write with ENOSPC.
  assert.throws(
    () => writeOutputFile("/dev/full", "a\n"),
    /Cannot write \/dev\/full \(ENOSPC\): the disk is full/,
  );
});

Deno.test("issue 14 case 10: `writeTablesTo()` on a full disk names the table file", async () => {
  const dir = await Deno.makeTempDir();
  symlinkSync("/dev/full", join(dir, "articles.csv"));
  assert.throws(
    () => writeTablesTo({ articles: aq.table({ article_id: ["a"] }) }, dir),
    (e: Error) =>
      e.message.includes(join(dir, "articles.csv")) &&
      e.message.includes("ENOSPC"),
  );
});
