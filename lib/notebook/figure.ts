/**
 * A notebook's figure cell in one call: show a rendered chart and save it as
 * `<charts>/<name>.svg` with the data behind it as `<charts>/<name>.csv`, so
 * every figure can be traced back to its rows (and sentence ids).
 *
 * @module
 */
import type { Table } from "arquero";
import { rawCsvFromEnv, tableToCsv } from "../io/csv_write.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Displayable, html } from "./display.ts";

/** Options for {@linkcode figure}. */
export interface FigureOptions {
  /** File name without extension, e.g. `01-words-per-article`. */
  name: string;
  /** Folder to write `<name>.svg` and `<name>.csv` to (a notebook's `config.charts`). */
  dir: string;
  /**
   * The rows the chart shows; written as `<name>.csv`. Keep `article_id`
   * and `sentence_id` columns where rows come from articles or sentences.
   * @default no CSV
   */
  data?: Table;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SVG = /<svg\b[\s\S]*?<\/svg>/g;

/**
 * The chart as a standalone SVG document: the markup itself when it is an
 * `<svg>`, else the largest `<svg>` inside it (Plot wraps a chart with a
 * title or legend in a `<figure>`), with the `xmlns` Plot leaves out.
 */
export function standaloneSvg(markup: string): string {
  let svg = markup.trim();
  if (!svg.startsWith("<svg")) {
    const found = svg.match(SVG) ?? [];
    svg = found.reduce((a, b) => b.length > a.length ? b : a, "");
    if (svg === "") {
      throw new TypeError(
        "Cannot save the chart as SVG: the markup holds no <svg> element; pass the rendered chart",
      );
    }
  }
  if (!/^<svg[^>]*\sxmlns=/.test(svg)) {
    svg = svg.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  }
  return svg + "\n";
}

/**
 * Save a rendered chart as `<dir>/<name>.svg` (and its data as
 * `<dir>/<name>.csv`) and return it for display as `text/html`.
 *
 * @example Save and show a chart
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { figure } from "../mod.ts";
 * const dir = Deno.makeTempDirSync();
 * const out = figure('<svg width="10" height="10"><rect width="5" height="5"/></svg>', {
 *   name: "demo",
 *   dir,
 *   data: aq.table({ article_id: ["a1"], n: [5] }),
 * });
 * assert.equal(Deno.readTextFileSync(`${dir}/demo.csv`), "article_id,n\na1,5\n");
 * assert.ok(Deno.readTextFileSync(`${dir}/demo.svg`).startsWith('<svg xmlns='));
 * assert.equal(typeof out[Symbol.for("Jupyter.display") as never], "function");
 * Deno.removeSync(dir, { recursive: true });
 * ```
 *
 * @throws {TypeError} when `name` is not a plain file name or the chart has
 * no `<svg>`.
 */
export function figure(
  chart: string | { outerHTML: string },
  options: FigureOptions,
): Displayable {
  if (!NAME.test(options.name)) {
    throw new TypeError(
      `Cannot save figure "${options.name}": use letters, digits, ".", "_" and "-" only`,
    );
  }
  const markup = typeof chart === "string" ? chart : chart.outerHTML;
  mkdirSync(options.dir, { recursive: true });
  writeFileSync(
    join(options.dir, `${options.name}.svg`),
    standaloneSvg(markup),
  );
  if (options.data) {
    let csv = tableToCsv(options.data, { raw: rawCsvFromEnv() });
    if (!csv.endsWith("\n")) csv += "\n";
    writeFileSync(join(options.dir, `${options.name}.csv`), csv);
  }
  return html(
    `<div class="framing-figure" data-figure="${options.name}">${markup}</div>`,
  );
}
