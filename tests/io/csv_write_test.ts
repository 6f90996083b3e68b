// Issue 14, case 6: formula injection in the CSV exports.
import assert from "node:assert/strict";
import * as aq from "arquero";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { guardFormula, tableToCsv } from "../../lib/io/csv_write.ts";
import { writeTablesTo } from "../../lib/io/write_tables.ts";

Deno.test("issue 14 case 6: text fields starting with = + - @ tab CR get a ' in front", () => {
  for (
    const v of ["=Polen", "+1 Jahr", "-Kiew", "@Nato", "\tx", "\rx", "=1+1"]
  ) {
    assert.equal(guardFormula(v), `'${v}`, JSON.stringify(v));
  }
  for (
    const v of ["Polen", "", "'=x", " =x", "a=b", "-0.5", "+3", "-12", "1e5"]
  ) {
    assert.equal(guardFormula(v), v, JSON.stringify(v));
  }
});

Deno.test("issue 14 case 6: numbers are never prefixed, text numbers are left alone", () => {
  const t = aq.table({
    title: ['=HYPERLINK("http://x")', "-0.5", "Lage"],
    score: [-0.5, 1, -2],
  });
  assert.equal(
    tableToCsv(t),
    'title,score\n"\'=HYPERLINK(""http://x"")",-0.5\n-0.5,1\nLage,-2\n',
  );
});

Deno.test("issue 14 case 6: a CR-started field is prefixed and stays one quoted field", () => {
  assert.equal(tableToCsv(aq.table({ a: ["\r=1"] })), 'a\n"\'\r=1"\n');
});

Deno.test("issue 14 case 6: `writeTablesTo()` guards CSV, keeps Arrow raw, and `rawCsv` turns the guard off", async () => {
  const dir = await Deno.makeTempDir();
  const raw = await Deno.makeTempDir();
  const tables = { articles: aq.table({ title: ["=cmd|' /C calc'!A0"] }) };
  writeTablesTo(tables, dir);
  writeTablesTo(tables, raw, { rawCsv: true });
  assert.equal(
    readFileSync(join(dir, "articles.csv"), "utf8"),
    "title\n'=cmd|' /C calc'!A0\n",
  );
  assert.equal(
    readFileSync(join(raw, "articles.csv"), "utf8"),
    "title\n=cmd|' /C calc'!A0\n",
  );
  const arrow = aq.fromArrow(readFileSync(join(dir, "articles.arrow")));
  assert.equal(arrow.get("title", 0), "=cmd|' /C calc'!A0");
});
