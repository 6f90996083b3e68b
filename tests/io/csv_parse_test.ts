import assert from "node:assert/strict";
import { parseDelimited } from "../../lib/io/csv_parse.ts";

Deno.test("`parseDelimited()` keeps the line each record starts on", () => {
  const r = parseDelimited('a,b\n\n# comment\n"x\ny",z\nlast,1\n');
  assert.deepEqual(r, [
    { line: 1, fields: ["a", "b"] },
    { line: 4, fields: ["x\ny", "z"] },
    { line: 6, fields: ["last", "1"] },
  ]);
});

Deno.test("`parseDelimited()` reads CRLF text, blank CRLF lines included", () => {
  const r = parseDelimited("a,b\r\n\r\nc,d\r\n");
  assert.deepEqual(r, [
    { line: 1, fields: ["a", "b"] },
    { line: 3, fields: ["c", "d"] },
  ]);
});

Deno.test("`parseDelimited()` reads doubled quotes, empty fields and TSV", () => {
  assert.deepEqual(parseDelimited('"a ""b""",,c')[0].fields, [
    'a "b"',
    "",
    "c",
  ]);
  assert.deepEqual(
    parseDelimited("a\tb,c\t", { delimiter: "\t" })[0].fields,
    ["a", "b,c", ""],
  );
});

Deno.test("`parseDelimited()` names file and line of an unclosed quote", () => {
  assert.throws(
    () => parseDelimited('a,b\nc,"never\nclosed', { file: "m.csv" }),
    (e: unknown) =>
      e instanceof SyntaxError &&
      /^Cannot parse m\.csv:2: .*closing/.test(e.message),
  );
});
