/**
 * The benchmark's log–log plot: analysis time against corpus size.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { ChartSpec } from "./render.ts";

/** One benchmark point (a row of outputs/bench/bench.csv). */
export interface BenchPoint {
  size: number;
  workers: number;
  tokens: number;
  seconds: number;
}

/**
 * Wall time against tokens on log–log axes, one colour per worker count,
 * with a dashed line of linear scaling from the smallest single-worker
 * point: a curve that bends above it grows worse than linearly.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { benchChart } from "./bench_chart.ts";
 * import { renderSvg } from "./render.ts";
 * const svg = renderSvg(benchChart([
 *   { size: 1, workers: 1, tokens: 3000, seconds: 0.1 },
 *   { size: 10, workers: 1, tokens: 30000, seconds: 0.5 },
 * ]));
 * assert.ok(svg.includes("log–log"));
 * ```
 */
export function benchChart(points: BenchPoint[]): ChartSpec {
  const one = points.filter((p) => p.workers === 1);
  const base = one[0] ?? points[0];
  return {
    title: "Analysis time against corpus size (log–log)",
    subtitle: "Full analysis into Arquero tables, one process per point",
    caption:
      "Sentences, tokens, actors, names, quotes, tone, frames and conflicts. Dashed: linear scaling from the smallest point.",
    width: 640,
    height: 360,
    x: { type: "log", label: "Corpus size (tokens) →", grid: true },
    y: { type: "log", label: "↑ Wall time (s)", grid: true },
    color: { legend: true, type: "ordinal", label: "Workers" },
    marks: [
      Plot.line(one, {
        x: (p: BenchPoint) => p.tokens,
        y: (p: BenchPoint) => base.seconds * p.tokens / base.tokens,
        stroke: "#999",
        strokeDasharray: "4,3",
      }),
      Plot.line(one, { x: "tokens", y: "seconds", stroke: "workers" }),
      Plot.dot(points, {
        x: "tokens",
        y: "seconds",
        fill: "workers",
        r: 4,
        title: (p: BenchPoint) =>
          `${p.size}×, ${p.workers} worker(s): ${p.seconds.toFixed(2)} s`,
      }),
    ],
  };
}
