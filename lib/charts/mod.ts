/**
 * Charts of the framing analysis: pure functions from Arquero tables and
 * options to Observable Plot specifications, and the one renderer that turns
 * a specification into a standalone SVG string. Each chart module also
 * exports the function that builds the table drawn, for writing as CSV.
 *
 * @example Render a chart and keep its data
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { prominenceChart, prominenceData, renderSvg } from "./mod.ts";
 * const p = aq.table({
 *   article_id: ["a"], actor_id: ["usa"], n_mentions: [2], n_words: [400], per_1000: [5],
 * });
 * const svg = renderSvg(prominenceChart(p));
 * const csv = aq.toCSV(prominenceData(p));
 * assert.ok(svg.includes("<svg") && csv.startsWith("article_id,"));
 * ```
 *
 * @module
 */
export { type ChartSpec, renderSvg } from "./render.ts";
export { escapeHtml } from "../html/escape_html.ts";
export type {
  ChartOptions,
  DataOption,
  LabelledItem,
  Labels,
  Lang,
} from "./_common.ts";
export {
  prominenceChart,
  type ProminenceChartOptions,
  prominenceData,
} from "./prominence_chart.ts";
export { toneChart, type ToneChartOptions, toneData } from "./tone_chart.ts";
export {
  frameProfileChart,
  frameProfileData,
  type FrameProfileOptions,
} from "./frame_profile_chart.ts";
export {
  actorFrameChart,
  actorFrameData,
  type ActorFrameOptions,
} from "./actor_frame_chart.ts";
export {
  sentimentArcChart,
  sentimentArcData,
  type SentimentArcOptions,
} from "./sentiment_arc_chart.ts";
export {
  voiceShareChart,
  voiceShareData,
  type VoiceShareOptions,
} from "./voice_share_chart.ts";
export {
  networkChart,
  networkData,
  type NetworkOptions,
} from "./network_chart.ts";
export {
  keynessChart,
  type KeynessChartOptions,
  keynessData,
} from "./keyness_chart.ts";
export {
  kwicHtml,
  kwicTable,
  type KwicTableOptions,
} from "../html/kwic_table.ts";
export {
  frameShareChart,
  frameShareData,
  type FrameShareOptions,
} from "./frame_share_chart.ts";
export {
  validationChart,
  type ValidationChartOptions,
  validationData,
} from "./validation_chart.ts";
export {
  articleLengthChart,
  articleLengthData,
  type LengthChartOptions,
  sentenceLengthChart,
  sentenceLengthData,
} from "./length_chart.ts";
export {
  frameComparisonChart,
  frameComparisonData,
  type FrameComparisonOptions,
} from "./frame_comparison_chart.ts";
export {
  groupMeasureChart,
  type GroupMeasureChartOptions,
  periodSeriesChart,
} from "./group_measure_chart.ts";
