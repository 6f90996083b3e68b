/**
 * Chart: the actor co-occurrence network — actors as dots, sentences that
 * mention two actors as links — laid out with d3-force from a fixed seed.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
// d3-force 3.0.1 ships no type declarations; the calls used are typed below.
import * as d3force from "d3-force";
import { cooccurrenceNetwork } from "../stats/cooccurrence_network.ts";
import { mulberry32 } from "../util/prng.ts";
import {
  attribute,
  categorical,
  type ChartOptions,
  checkData,
  compare,
  finish,
  keyword,
  labeler,
  type Labels,
  langOf,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode networkChart} and {@linkcode networkData}. */
export interface NetworkOptions extends ChartOptions {
  /** Only rows of these articles (e.g. one conflict's, see `articlesInConflict`). @default every article */
  articleIds?: Iterable<string>;
  /** Actor labels and types: the `actors` table (`id`, `label_*`, `type`). */
  actors?: Labels;
  /** Unit within which two actors co-occur. @default "sentence" */
  unit?: "sentence" | "article";
  /** Column of `mentions` holding the actor. @default "actor_id" */
  actor?: string;
  /** Keep the actors with most mentions, at most this many. @default 25 */
  top?: number;
  /** Draw links shared by at least this many units. @default 1 */
  minCount?: number;
  /** Seed of the layout's random source. @default 1 */
  seed?: number;
  /** Simulation steps, run synchronously. @default 300 */
  ticks?: number;
  /** Plot height in pixels. @default 460 */
  height?: number;
  /**
   * What {@linkcode networkData} returns for the same mentions and options,
   * when already computed (a notebook's figure cell saves its links as the
   * figure's CSV too): the chart draws it instead of laying the network out
   * again. @default computed from the mentions
   */
  data?: { nodes: Table; links: Table };
}

const TEXT = {
  en: {
    title: "Who appears with whom",
    subtitle: (unit: string) => `Actors mentioned in the same ${unit}`,
    sentence: "sentence",
    article: "article",
    legend: "Actor type",
    unknown: "unknown",
    caption: (unit: string, min: number) =>
      `Dots are actors, sized by their number of mentions; a link joins two actors mentioned in the same ${unit}, thicker the more ${unit}s they share (links shared by fewer than ${min} are hidden). The layout (d3-force, fixed seed) places linked actors close; distances and positions carry no further meaning.`,
    mentions: "mentions",
    shared: (unit: string) => `${unit}s together`,
  },
  de: {
    title: "Wer mit wem genannt wird",
    subtitle: (unit: string) => `Akteure, die im selben ${unit} genannt werden`,
    sentence: "Satz",
    article: "Artikel",
    legend: "Akteurstyp",
    unknown: "unbekannt",
    caption: (unit: string, min: number) =>
      `Punkte sind Akteure, ihre Größe folgt der Zahl ihrer Nennungen; eine Linie verbindet zwei Akteure, die im selben ${unit} genannt werden, umso dicker, je öfter (Verbindungen in weniger als ${min} Einheiten sind ausgeblendet). Das Layout (d3-force, fester Startwert) rückt verbundene Akteure zusammen; Abstände und Lage tragen keine weitere Bedeutung.`,
    mentions: "Nennungen",
    shared: (unit: string) =>
      `gemeinsame ${unit === "Satz" ? "Sätze" : "Artikel"}`,
  },
};

interface SimNode {
  id: string;
  r: number;
  x?: number;
  y?: number;
}

interface Simulation {
  randomSource(source: () => number): Simulation;
  force(name: string, force: unknown): Simulation;
  stop(): Simulation;
  tick(n: number): Simulation;
}

interface D3Force {
  forceSimulation(nodes: SimNode[]): Simulation;
  forceLink(links: { source: string; target: string; n: number }[]): {
    id(f: (d: SimNode) => string): unknown;
  };
  forceManyBody(): { strength(s: number): unknown };
  forceCollide(r: (d: SimNode) => number): unknown;
  forceX(x: number): { strength(s: number): unknown };
  forceY(y: number): { strength(s: number): unknown };
}

/**
 * The columns of {@linkcode networkData}'s `nodes` that
 * {@linkcode networkChart} draws from: a `data.nodes` without them is an
 * error (see `checkData`).
 */
export const NETWORK_NODE_COLUMNS = [
  "actor_id",
  "label",
  "type",
  "n_mentions",
  "r",
  "x",
  "y",
] as const;

/**
 * The columns of {@linkcode networkData}'s `links` that
 * {@linkcode networkChart} draws from: a `data.links` without them is an
 * error (see `checkData`).
 */
export const NETWORK_LINK_COLUMNS = [
  "actor_a",
  "actor_b",
  "n_units",
  "x1",
  "y1",
  "x2",
  "y2",
] as const;

/**
 * Nodes and links of the co-occurrence network, with layout coordinates.
 *
 * `nodes`: `actor_id`, `label`, `type`, `n_mentions`, `r` (radius in
 * pixels), `x`, `y`. `links`: the rows of `actorCooccurrence`
 * (lib/stats/cooccurrence.ts) between kept actors — `actor_a`, `actor_b`,
 * `n_units`, `n_articles`, `units` (the `sentence_id`s or `article_id`s
 * behind the link) — plus `x1`, `y1`, `x2`, `y2`. The layout is d3-force
 * run for a fixed number of ticks from a seeded random source: the same
 * input gives the same picture.
 *
 * @example Two actors in one sentence
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { networkData } from "./network_chart.ts";
 * const mentions = aq.table({
 *   article_id: ["a", "a"], sentence_id: ["a:s0", "a:s0"], actor_id: ["usa", "iraq"],
 * });
 * const { nodes, links } = networkData(mentions);
 * assert.equal(nodes.numRows(), 2);
 * assert.equal(links.get("units", 0), "a:s0");
 * ```
 */
export function networkData(
  mentions: Table,
  options: NetworkOptions = {},
): { nodes: Table; links: Table } {
  const lang = langOf(options);
  const t = TEXT[lang];
  const label = labeler(options.actors, lang);
  const types = attribute(options.actors, "type");
  const network = cooccurrenceNetwork(mentions, options);
  const kept = network.actors.objects() as {
    actor_id: string;
    n_mentions: number;
  }[];
  const counts = new Map(kept.map((a) => [a.actor_id, a.n_mentions]));
  const max = Math.max(1, ...kept.map((a) => a.n_mentions));
  // The seed picks the starting positions (and d3's jiggle): another seed,
  // another layout of the same graph, e.g. when labels overlap.
  const random = mulberry32(options.seed ?? 1);
  const spread = 20 * Math.sqrt(kept.length + 1);
  const nodes: SimNode[] = kept.map((a) => ({
    id: a.actor_id,
    r: 4 + 12 * Math.sqrt(a.n_mentions / max),
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
  }));
  const links = rows(network.links);
  const d3 = d3force as unknown as D3Force;
  const linkForce = d3.forceLink(
    links.map((d) => ({ source: d.actor_a, target: d.actor_b, n: d.n_units })),
  ).id((d) => d.id);
  d3.forceSimulation(nodes)
    .randomSource(random)
    .force("link", linkForce)
    .force("charge", d3.forceManyBody().strength(-160))
    .force("collide", d3.forceCollide((d) => d.r + 3))
    .force("x", d3.forceX(0).strength(0.06))
    .force("y", d3.forceY(0).strength(0.06))
    .stop()
    .tick(options.ticks ?? 300);
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const r6 = (v: number | undefined) => Math.round((v ?? 0) * 1e6) / 1e6;
  return {
    nodes: aq.table({
      actor_id: nodes.map((n) => n.id),
      label: nodes.map((n) => label(n.id)),
      type: nodes.map((n) => types.get(n.id) ?? t.unknown),
      n_mentions: nodes.map((n) => counts.get(n.id)!),
      r: nodes.map((n) => r6(n.r)),
      x: nodes.map((n) => r6(n.x)),
      y: nodes.map((n) => r6(n.y)),
    }),
    links: network.links.assign(aq.table({
      x1: links.map((d) => r6(pos.get(d.actor_a)!.x)),
      y1: links.map((d) => r6(pos.get(d.actor_a)!.y)),
      x2: links.map((d) => r6(pos.get(d.actor_b)!.x)),
      y2: links.map((d) => r6(pos.get(d.actor_b)!.y)),
    })),
  };
}

/**
 * The co-occurrence network drawn with Plot marks: links (`link`, width by
 * shared units), actors (`dot`, size by mentions, colour by actor type with
 * a swatch legend) and their labels (`text`). Takes the `mentions` table.
 *
 * @example A network of three actors
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { networkChart, renderSvg } from "./mod.ts";
 * const mentions = aq.table({
 *   article_id: ["a", "a", "a"], sentence_id: ["a:s0", "a:s0", "a:s0"],
 *   actor_id: ["usa", "iraq", "un"],
 * });
 * assert.ok(renderSvg(networkChart(mentions)).includes("Who appears with whom"));
 * ```
 */
export function networkChart(
  mentions: Table,
  options: NetworkOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const unit = keyword(options, "unit", ["sentence", "article"], "sentence") ===
      "sentence"
    ? t.sentence
    : t.article;
  const { nodes, links } = checkNetworkData(options.data) ??
    networkData(mentions, options);
  const n = rows(nodes);
  const l = rows(links);
  const label = new Map(n.map((d) => [d.actor_id, d.label]));
  const maxLink = Math.max(1, ...l.map((d) => d.n_units));
  const pad = 40;
  const xs = n.map((d) => d.x);
  const ys = n.map((d) => d.y);
  const x0 = Math.min(0, ...xs) - pad;
  const x1 = Math.max(0, ...xs) + pad;
  const y0 = Math.min(0, ...ys) - pad;
  const y1 = Math.max(0, ...ys) + pad;
  const height = options.height ?? 460;
  // Data units per pixel on y, to put each label just above its dot.
  const perPixel = (y1 - y0) / (height - 20);
  const labels = n.map((d) => ({ ...d, label_y: d.y + (d.r + 2) * perPixel }));
  const typeDomain = [...new Set(n.map((d) => d.type as string))].sort(compare);
  return finish({
    title: t.title,
    subtitle: t.subtitle(unit),
    caption: t.caption(unit, options.minCount ?? 1),
    height,
    margin: 10,
    x: { axis: null, domain: [x0, x1] },
    y: { axis: null, domain: [y0, y1] },
    r: { type: "identity" },
    color: {
      type: "ordinal",
      legend: true,
      label: t.legend,
      domain: typeDomain,
      range: categorical(typeDomain.length),
    },
    marks: [
      Plot.link(l, {
        x1: "x1",
        y1: "y1",
        x2: "x2",
        y2: "y2",
        stroke: "#888",
        strokeOpacity: 0.5,
        strokeWidth: (d) => 1 + 5 * d.n_units / maxLink,
        title: (d) =>
          `${label.get(d.actor_a)} – ${label.get(d.actor_b)}\n${d.n_units} ${
            t.shared(unit)
          }`,
      }),
      Plot.dot(n, {
        x: "x",
        y: "y",
        r: "r",
        fill: "type",
        stroke: "white",
        title: (d) => `${d.label} (${d.type})\n${d.n_mentions} ${t.mentions}`,
      }),
      Plot.text(labels, {
        x: "x",
        y: "label_y",
        text: "label",
        lineAnchor: "bottom",
        fill: "black",
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
        fontSize: 11,
      }),
    ],
  }, options);
}

// The `data` option checked: both tables of networkData's shape.
function checkNetworkData(
  data: NetworkOptions["data"],
): { nodes: Table; links: Table } | undefined {
  if (data === undefined) return undefined;
  const part = (name: "nodes" | "links", columns: readonly string[]) =>
    checkData(
      (data as Partial<Record<string, Table>> | null)?.[name] ?? null,
      columns,
      "networkChart",
      "networkData",
      `data.${name}`,
    )!;
  return {
    nodes: part("nodes", NETWORK_NODE_COLUMNS),
    links: part("links", NETWORK_LINK_COLUMNS),
  };
}
