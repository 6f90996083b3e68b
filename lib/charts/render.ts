/**
 * The one place that touches a DOM: render a chart specification (Observable
 * Plot options plus a title, subtitle and caption) to a standalone SVG string,
 * server-side, through linkedom.
 *
 * Plot draws legends as HTML (swatches) and wraps titled plots in a
 * `<figure>`; neither is SVG. So the plot is drawn bare and this module lays
 * out title, subtitle, legend, plot and caption in one outer `<svg>`, which
 * works as a `.svg` file, inline in HTML, and in Jupyter's `text/html`.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { escapeHtml } from "../html/escape_html.ts";

/**
 * A chart specification: Observable Plot options (marks, scales, facets,
 * size) plus texts drawn around the plot. Chart modules return these; they
 * are plain data and contain no DOM.
 */
export interface ChartSpec extends Plot.PlotOptions {
  /** Heading above the chart. */
  title?: string;
  /** One line under the title: what is compared. */
  subtitle?: string;
  /** Below the chart: what is measured and how, and the caveats. */
  caption?: string;
}

const FONT =
  "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 12;
const CAPTION_SIZE = 11;
const LEGEND_SIZE = 11;
const GAP = 8;
const PAD = 10;
const SVG_NS = "http://www.w3.org/2000/svg";
const DISCRETE_RAMPS = new Set(["threshold", "quantize", "quantile"]);
const SWATCH_TYPES = new Set(["ordinal", "categorical"]);

/**
 * Render `spec` to a standalone SVG document string (with `xmlns`), laid out
 * as title, subtitle, colour legend (when `spec.color.legend` is true),
 * plot and caption.
 *
 * The output is deterministic: Plot's generated ids are renumbered with a
 * prefix derived from the chart's content (so two different charts on one
 * page do not share ids), and coordinates are rounded to two decimals.
 * Ordinal colour scales get swatches; threshold, quantize and quantile
 * scales get Plot's stepped ramp. A continuous ramp legend needs a canvas,
 * which a server-side DOM lacks, so it is refused with a `TypeError`.
 *
 * @example Render a bar chart with a swatch legend
 * ```ts
 * import assert from "node:assert/strict";
 * import * as Plot from "@observablehq/plot";
 * import { renderSvg } from "./render.ts";
 * const data = [{ actor: "USA", n: 3 }, { actor: "NATO", n: 1 }];
 * const svg = renderSvg({
 *   title: "Mentions",
 *   caption: "Counted per actor.",
 *   color: { legend: true },
 *   marks: [Plot.barX(data, { x: "n", y: "actor", fill: "actor" })],
 * });
 * assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
 * assert.ok(svg.includes(">Mentions</text>"));
 * ```
 */
export function renderSvg(spec: ChartSpec): string {
  const { document } = parseHTML(
    "<!DOCTYPE html><html><head></head><body></body></html>",
  ) as unknown as { document: PlotDocument };
  const { title, subtitle, caption, ...options } = spec;
  const color = { ...(options.color ?? {}) } as Plot.ScaleOptions;
  const legend = color.legend;
  color.legend = false;
  const plot = Plot.plot({
    ...options,
    color,
    className: "plot-chart",
    document,
  }) as unknown as PlotElement;
  if (plot.tagName.toLowerCase() !== "svg") {
    throw new TypeError(
      "Cannot render chart: Plot returned a <figure>, not an <svg>; " +
        "remove legends other than colour (e.g. symbol) from the spec",
    );
  }
  const width = Number(plot.getAttribute("width"));
  const height = Number(plot.getAttribute("height"));
  const parts: string[] = [];
  let y = PAD / 2;
  const block = (text: string | undefined, size: number, attrs: string) => {
    if (!text) return;
    for (const line of wrapText(text, width, size)) {
      y += size * 1.3;
      parts.push(
        `<text x="${PAD}" y="${
          round(y - size * 0.3)
        }" font-size="${size}" ${attrs}>${escapeHtml(line)}</text>`,
      );
    }
    y += GAP / 2;
  };
  block(title, TITLE_SIZE, 'font-weight="bold"');
  block(subtitle, SUBTITLE_SIZE, 'fill="#444"');
  if (legend) {
    const scale = plot.scale("color");
    if (scale) {
      const out = legendSvg(scale, color, width, document, y);
      parts.push(out.svg);
      y += out.height + GAP;
    }
  }
  y += GAP / 2;
  plot.setAttribute("x", String(PAD));
  plot.setAttribute("y", String(round(y)));
  parts.push(plot.outerHTML);
  y += height + GAP;
  block(caption, CAPTION_SIZE, 'fill="#555"');
  const total = Math.ceil(y + PAD);
  const outer = width + 2 * PAD;
  const label = title ? ` aria-label="${escapeHtml(title)}"` : "";
  const head = `<svg xmlns="${SVG_NS}" width="${outer}" height="${total}" ` +
    `viewBox="0 0 ${outer} ${total}" font-family="${FONT}" role="img"${label}>` +
    `<rect width="100%" height="100%" fill="white"/>` +
    (title ? `<title>${escapeHtml(title)}</title>` : "") +
    (caption ? `<desc>${escapeHtml(caption)}</desc>` : "");
  return stabilizeIds(roundCoordinates(head + parts.join("") + "</svg>"));
}

type PlotDocument = Plot.PlotOptions["document"];

interface PlotElement {
  tagName: string;
  outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  scale(name: "color"): Plot.Scale | undefined;
}

function legendSvg(
  scale: Plot.Scale,
  options: Plot.ScaleOptions,
  width: number,
  document: PlotDocument,
  top: number,
): { svg: string; height: number } {
  const type = String(scale.type);
  if (DISCRETE_RAMPS.has(type)) {
    const el = Plot.legend({
      color: {
        ...scale,
        label: options.label ?? scale.label,
        tickFormat: options.tickFormat,
      },
      legend: "ramp",
      width: Math.min(width, 320),
      document,
    } as unknown as Plot.LegendOptions) as unknown as PlotElement;
    const h = Number(el.getAttribute("height"));
    el.setAttribute("x", String(PAD));
    el.setAttribute("y", String(round(top)));
    return { svg: el.outerHTML, height: h };
  }
  if (!SWATCH_TYPES.has(type)) {
    throw new TypeError(
      `Cannot draw a "${type}" colour legend server-side: ramp legends need ` +
        `a canvas; use a threshold, quantize or ordinal colour scale`,
    );
  }
  return swatches(
    scale,
    (options.label ?? scale.label) as string | undefined,
    width,
    top,
  );
}

// Swatches as SVG: a square and a label per domain value, flowing into lines.
function swatches(
  scale: Plot.Scale,
  label: string | undefined,
  width: number,
  top: number,
): { svg: string; height: number } {
  const domain = (scale.domain ?? []) as unknown[];
  const range = (scale.range ?? []) as string[];
  const size = LEGEND_SIZE;
  const line = size * 1.6;
  const out: string[] = [];
  let x = 0;
  let row = 0;
  if (label) {
    out.push(
      `<text x="0" y="${size}" font-size="${size}" font-weight="bold">${
        escapeHtml(label)
      }</text>`,
    );
    x = textWidth(label, size, true) + 12;
  }
  for (let i = 0; i < domain.length; i++) {
    const text = String(domain[i]);
    const w = size + 5 + textWidth(text, size) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const y = row * line;
    const fill = range[i % range.length] ?? "currentColor";
    out.push(
      `<rect x="${round(x)}" y="${y}" width="${size}" height="${size}" fill="${
        escapeHtml(fill)
      }"/><text x="${round(x + size + 5)}" y="${
        round(y + size * 0.85)
      }" font-size="${size}">${escapeHtml(text)}</text>`,
    );
    x += w;
  }
  const height = (row + 1) * line;
  return {
    svg: `<g transform="translate(${PAD},${round(top)})">${out.join("")}</g>`,
    height,
  };
}

/** Estimated width of `text` in pixels (no font metrics server-side). */
function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.6 : 0.55);
}

/** Break `text` into lines that fit `width` pixels at `size`. */
function wrapText(text: string, width: number, size: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * 0.58)));
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

// Attributes holding coordinates; numbers inside other attributes (labels)
// are left as written.
const GEOMETRY =
  /\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|width|height|viewBox|points|stroke-width|font-size)="([^"]*)"/g;
const DECIMAL = /-?\d*\.\d+(?:e[-+]?\d+)?/gi;

/**
 * Round every decimal number in coordinate attributes to two decimals, so
 * that floating-point noise does not change the output.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(
    GEOMETRY,
    (_m, name: string, value: string) =>
      ` ${name}="${
        value.replace(DECIMAL, (n) => {
          const r = round(Number(n));
          return Object.is(r, -0) ? "0" : String(r);
        })
      }"`,
  );
}

const ID = /\sid="([^"]+)"/g;

/**
 * Renumber every `id` (and its `url(#…)` and `href="#…"` references) in
 * document order as `<prefix>-<n>`, where the prefix is a hash of the SVG
 * with its ids removed: the same chart always gets the same ids, and two
 * different charts on one page do not collide.
 */
export function stabilizeIds(svg: string): string {
  const ids: string[] = [];
  for (const m of svg.matchAll(ID)) ids.push(m[1]);
  if (ids.length === 0) return svg;
  const prefix = "c" +
    fnv1a(svg.replace(/(\sid="|url\(#|href="#)[^")]+/g, "$1")).toString(36);
  const map = new Map<string, string>();
  for (const id of ids) {
    if (!map.has(id)) map.set(id, `${prefix}-${map.size + 1}`);
  }
  return svg.replace(
    /(\sid="|url\(#|href="#)([^")]+)/g,
    (m, lead: string, id: string) => map.has(id) ? lead + map.get(id) : m,
  );
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
