/**
 * Chart: voice share — who is quoted, as each speaker's share of the
 * quotes, split by kind of quote.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import * as aq from "arquero";
import type { Table } from "arquero";
import { SPLITS, voiceShare } from "../stats/voice_share.ts";
import {
  categorical,
  type ChartOptions,
  checkData,
  compare,
  type DataOption,
  finish,
  keyword,
  labeler,
  type Labels,
  langOf,
  marginFor,
  percent,
  type Row,
  rows,
} from "./_common.ts";
import type { ChartSpec } from "./render.ts";

/** Options for {@linkcode voiceShareChart} and {@linkcode voiceShareData}. */
export interface VoiceShareOptions extends ChartOptions, DataOption {
  /** Only rows of these articles (e.g. one conflict's, see `articlesInConflict`). @default every article */
  articleIds?: Iterable<string>;
  /** Share within the whole corpus, each article, or each conflict. @default "corpus" */
  by?: "corpus" | "article" | "conflict";
  /** The `articles` table; needed with `by: "conflict"`. */
  articles?: Table;
  /** (`article_id`, `conflict_id`) rows; replaces `articles.conflict`. */
  articleConflicts?: Table;
  /** Speaker labels: the `actors` table (`id`, `label_de`, `label_en`) or a map. */
  actors?: Labels;
  /** Labels for the articles or conflicts. */
  groups?: Labels;
  /** Column of `quotes` naming the speaker. @default "speaker" */
  speaker?: string;
  /**
   * What splits each speaker's bar: the kind of quote, or how the speaker
   * was found (`speaker_kind`: named, pronoun_resolved, …), to show how much
   * of a voice rests on resolution. @default "kind"
   */
  split?: "kind" | "speaker_kind";
  /** Show the speakers with most quotes, at most this many. @default 12 */
  top?: number;
}

const TEXT = {
  en: {
    title: "Voice share: who is quoted",
    subtitle: (by: string) =>
      by
        ? `Share of quotes per speaker, by ${by}`
        : "Share of all quotes per speaker",
    article: "article",
    conflict: "conflict",
    x: "Share of quotes (%) →",
    legend: "Kind of quote",
    resolution: "How the speaker was found",
    unattributed: "(no speaker identified)",
    caption:
      "Each bar is one speaker's share of the quotes (direct and reported speech found by quotation marks and speech verbs), split by kind of quote. The speaker is the actor the quote is attributed to; quotes whose speaker could not be resolved to an actor are counted separately. Being quoted gives an actor a voice; it says nothing about how the actor is portrayed.",
    quotes: "quotes",
    kinds: {
      direct: "direct",
      indirect: "indirect (reported)",
      // The quotes stage (lib/actors) calls reported speech "reported".
      reported: "reported (indirect)",
      mixed: "mixed",
      partial: "partial",
      named: "named",
      pronoun_resolved: "pronoun resolved",
      role_resolved: "role resolved",
      organisation: "spokesperson → organisation",
      unresolved: "unresolved",
    } as Record<string, string>,
  },
  de: {
    title: "Stimmenanteil: wer zitiert wird",
    subtitle: (by: string) =>
      by
        ? `Anteil der Zitate je Sprecher, nach ${by}`
        : "Anteil aller Zitate je Sprecher",
    article: "Artikel",
    conflict: "Konflikt",
    x: "Anteil der Zitate (%) →",
    legend: "Art des Zitats",
    resolution: "Wie der Sprecher erkannt wurde",
    unattributed: "(kein Sprecher erkannt)",
    caption:
      "Jeder Balken ist der Anteil eines Sprechers an den Zitaten (direkte und indirekte Rede, erkannt an Anführungszeichen und Redeverben), aufgeteilt nach Art des Zitats. Sprecher ist der Akteur, dem das Zitat zugeschrieben wird; Zitate ohne erkannten Akteur werden gesondert gezählt. Zitiert zu werden gibt einem Akteur eine Stimme; es sagt nichts darüber, wie er dargestellt wird.",
    quotes: "Zitate",
    kinds: {
      direct: "direkt",
      indirect: "indirekt (berichtet)",
      reported: "berichtet (indirekt)",
      mixed: "gemischt",
      partial: "teilweise",
      named: "genannt",
      pronoun_resolved: "Pronomen aufgelöst",
      role_resolved: "Rolle aufgelöst",
      organisation: "Sprecher → Organisation",
      unresolved: "nicht aufgelöst",
    } as Record<string, string>,
  },
};

/**
 * The columns of {@linkcode voiceShareData}'s table that {@linkcode voiceShareChart} draws
 * from: a `data` table without them is an error (see `checkData`).
 */
export const VOICE_SHARE_DATA_COLUMNS = [
  "group",
  "speaker_label",
  "kind",
  "kind_label",
  "n",
  "share",
] as const;

/**
 * {@linkcode voiceShare} (lib/stats/voice_share.ts) with labels: counts
 * quotes per speaker and kind and divides by all quotes of the unit.
 *
 * Returns columns `group` (`"all"`, an `article_id` or a `conflict_id`),
 * `speaker` (actor id, or empty when unresolved), `speaker_label`, `kind`
 * (the kind of quote, or with `split: "speaker_kind"` how the speaker was
 * found), `kind_label`,
 * `n`, `share` (of the unit's quotes), `quote_ids` and `sentence_ids`
 * (";"-separated: the quotes and sentences behind the row).
 * Only the `top` speakers by total quotes (unresolved ones always kept);
 * groups in order, speakers by quotes descending.
 *
 * @example Two of three quotes from one speaker
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { voiceShareData } from "./voice_share_chart.ts";
 * const quotes = aq.table({
 *   quote_id: ["q1", "q2", "q3"], article_id: ["a", "a", "a"],
 *   speaker: ["usa", "usa", "iraq"], kind: ["direct", "direct", "indirect"],
 * });
 * const t = voiceShareData(quotes);
 * assert.equal(t.get("speaker", 0), "usa");
 * assert.equal(t.get("share", 0), 2 / 3);
 * ```
 */
export function voiceShareData(
  quotes: Table,
  options: VoiceShareOptions = {},
): Table {
  const t = TEXT[langOf(options)];
  const label = labeler(options.actors, langOf(options));
  const counts = voiceShare(quotes, options);
  const speaker = counts.array("speaker") as string[];
  const kind = counts.array("kind") as string[];
  return aq.table({
    group: counts.array("group"),
    speaker,
    speaker_label: speaker.map((s) => s === "" ? t.unattributed : label(s)),
    kind,
    kind_label: kind.map((k) => t.kinds[k] ?? k),
    n: counts.array("n"),
    share: counts.array("share"),
    quote_ids: counts.array("quote_ids"),
    sentence_ids: counts.array("sentence_ids"),
  });
}

/**
 * Horizontal bars of each speaker's share of the quotes, stacked by kind of
 * quote (swatch legend); with `by` article or conflict, one panel per unit.
 * Takes the `quotes` table.
 *
 * @example Voice share over the corpus
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { renderSvg, voiceShareChart } from "./mod.ts";
 * const quotes = aq.table({
 *   quote_id: ["q1"], article_id: ["a"], speaker: ["usa"], kind: ["direct"],
 * });
 * assert.ok(renderSvg(voiceShareChart(quotes)).includes("who is quoted"));
 * ```
 */
export function voiceShareChart(
  quotes: Table,
  options: VoiceShareOptions = {},
): ChartSpec {
  const lang = langOf(options);
  const t = TEXT[lang];
  const by = keyword(
    options,
    "by",
    ["corpus", "article", "conflict"],
    "corpus",
  );
  const groupLabel = labeler(options.groups, lang);
  const data = rows(
    checkData(
      options.data,
      VOICE_SHARE_DATA_COLUMNS,
      "voiceShareChart",
      "voiceShareData",
    ) ?? voiceShareData(quotes, options),
  );
  const speakers = [...new Set(data.map((d) => d.speaker_label as string))];
  const kinds = [...new Set(data.map((d) => d.kind as string))].sort(compare);
  const kindLabels = kinds.map((k) => t.kinds[k] ?? k);
  const groups = [...new Set(data.map((d) => d.group as string))];
  const faceted = by !== "corpus";
  return finish({
    title: t.title,
    subtitle: t.subtitle(
      by === "article" ? t.article : by === "conflict" ? t.conflict : "",
    ),
    caption: t.caption,
    height: Math.max(
      120,
      (faceted ? groups.length : 1) * (speakers.length * 22 + 12) + 50,
    ),
    marginLeft: marginFor(speakers),
    marginRight: faceted ? marginFor(groups.map(groupLabel)) : 20,
    x: { label: t.x, percent: true, grid: true },
    y: { label: null, domain: speakers },
    fy: faceted ? { label: null, domain: groups.map(groupLabel) } : undefined,
    color: {
      type: "ordinal",
      legend: true,
      label: keyword(options, "split", SPLITS, "kind") === "speaker_kind"
        ? t.resolution
        : t.legend,
      domain: kindLabels,
      range: categorical(kinds.length),
    },
    marks: [
      Plot.barX(
        data,
        Plot.stackX({
          x: "share",
          y: "speaker_label",
          fy: faceted ? (d) => groupLabel(d.group) : undefined,
          fill: "kind_label",
          order: (d: Row) => kinds.indexOf(d.kind),
          title: (d) =>
            `${d.speaker_label} · ${d.kind_label}${
              faceted ? ` · ${d.group}` : ""
            }\n${percent(d.share, lang)} · ${d.n} ${t.quotes}`,
        }),
      ),
      Plot.ruleX([0]),
    ],
  }, options);
}
