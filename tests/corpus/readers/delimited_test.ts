import assert from "node:assert/strict";
import { latin1, messages, readOne } from "./_files.ts";

const MEDIA_CLOUD =
  "stories_id,title,publish_date,url,media_name,language,text\n" +
  '101,Kämpfe in Aleppo,2016-03-14 10:00:00,https://a.example/1,Tagesblatt,de,"In Aleppo wird gekämpft.\n\nDie Rebellen halten den Osten."\n' +
  "102,Mission,14. März 2016,,Abendpost,de,Die NATO verstärkt ihre Mission.\n" +
  "103,Ohne Datum,,,Morgenbote,de,Die Waffenruhe hält.\n";

Deno.test("CSV: Media Cloud columns are recognised, one article per row with its row and line", async () => {
  const { inputs, problems } = await readOne("stories.csv", MEDIA_CLOUD);
  assert.deepEqual(messages(problems, "error"), []);
  assert.deepEqual(inputs.map((i) => i.id), ["101", "102", "103"]);
  assert.deepEqual(inputs.map((i) => i.position), ["row 1", "row 2", "row 3"]);
  assert.deepEqual(inputs.map((i) => i.line), [2, 5, 6]);
  assert.equal(
    inputs[0].text,
    "In Aleppo wird gekämpft.\n\nDie Rebellen halten den Osten.",
  );
  assert.deepEqual(inputs.map((i) => i.date), ["2016-03-14", "2016-03-14", ""]);
  assert.deepEqual(inputs.map((i) => i.outlet), [
    "Tagesblatt",
    "Abendpost",
    "Morgenbote",
  ]);
  assert.equal(inputs[0].url, "https://a.example/1");
  assert.equal(inputs[0].file, "stories.csv");
});

Deno.test("CSV: --columns maps other names; a named column that is missing is an error naming the columns", async () => {
  const csv =
    "nr,wann,blatt,inhalt\n7,2015-06,Tagesblatt,Der Konflikt dauert an.\n";
  const ok = await readOne("x.csv", csv, {
    columns: "id=nr,date=wann,outlet=blatt,text=inhalt",
  });
  assert.equal(ok.inputs[0].id, "7");
  assert.equal(ok.inputs[0].date, "2015-06");
  assert.equal(ok.inputs[0].outlet, "Tagesblatt");
  const bad = await readOne("x.csv", csv, { columns: "text=body" });
  assert.equal(bad.inputs.length, 0);
  assert.match(
    messages(bad.problems, "error")[0],
    /no such column; the columns are nr, wann, blatt, inhalt/,
  );
  const none = await readOne("x.csv", csv);
  assert.match(
    messages(none.problems, "error")[0],
    /no column holds the article text; name it with --columns text=/,
  );
});

Deno.test("CSV/TSV: missing fields and malformed rows are problems naming the line; the rest is read", async () => {
  const tsv = "id\ttext\tdate\n" +
    "a\tDer Text.\t2016-13-01\n" + // unreadable date: kept, undated
    "b\tzu\tviele\tSpalten\n" + // wrong column count
    "c\t\t2016\n" + // no text
    "d\tNoch ein Text.\t\n";
  const { inputs, problems } = await readOne("x.tsv", tsv);
  assert.deepEqual(inputs.map((i) => i.id), ["a", "d"]);
  assert.equal(inputs[0].date, "");
  assert.deepEqual(messages(problems, "error"), [
    "3: row 2: expected 3 columns as in the header, found 4; quote fields that contain the delimiter (the row was skipped)",
    '4: row 3: the text column "text" is empty; the row was skipped',
  ]);
  assert.match(
    messages(problems, "note")[0],
    /^2: row 1: cannot read the date "2016-13-01"/,
  );
  // Without an id column, ids come from the file name and row.
  const noId = await readOne("Export 2016.csv", "text\nEins.\nZwei.\n");
  assert.deepEqual(noId.inputs.map((i) => i.id), [
    "Export_2016-0001",
    "Export_2016-0002",
  ]);
});

Deno.test("CSV: an unclosed quote, a Latin-1 file and an empty file are errors, never a crash", async () => {
  const open = await readOne("x.csv", 'id,text\na,"nie geschlossen\n');
  assert.equal(open.inputs.length, 0);
  assert.match(
    messages(open.problems, "error")[0],
    /^2: .*quoted field is never closed/,
  );
  const l1 = await readOne("x.csv", latin1("id,text\na,Die Lage in Köln.\n"));
  assert.equal(l1.inputs.length, 0);
  assert.match(messages(l1.problems, "error")[0], /not valid UTF-8.*iconv/);
  const empty = await readOne("x.csv", "");
  assert.deepEqual(messages(empty.problems, "error"), [
    "-: the file is empty; it should hold a header line and one row per article",
  ]);
  const header = await readOne("x.csv", "id,text\n");
  assert.match(messages(header.problems, "error")[0], /header but no rows/);
});

Deno.test("CSV: a row whose id starts with # is an article, not a comment", async () => {
  const { inputs } = await readOne("x.csv", "id,text\n#1,Ein Text.\n");
  assert.deepEqual(inputs.map((i) => i.id), ["#1"]);
});
