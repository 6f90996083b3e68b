/**
 * A starter `manifest.csv` for a folder of `.txt` articles: one row per
 * file, ids from the file names, outlet `unknown`, the date where the file
 * name starts with one (`2016-03-14_…`), for the user to complete.
 *
 * @module
 */
import * as aq from "arquero";
import { MANIFEST_COLUMNS } from "../manifest.ts";
import { idStem } from "./columns.ts";

/**
 * The manifest text for the `.txt` file names `files`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterManifest } from "./starter_manifest.ts";
 * const csv = starterManifest(["2016-03-14 Aleppo.txt", "b.txt"]);
 * assert.equal(
 *   csv.split("\n")[1],
 *   "2016-03-14_Aleppo,2016-03-14 Aleppo.txt,,unknown,2016-03-14,day,from the file name,de,",
 * );
 * ```
 */
export function starterManifest(files: string[]): string {
  const seen = new Map<string, number>();
  const rows = [...files].sort().map((file) => {
    let id = idStem(file);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    const m = /^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2})(?!\d)/.exec(file);
    const date = m ? m[1] : "";
    return {
      id,
      file,
      title: "",
      outlet: "unknown",
      date,
      date_precision: date ? (date.length === 10 ? "day" : "month") : "",
      date_note: date ? "from the file name" : "",
      language: "de",
      conflict: "",
    };
  });
  const table = rows.length
    ? aq.from(rows)
    : aq.table(Object.fromEntries(MANIFEST_COLUMNS.map((c) => [c, []])));
  return aq.toCSV(table.select([...MANIFEST_COLUMNS]));
}
