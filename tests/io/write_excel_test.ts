import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import * as aq from "arquero";
import * as XLSX from "xlsx";
import {
  workbookBytes,
  writeFramingWorkbook,
} from "../../lib/io/write_excel.ts";

const articles = aq.table({
  article_id: ["a1", "a2"],
  title: ["Waffenruhe in Gaza", ""],
  n_words: [120, 87],
  tone: [0.25, NaN],
  has_quotes: [true, false],
  outlet: ["taz", null],
});

Deno.test("`workbookBytes()` writes one sheet per table with a header row and typed cells", () => {
  const wb = XLSX.read(
    workbookBytes({
      articles,
      quotes: aq.table({ quote: ["„Wir bleiben.“"] }),
    }),
    { type: "array" },
  );
  assertEquals(wb.SheetNames, ["articles", "quotes"]);
  const rows = XLSX.utils.sheet_to_json(wb.Sheets.articles, {
    header: 1,
    defval: null,
  });
  assertEquals(rows, [
    ["article_id", "title", "n_words", "tone", "has_quotes", "outlet"],
    ["a1", "Waffenruhe in Gaza", 120, 0.25, true, "taz"],
    // NaN and null become empty cells
    ["a2", "", 87, null, false, null],
  ]);
  assertEquals(wb.Sheets.quotes.A2.v, "„Wir bleiben.“");
});

Deno.test("`workbookBytes()` keeps digit strings as text and writes empty tables as a header", () => {
  const wb = XLSX.read(
    workbookBytes({ t: aq.table({ id: ["007"] }), empty: aq.table({ x: [] }) }),
    { type: "array" },
  );
  assertEquals(wb.Sheets.t.A2.t, "s");
  assertEquals(wb.Sheets.t.A2.v, "007");
  assertEquals(XLSX.utils.sheet_to_json(wb.Sheets.empty, { header: 1 }), [[
    "x",
  ]]);
});

Deno.test("`workbookBytes()` gives the same bytes for the same tables, with no clock in them", () => {
  const a = workbookBytes({ articles });
  const b = workbookBytes({ articles });
  assertEquals(a, b);
  const view = new DataView(a.buffer, a.byteOffset);
  // First local header: modification time and date are 1980-01-01 00:00.
  assertEquals([view.getUint16(10, true), view.getUint16(12, true)], [0, 33]);
  const core = XLSX.read(a, { type: "array", bookProps: true }).Props ?? {};
  assertEquals(core.CreatedDate, undefined);
  assertEquals(core.ModifiedDate, undefined);
});

Deno.test("`workbookBytes()` writes columns of mixed or object values as text", () => {
  const wb = XLSX.read(
    workbookBytes({
      t: aq.table({
        mixed: ["a", 1, null],
        terms: [["Krieg", "Angriff"], { n: 1 }, null],
      }),
    }),
    { type: "array" },
  );
  const rows = XLSX.utils.sheet_to_json(wb.Sheets.t, {
    header: 1,
    defval: null,
  });
  assertEquals(rows, [
    ["mixed", "terms"],
    ["a", '["Krieg","Angriff"]'],
    ["1", '{"n":1}'],
    [null, null],
  ]);
});

Deno.test("`workbookBytes()` rejects a table name Excel cannot use as a sheet name", () => {
  throws(
    () => workbookBytes({ "frames/2024": articles }),
    (e) => e instanceof RangeError && e.message.includes('"frames/2024"'),
  );
});

Deno.test("`writeFramingWorkbook()` writes the key tables that exist, articles first", () => {
  const dir = Deno.makeTempDirSync();
  const path = writeFramingWorkbook({
    quotes: aq.table({ article_id: ["a1"], quote: ["Wir bleiben."] }),
    tokens: aq.table({ token: ["Die"] }),
    articles,
  }, dir);
  assertEquals(path, `${dir}/framing.xlsx`);
  const wb = XLSX.read(Deno.readFileSync(path), { type: "array" });
  assertEquals(wb.SheetNames, ["articles", "quotes"]);
  assertEquals(wb.Sheets.articles.A3.v, "a2");
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("`writeFramingWorkbook()` needs an articles table", () => {
  throws(
    () => writeFramingWorkbook({}, Deno.makeTempDirSync()),
    (e) => e instanceof TypeError && e.message.includes("no articles table"),
  );
});
