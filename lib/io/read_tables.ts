/**
 * Read the tables that `deno task analyze` wrote (Arrow IPC files) back into
 * Arquero tables, e.g. in a notebook.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Read every `<name>.arrow` file in `dir` as an Arquero table, keyed by
 * `<name>`, in name order.
 *
 * @example Write a table and read it back
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { readTables, writeTables } from "../mod.ts";
 * const dir = Deno.makeTempDirSync();
 * await writeTables({ articles: aq.table({ article_id: ["a1"] }) }, dir);
 * const t = readTables(dir);
 * assert.equal(t.articles.get("article_id", 0), "a1");
 * Deno.removeSync(dir, { recursive: true });
 * ```
 *
 * @throws {Error} when `dir` does not exist or holds no `.arrow` file.
 */
export function readTables(dir: string): Record<string, Table> {
  if (!existsSync(dir)) {
    throw new Error(
      `Cannot read tables from ${dir}: the folder does not exist; run \`deno task analyze\` first`,
    );
  }
  const names = readdirSync(dir).filter((f) => f.endsWith(".arrow")).sort();
  if (names.length === 0) {
    throw new Error(
      `Cannot read tables from ${dir}: no .arrow file found; run \`deno task analyze\` first`,
    );
  }
  const tables: Record<string, Table> = {};
  for (const f of names) {
    tables[f.slice(0, -".arrow".length)] = aq.fromArrow(
      readFileSync(join(dir, f)),
    );
  }
  return tables;
}
