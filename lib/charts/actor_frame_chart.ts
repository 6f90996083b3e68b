/**
 * Chart: actor × frame, as a heatmap of how often the sentences that
 * mention an actor carry each frame's cues.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
import {
  type ChartOptions,
  checkData,
  type DataOption,
  finish,
  keyword,
  labeler,
  type Labels,
  langOf,
  marginFor,
  percent,
  rotatedMargin,
  type Row,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";
import {
  type ActorFrameCountOptions,
  actorFrames,
} from "../stats/actor_frames.ts";

/** Options for {@linkcode actorFrameChart} and {@linkcode actorFrameData}. */
export interface ActorFrameOptions
  extends ChartOptions, DataOption, ActorFrameCountOptions {
  /** Actor labels: the `actors` table (`id`, `label_de`, `label_en`) or a map. */
  actors?: Labels;
  /** Frame labels: the codebook table (`id`, `label_de`, `label_en`) or a map. */
  frameLabels?: Labels;
  /** Labels for the conflicts (e.g. the conflicts file). */
  groups?: Labels;
}

const TEXT = {
  en: {
    title: "Actors and frames",
    subtitle:
      "Share of the sentences mentioning an actor that carry a frame cue",
    subtitleByConflict:
      "Share of the sentences mentioning an actor that carry a frame cue, by conflict",
    x: "Frame",
    legend: "Share of the actor's sentences",
    caption:
      "Each cell: of all sentences that mention the actor (row), the share that also contain a cue of the frame (column) outside the mention itself (the name “USA” is itself a geopolitics cue); the number is the count of such sentences. A sentence can carry several frames, so a row need not sum to 100 %. Co-occurrence in a sentence shows association, not that the frame is applied to that actor.",
    of: "of",
    sentences: "sentences",
  },
  de: {
    title: "Akteure und Frames",
    subtitle:
      "Anteil der Sätze mit einem Akteur, die ein Frame-Signal enthalten",
    subtitleByConflict:
      "Anteil der Sätze mit einem Akteur, die ein Frame-Signal enthalten, nach Konflikt",
    x: "Frame",
    legend: "Anteil der Sätze des Akteurs",
    caption:
      "Jede Zelle: von allen Sätzen, die den Akteur (Zeile) nennen, der Anteil, der auch ein Signal des Frames (Spalte) außerhalb der Nennung selbst enthält (der Name „USA“ ist selbst ein Geopolitik-Signal); die Zahl ist die Anzahl dieser Sätze. Ein Satz kann mehrere Frames tragen, eine Zeile muss also nicht 100 % ergeben. Gemeinsames Vorkommen in einem Satz zeigt einen Zusammenhang, nicht, dass der Frame auf diesen Akteur angewandt wird.",
    of: "von",
    sentences: "Sätzen",
  },
};

/**
 * The columns of {@linkcode actorFrameData}'s table that {@linkcode actorFrameChart} draws
 * from (and `conflict_label` with `by: "conflict"`): a `data` table without them is an error (see `checkData`).
 */
export const ACTOR_FRAME_DATA_COLUMNS = [
  "actor_label",
  "frame_label",
  "n_sentences",
  "n_actor_sentences",
  "share",
] as const;

/**
 * {@linkcode actorFrames} (lib/stats/actor_frames.ts) with labels: crosses
 * actors with frames through their sentences, not counting a cue that lies
 * inside the actor's own mention (see `ownCues`).
 *
 * Returns columns (`conflict_id`, `conflict_label` with `by: "conflict"`,
 * where an actor's sentences are counted within each conflict's articles)
 * `actor_id`, `actor_label`, `frame_id`, `frame_label`,
 * `n_sentences` (sentences with both), `n_actor_sentences` (sentences
 * mentioning the actor), `share` (the ratio), and `sentence_ids`
 * (";"-separated). Only the `top` actors by sentence count; actors and
 * frames by id.
 *
 * @example One actor, one frame in half its sentences
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { actorFrameData } from "./actor_frame_chart.ts";
 * const mentions = aq.table({ sentence_id: ["a:s0", "a:s1"], actor_id: ["usa", "usa"] });
 * const frames = aq.table({ sentence_id: ["a:s1"], frame_id: ["war"] });
 * const t = actorFrameData(mentions, frames);
 * assert.equal(t.get("share", 0), 0.5);
 * assert.equal(t.get("sentence_ids", 0), "a:s1");
 * ```
 */
export function actorFrameData(
  mentions: Table,
  frames: Table,
  options: ActorFrameOptions = {},
): Table {
  const lang = langOf(options);
  const actorLabel = labeler(options.actors, lang);
  const frameLabel = labeler(options.frameLabels, lang);
  const counts = actorFrames(mentions, frames, options);
  const actor = counts.array("actor_id") as string[];
  const frame = counts.array("frame_id") as string[];
  const labelled = {
    actor_id: actor,
    actor_label: actor.map(actorLabel),
    frame_id: frame,
    frame_label: frame.map(frameLabel),
    n_sentences: counts.array("n_sentences"),
    n_actor_sentences: counts.array("n_actor_sentences"),
    share: counts.array("share"),
    sentence_ids: counts.array("sentence_ids"),
  };
  if (!counts.columnNames().includes("conflict_id")) {
    return aq.table(labelled);
  }
  const groupLabel = labeler(options.groups, lang);
  const conflict = counts.array("conflict_id") as string[];
  return aq.table({
    conflict_id: conflict,
    conflict_label: conflict.map(groupLabel),
    ...labelled,
  });
}

/**
 * Heatmap of actors (rows) by frames (columns): cell colour is the share of
 * the actor's sentences that carry the frame, in five steps (stepped
 * legend), the number printed is the sentence count. Takes the `mentions`
 * and `frames` tables.
 *
 * @example An actor × frame heatmap
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { actorFrameChart, renderSvg } from "./mod.ts";
 * const mentions = aq.table({ sentence_id: ["a:s0"], actor_id: ["usa"] });
 * const frames = aq.table({ sentence_id: ["a:s0"], frame_id: ["war"] });
 * assert.ok(renderSvg(actorFrameChart(mentions, frames)).includes("Actors and frames"));
 * ```
 */
export function actorFrameChart(
  mentions: Table,
  frames: Table,
  options: ActorFrameOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const byConflict =
    keyword(options, "by", ["corpus", "conflict"], "corpus") ===
      "conflict";
  const data = rows(
    checkData(
      options.data,
      byConflict
        ? [...ACTOR_FRAME_DATA_COLUMNS, "conflict_label"]
        : ACTOR_FRAME_DATA_COLUMNS,
      "actorFrameChart",
      "actorFrameData",
    ) ?? actorFrameData(mentions, frames, options),
  );
  const actors = [...new Set(data.map((d) => d.actor_label as string))];
  const frameNames = [...new Set(data.map((d) => d.frame_label as string))];
  const conflicts = [...new Set(data.map((d) => d.conflict_label as string))];
  // With conflicts side by side, each panel is one conflict's frames.
  const fx = byConflict ? "conflict_label" : undefined;
  const rotate = frameNames.length * (byConflict ? conflicts.length : 1) > 6;
  return finish({
    title: t.title,
    subtitle: byConflict ? t.subtitleByConflict : t.subtitle,
    caption: t.caption,
    height: actors.length * 26 + (rotate ? rotatedMargin(frameNames) : 40) +
      (byConflict ? 50 : 30),
    marginTop: byConflict ? 40 : 20,
    marginLeft: marginFor(actors),
    marginBottom: rotate ? rotatedMargin(frameNames) : 40,
    x: {
      label: null,
      domain: frameNames,
      tickRotate: rotate ? -35 : 0,
    },
    fx: byConflict ? { label: null, domain: conflicts } : undefined,
    y: { label: null, domain: actors },
    color: {
      type: "quantize",
      domain: [0, 1],
      n: 5,
      scheme: "blues",
      legend: true,
      label: t.legend,
      tickFormat: (d: number) => `${Math.round(d * 100)} %`,
    },
    marks: [
      Plot.cell(data, {
        fx,
        x: "frame_label",
        y: "actor_label",
        fill: "share",
        inset: 0.5,
        title: (d) =>
          `${d.actor_label} × ${d.frame_label}${
            byConflict ? ` · ${d.conflict_label}` : ""
          }\n${
            percent(d.share, lang)
          } · ${d.n_sentences} ${t.of} ${d.n_actor_sentences} ${t.sentences}`,
      }),
      // Two marks rather than a colour channel: the colour scale is the
      // share's, so white/black must be constants.
      ...[["black", (d: Row) => d.n_sentences > 0 && d.share < 0.6], [
        "white",
        (d: Row) => d.share >= 0.6,
      ]].map(([fill, filter]) =>
        Plot.text(data, {
          fx,
          x: "frame_label",
          y: "actor_label",
          text: (d) => String(d.n_sentences),
          fill: fill as string,
          filter: filter as (d: Row) => boolean,
        })
      ),
    ],
  }, options);
}
