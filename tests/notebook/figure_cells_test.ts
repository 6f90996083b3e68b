// The notebooks' figure cells compute a chart's data once: the `…Data`
// table a cell saves as the figure's CSV is the one its chart draws (the
// `data` option), so the picture and the CSV cannot come from two runs.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(import.meta.dirname!, "../../notebooks");

function figureCells(): { notebook: string; source: string }[] {
  const out = [];
  for (const name of readdirSync(DIR).filter((f) => f.endsWith(".ipynb"))) {
    const nb = JSON.parse(readFileSync(join(DIR, name), "utf8"));
    for (const cell of nb.cells) {
      if (cell.cell_type !== "code") continue;
      const source = Array.isArray(cell.source)
        ? cell.source.join("")
        : String(cell.source);
      if (source.includes("figure(")) out.push({ notebook: name, source });
    }
  }
  return out;
}

// The text of the call whose "(" is at `open`, strings skipped.
function callAt(source: string, open: number): string {
  let depth = 0;
  let quote = "";
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote && source[i - 1] !== "\\") quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c) && --depth === 0) {
      return source.slice(open, i + 1);
    }
  }
  throw new Error(`unbalanced call in: ${source}`);
}

Deno.test("every notebook figure cell computes its chart's data once and hands it to the chart", () => {
  const cells = figureCells();
  assert.ok(cells.length >= 15, `found ${cells.length} figure cells`);
  for (const { notebook, source } of cells) {
    const calls = [...source.matchAll(/\b([a-z]\w*)Data\(/g)].map((m) => m[1]);
    for (const base of new Set(calls)) {
      assert.equal(
        calls.filter((c) => c === base).length,
        1,
        `${notebook}: ${base}Data is called more than once in one cell`,
      );
      const chart = source.match(new RegExp(`\\b${base}Chart\\(`));
      if (!chart) continue;
      assert.match(
        callAt(source, chart.index! + chart[0].length - 1),
        /\bdata: \w+/,
        `${notebook}: ${base}Chart does not get the precomputed ${base}Data rows`,
      );
    }
  }
});
