/**
 * The conflicts data file (`lib/data/conflicts.tsv`): which conflicts exist,
 * their periods, places, typical actors and cue terms.
 *
 * @module
 */
import { dataPath, parseTsv, readTextFile } from "../io/data_file.ts";
import { checkDate } from "../corpus/manifest.ts";

/** One conflict definition. */
export interface Conflict {
  id: string;
  label_de: string;
  label_en: string;
  start: string;
  /** "" when ongoing. */
  end: string;
  places: string[];
  actors: string[];
  cues: string[];
  /** `file:line` where it is defined. */
  source: string;
}

const COLUMNS = [
  "id",
  "label_de",
  "label_en",
  "start",
  "end",
  "places",
  "actors",
  "cues",
];

const list = (s: string) => s.split(";").map((x) => x.trim()).filter(Boolean);

/**
 * Parse a conflicts file (TSV: id, label_de, label_en, start, end, places,
 * actors, cues; lists separated by ";").
 *
 * @example One conflict
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseConflicts } from "./conflicts_file.ts";
 * const [c] = parseConflicts(
 *   "yemen\tJemen-Krieg\tYemen war\t2014-09-16\t\tSanaa;Aden\thouthis\tHuthi\n",
 *   "conflicts.tsv",
 * );
 * assert.equal(c.places.length, 2);
 * assert.equal(c.end, "");
 * ```
 *
 * @throws {SyntaxError} naming the file and line of a malformed entry.
 */
export function parseConflicts(text: string, file: string): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (
    const { line, fields } of parseTsv(text, file)
  ) {
    if (fields[0] === "id") continue;
    const where = `${file}:${line}`;
    if (fields.length !== COLUMNS.length) {
      throw new SyntaxError(
        `Cannot read conflict at ${where}: expected ${COLUMNS.length} tab-separated columns (${
          COLUMNS.join(", ")
        }), found ${fields.length}`,
      );
    }
    const [id, label_de, label_en, start, end, places, actors, cues] = fields;
    if (!/^[a-z0-9_]+$/.test(id)) {
      throw new SyntaxError(
        `Cannot read conflict at ${where}: id "${id}" must be lower-case letters, digits and "_"`,
      );
    }
    if (seen.has(id)) {
      throw new SyntaxError(
        `Cannot read conflict at ${where}: duplicate id "${id}"`,
      );
    }
    seen.add(id);
    for (const [name, d] of [["start", start], ["end", end]] as const) {
      if (d === "" && name === "end") continue;
      if (checkDate(d) !== "day") {
        throw new SyntaxError(
          `Cannot read conflict at ${where}: ${name} "${d}" is not a date of the form YYYY-MM-DD`,
        );
      }
    }
    out.push({
      id,
      label_de,
      label_en,
      start,
      end,
      places: list(places),
      actors: list(actors),
      cues: list(cues),
      source: where,
    });
  }
  return out;
}

/**
 * Load a conflicts file (default: `lib/data/conflicts.tsv`).
 *
 * @example The shipped conflicts
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadConflicts } from "../mod.ts";
 * assert.ok(loadConflicts().some((c) => c.id === "russia_ukraine_war"));
 * ```
 */
export function loadConflicts(path?: string): Conflict[] {
  return path ? parseConflicts(readTextFile(path), path) : parseConflicts(
    readTextFile(dataPath("conflicts.tsv")),
    "lib/data/conflicts.tsv",
  );
}
