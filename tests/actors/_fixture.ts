/** Read a TSV fixture from tests/fixtures/actors/: rows after the header. */
import { readFileSync } from "node:fs";
import { parseDelimited } from "../../lib/io/csv_parse.ts";

export function fixture(name: string): string[][] {
  return parseDelimited(
    readFileSync(
      new URL(`../fixtures/actors/${name}`, import.meta.url),
      "utf8",
    ),
    { delimiter: "\t" },
  ).slice(1).map((r) => r.fields);
}
