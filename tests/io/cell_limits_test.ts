// Issue 14, case 1: one quote longer than an Excel cell stopped the run.
import assert from "node:assert/strict";
import * as aq from "arquero";
import XLSX from "xlsx";
import {
  cellLimitProblems,
  EXCEL_CELL_LIMIT,
  fitCellText,
  fitSheetRows,
  TRUNCATION_MARKER,
} from "../../lib/io/cell_limits.ts";
import { workbookBytes } from "../../lib/io/write_excel.ts";

Deno.test("`fitCellText()` cuts to the limit with the marker, never splitting a surrogate pair", () => {
  const long = "ä".repeat(EXCEL_CELL_LIMIT + 10);
  const cut = fitCellText(long);
  assert.equal(cut.length, EXCEL_CELL_LIMIT);
  assert.ok(cut.endsWith(TRUNCATION_MARKER));
  const emoji = "😀".repeat(20); // 40 code units
  const fitted = fitCellText(emoji, 20);
  assert.ok(fitted.length <= 20);
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(fitted));
  assert.equal(fitCellText("kurz"), "kurz");
});

Deno.test("issue 14 case 1: `workbookBytes()` writes a quote over 32,767 characters, cut with a marker", () => {
  const quote = "Die Armee rückt vor. ".repeat(2500); // 52,500 characters
  const bytes = workbookBytes({
    quotes: aq.table({ quote_id: ["a:q0"], text: [quote] }),
  });
  const wb = XLSX.read(bytes, { type: "array" });
  const cell = wb.Sheets.quotes.B2.v as string;
  assert.equal(cell.length, EXCEL_CELL_LIMIT);
  assert.ok(cell.startsWith("Die Armee rückt vor."));
  assert.ok(cell.endsWith(TRUNCATION_MARKER));
});

Deno.test("issue 14 case 1: `cellLimitProblems()` names the article file, table, column and row", () => {
  const tables = {
    articles: aq.table({ article_id: ["a", "b"], file: ["a.txt", "b.txt"] }),
    quotes: aq.table({
      quote_id: ["a:q0", "b:q0"],
      article_id: ["a", "b"],
      text: ["kurz", "x".repeat(40000)],
    }),
  };
  const problems = cellLimitProblems(tables, ["articles", "quotes"], {
    corpus: "corpus",
  });
  assert.equal(problems.length, 1);
  assert.equal(problems[0].file, "corpus/b.txt");
  assert.equal(problems[0].severity, "note");
  assert.match(
    problems[0].message,
    /quotes\.text of quote_id b:q0 \(article "b"\) holds 40000 characters, more than Excel's 32767 per cell; in framing\.xlsx it is cut/,
  );
});

Deno.test("`cellLimitProblems()` notes a table with more rows than a sheet holds; `fitSheetRows()` cuts it", () => {
  const quotes = aq.table({ quote_id: ["q1", "q2", "q3", "q4"] });
  const problems = cellLimitProblems({ quotes }, ["quotes"], { rowLimit: 3 });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0].message,
    /quotes has 4 rows, more than an Excel sheet holds \(2 below the header\); framing\.xlsx holds the first 2/,
  );
  assert.deepEqual(fitSheetRows(quotes, 3).array("quote_id"), ["q1", "q2"]);
  assert.equal(fitSheetRows(quotes).numRows(), 4);
});
