import assert from "node:assert/strict";
import * as schemas from "../../lib/analyze/schemas.ts";

const README = Deno.readTextFileSync(
  new URL("../../README.md", import.meta.url),
);

/** Table name → the columns README.md (From corpus to chart, Tables) lists. */
function readmeTables(): Map<string, string[]> {
  const at = README.indexOf("\n### Tables\n");
  assert.ok(at >= 0, "README.md has no Tables section");
  const end = README.indexOf("\n## ", at);
  const tables = new Map<string, string[]>();
  for (const line of README.slice(at, end).split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 5 || !cells[1].startsWith("`")) continue;
    const name = cells[1].replaceAll("`", "");
    // Column names are the backticked words outside parentheses (which
    // hold examples and values: `sentence_id` (`<article_id>:s<index>`)).
    let columns = cells[3];
    while (/\([^()]*\)/.test(columns)) {
      columns = columns.replace(/\([^()]*\)/g, "");
    }
    tables.set(name, [...columns.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  }
  return tables;
}

Deno.test("README's Tables section lists every table of schemas.ts with its columns, in order", () => {
  const documented = readmeTables();
  const declared = new Map(
    Object.entries(schemas).map(([k, v]) => [k.toLowerCase(), [...v]]),
  );
  assert.deepEqual(
    [...documented.keys()].sort(),
    [...declared.keys()].sort(),
    "the tables README.md lists differ from the schemas",
  );
  for (const [name, columns] of declared) {
    assert.deepEqual(
      documented.get(name),
      columns,
      `README.md, Tables, \`${name}\`: columns differ from lib/analyze/schemas.ts`,
    );
  }
});
