import assert from "node:assert/strict";
import {
  checkDate,
  checkFileName,
  parseManifest,
} from "../../lib/corpus/manifest.ts";

const HEADER =
  "id,file,title,outlet,date,date_precision,date_note,language,conflict";

Deno.test("parseManifest reads rows with defaults, conflicts and extra columns", () => {
  const m = parseManifest(
    `${HEADER},source\na1,./a.txt,"Titel, mit Komma",,2020-01,,,,iraq;syria,archiv\n`,
    "manifest.csv",
  );
  assert.deepEqual(m.problems, []);
  const [r] = m.rows;
  assert.equal(r.file, "a.txt");
  assert.equal(r.title, "Titel, mit Komma");
  assert.equal(r.outlet, "unknown");
  assert.equal(r.language, "de");
  assert.equal(r.date_precision, "month");
  assert.deepEqual(r.conflict, ["iraq", "syria"]);
  assert.deepEqual(r.extra, { source: "archiv" });
  assert.equal(r.line, 2);
});

Deno.test("parseManifest drops bad rows with an error naming the line, keeps the rest", () => {
  const text = [
    HEADER,
    "a1,a.txt,,,2020-02-30,,,,", // no such day
    "a2,b.txt,,,2020,day,,,", // precision does not fit
    "a3,c.txt,,,,,,,", // fine
    "a3,d.txt,,,,,,,", // duplicate id
    "a4,c.txt,,,,,,,", // file used twice
    "a5,../e.txt,,,,,,,", // outside the corpus
    "a6,f.txt,,,,,,,mars", // unknown conflict
    "a7,g.txt", // too few columns
  ].join("\n");
  const m = parseManifest(text, "manifest.csv", new Set(["iraq"]));
  assert.deepEqual(m.rows.map((r) => r.id), ["a3"]);
  const byLine = new Map(m.problems.map((p) => [p.line, p.message]));
  assert.match(byLine.get(2)!, /day 30 does not exist in 2020-02/);
  assert.match(byLine.get(3)!, /date_precision "day" does not fit date "2020"/);
  assert.match(byLine.get(5)!, /duplicate id "a3" \(first used at line 4\)/);
  assert.match(
    byLine.get(6)!,
    /"c.txt" of article "a4" is already the file of article "a3"/,
  );
  assert.match(byLine.get(7)!, /outside the corpus folder/);
  assert.match(byLine.get(8)!, /unknown conflict id\(s\) "mars"/);
  assert.match(byLine.get(9)!, /expected 9 columns/);
  assert.ok(
    m.problems.every((p) =>
      p.file === "manifest.csv" && p.severity === "error"
    ),
  );
  // Files of rejected rows still count as mentioned.
  assert.ok(m.files.has("a.txt") && m.files.has("g.txt") === false);
});

Deno.test("parseManifest refuses an empty manifest or a header without id and file", () => {
  assert.match(
    parseManifest("", "m.csv").problems[0].message,
    /manifest is empty/,
  );
  const m = parseManifest("title,date\nx,2020\n", "m.csv");
  assert.equal(m.rows.length, 0);
  assert.match(m.problems[0].message, /no "id" column/);
});

Deno.test("checkDate gives the precision or what is wrong", () => {
  assert.equal(checkDate("2020-02-29"), "day");
  assert.equal(checkDate("2020-02"), "month");
  assert.equal(checkDate("2020"), "year");
  assert.match(checkDate("2021-02-29"), /does not exist/);
  assert.match(checkDate("2020-13"), /month 13/);
  assert.match(checkDate("20.01.2020"), /not of the form/);
});

Deno.test("checkFileName canonicalises names inside the corpus and refuses others", () => {
  assert.deepEqual(checkFileName("./sub\\a.txt"), { file: "sub/a.txt" });
  assert.ok("error" in checkFileName(""));
  assert.ok("error" in checkFileName("/etc/passwd"));
  assert.ok("error" in checkFileName("sub/../../a.txt"));
});
