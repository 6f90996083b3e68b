/**
 * Unpack the `evidence` column of the `tone` table (or of
 * `sentenceSentiment`) into one row per matched term, so that every tone or
 * sentiment score can be traced to the words behind it.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable, Table } from "arquero";

const ENTRY = /^(.*)@(\d+)-(\d+):(-?[\d.]+(?:e-?\d+)?)$/;

/**
 * One row per term in the `evidence` strings (`term@start-end:value; …`) of
 * `table`, keeping the key columns it has (`mention_id`, `article_id`,
 * `sentence_id`, `actor_id`) and adding `term`, `start`, `end` (offsets
 * into the article text) and `value` (the term's contribution after every
 * rule). Rows without evidence give no term rows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { evidenceTerms } from "./evidence_terms.ts";
 * const tone = aq.table({
 *   mention_id: ["a:m0"], sentence_id: ["a:s0"], actor_id: ["usa"],
 *   evidence: ["drohte@848-854:-0.6; Erpressung@927-937:-0.4"],
 * });
 * const e = evidenceTerms(tone);
 * assert.deepEqual(e.array("term"), ["drohte", "Erpressung"]);
 * assert.deepEqual(e.array("value"), [-0.6, -0.4]);
 * ```
 *
 * @throws {SyntaxError} on an evidence entry that is not `term@start-end:value`.
 */
export function evidenceTerms(table: Table): ColumnTable {
  const names = table.columnNames();
  const keys = ["mention_id", "article_id", "sentence_id", "actor_id"].filter(
    (k) => names.includes(k),
  );
  const out: Record<string, unknown[]> = Object.fromEntries(
    [...keys, "term", "start", "end", "value"].map((k) => [k, []]),
  );
  const evidence = names.includes("evidence")
    ? table.array("evidence") as unknown[]
    : [];
  const keyCols = keys.map((k) => table.array(k) as unknown[]);
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i];
    if (e === null || e === undefined || e === "") continue;
    for (const part of String(e).split("; ")) {
      const m = ENTRY.exec(part);
      if (!m) {
        throw new SyntaxError(
          `Cannot read evidence "${part}" (row ${i}): expected term@start-end:value`,
        );
      }
      keys.forEach((k, j) => out[k].push(keyCols[j][i]));
      out.term.push(m[1]);
      out.start.push(Number(m[2]));
      out.end.push(Number(m[3]));
      out.value.push(Number(m[4]));
    }
  }
  return aq.table(out);
}
