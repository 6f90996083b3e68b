// A chart's `data` option must be the table its `…Data` function returns:
// a table of another shape (the chart's own input table, an empty table,
// another chart's rows) is a TypeError naming the chart, the missing
// columns and the `…Data` function to call, never an empty or wrong
// picture. Each chart's required-columns constant is checked against its
// `…Data` output so the two cannot drift apart.
import assert from "node:assert/strict";
import * as aq from "arquero";
import type { Table } from "arquero";
import type { ChartSpec } from "../../lib/charts/render.ts";
import { renderSvg } from "../../lib/charts/render.ts";
import { checkData } from "../../lib/charts/_common.ts";
import {
  ACTOR_FRAME_DATA_COLUMNS,
  actorFrameChart,
  actorFrameData,
} from "../../lib/charts/actor_frame_chart.ts";
import {
  FRAME_COMPARISON_DATA_COLUMNS,
  frameComparisonChart,
  frameComparisonData,
} from "../../lib/charts/frame_comparison_chart.ts";
import {
  FRAME_PROFILE_DATA_COLUMNS,
  frameProfileChart,
  frameProfileData,
} from "../../lib/charts/frame_profile_chart.ts";
import {
  FRAME_SHARE_DATA_COLUMNS,
  frameShareChart,
  frameShareData,
} from "../../lib/charts/frame_share_chart.ts";
import {
  KEYNESS_DATA_COLUMNS,
  keynessChart,
  keynessData,
} from "../../lib/charts/keyness_chart.ts";
import {
  ARTICLE_LENGTH_DATA_COLUMNS,
  articleLengthChart,
  articleLengthData,
  SENTENCE_LENGTH_DATA_COLUMNS,
  sentenceLengthChart,
  sentenceLengthData,
} from "../../lib/charts/length_chart.ts";
import {
  NETWORK_LINK_COLUMNS,
  NETWORK_NODE_COLUMNS,
  networkChart,
  networkData,
} from "../../lib/charts/network_chart.ts";
import {
  PROMINENCE_DATA_COLUMNS,
  prominenceChart,
  prominenceData,
} from "../../lib/charts/prominence_chart.ts";
import {
  SENTIMENT_ARC_DATA_COLUMNS,
  sentimentArcChart,
  sentimentArcData,
} from "../../lib/charts/sentiment_arc_chart.ts";
import {
  TONE_DATA_COLUMNS,
  toneChart,
  toneData,
} from "../../lib/charts/tone_chart.ts";
import {
  VALIDATION_DATA_COLUMNS,
  validationChart,
  validationData,
} from "../../lib/charts/validation_chart.ts";
import {
  VOICE_SHARE_DATA_COLUMNS,
  voiceShareChart,
  voiceShareData,
} from "../../lib/charts/voice_share_chart.ts";
import { actorProminence } from "../../lib/stats/prominence.ts";
import { prfRows, validationTable } from "../../lib/validation/mod.ts";
import {
  actors,
  articles,
  conflictFrameProfile as profile,
  frameLabels,
  frames,
  keyness,
  mentions,
  quotes,
  sentences,
  sentenceSentiment,
  toneByArticle,
  toneByConflict,
} from "./_fixtures.ts";

/** One chart with a `data` option, drawn from the test fixtures. */
interface Case {
  chart: string;
  dataFn: string;
  /** The columns the chart requires of `data` (its constant, plus any group id). */
  required: readonly string[];
  /** The chart's input table: the wrong table a user may pass as `data`. */
  input: Table;
  /** What the `…Data` function returns for the chart's inputs and options. */
  data: () => Table;
  /** The chart for the same inputs and options, given `data` when set. */
  draw: (data?: Table) => ChartSpec;
  /** Columns of `input` carried through and drawn when there (tooltips). */
  optional?: readonly string[];
}

const withCounts = (articles as aq.ColumnTable).derive({
  n_sentences: (d) => d.article_id === "a2" ? 3 : 4,
});
const sentenceWords = (sentences as aq.ColumnTable).derive({
  n_words: (d) => (d.index + 1) * 7,
});
const prominence = actorProminence(mentions, articles);
const validation = validationTable(prfRows(
  { component: "actor mentions", fixture: "actors/seed.tsv", split: "all" },
  { tp: 180, fp: 4, fn: 6 },
));

const tone = { actors };
const af = { actors, frameLabels, top: 4 };
const afConflict = { ...af, by: "conflict" as const, articles };
const vs = { actors, top: 3 };
const fp = { frameLabels };
const fpConflict = { frameLabels, by: "conflict" as const, articles };
const fs = { frameLabels };
const kn = { k: 5 };

const CASES: Case[] = [
  {
    chart: "toneChart",
    dataFn: "toneData",
    required: TONE_DATA_COLUMNS,
    input: toneByArticle,
    data: () => toneData(toneByArticle, tone),
    draw: (data) => toneChart(toneByArticle, { ...tone, data }),
  },
  {
    chart: "toneChart",
    dataFn: "toneData",
    required: TONE_DATA_COLUMNS,
    input: toneByConflict,
    data: () => toneData(toneByConflict, tone),
    draw: (data) => toneChart(toneByConflict, { ...tone, data }),
  },
  {
    chart: "actorFrameChart",
    dataFn: "actorFrameData",
    required: ACTOR_FRAME_DATA_COLUMNS,
    input: mentions,
    data: () => actorFrameData(mentions, frames, af),
    draw: (data) => actorFrameChart(mentions, frames, { ...af, data }),
  },
  {
    chart: "actorFrameChart",
    dataFn: "actorFrameData",
    required: [...ACTOR_FRAME_DATA_COLUMNS, "conflict_label"],
    input: mentions,
    data: () => actorFrameData(mentions, frames, afConflict),
    draw: (data) => actorFrameChart(mentions, frames, { ...afConflict, data }),
  },
  {
    chart: "voiceShareChart",
    dataFn: "voiceShareData",
    required: VOICE_SHARE_DATA_COLUMNS,
    input: quotes,
    data: () => voiceShareData(quotes, vs),
    draw: (data) => voiceShareChart(quotes, { ...vs, data }),
  },
  {
    chart: "frameComparisonChart",
    dataFn: "frameComparisonData",
    required: FRAME_COMPARISON_DATA_COLUMNS,
    input: profile,
    data: () => frameComparisonData(profile, fs),
    draw: (data) => frameComparisonChart(profile, { ...fs, data }),
  },
  {
    chart: "frameProfileChart",
    dataFn: "frameProfileData",
    required: [...FRAME_PROFILE_DATA_COLUMNS, "article_id"],
    input: frames,
    data: () => frameProfileData(frames, fp),
    draw: (data) => frameProfileChart(frames, { ...fp, data }),
  },
  {
    chart: "frameProfileChart",
    dataFn: "frameProfileData",
    required: [...FRAME_PROFILE_DATA_COLUMNS, "conflict_id"],
    input: frames,
    data: () => frameProfileData(frames, fpConflict),
    draw: (data) => frameProfileChart(frames, { ...fpConflict, data }),
  },
  {
    chart: "frameShareChart",
    dataFn: "frameShareData",
    required: FRAME_SHARE_DATA_COLUMNS,
    input: profile,
    data: () => frameShareData(profile, fs),
    draw: (data) => frameShareChart(profile, { ...fs, data }),
    optional: ["n_sentences", "n_sentences_with_frame"],
  },
  {
    chart: "keynessChart",
    dataFn: "keynessData",
    required: KEYNESS_DATA_COLUMNS,
    input: keyness,
    data: () => keynessData(keyness, kn),
    draw: (data) => keynessChart(keyness, { ...kn, data }),
  },
  {
    chart: "articleLengthChart",
    dataFn: "articleLengthData",
    required: ARTICLE_LENGTH_DATA_COLUMNS,
    input: withCounts,
    data: () => articleLengthData(withCounts),
    draw: (data) => articleLengthChart(withCounts, { data }),
  },
  {
    chart: "sentenceLengthChart",
    dataFn: "sentenceLengthData",
    required: SENTENCE_LENGTH_DATA_COLUMNS,
    input: sentenceWords,
    data: () => sentenceLengthData(sentenceWords),
    draw: (data) => sentenceLengthChart(sentenceWords, { data }),
  },
  {
    chart: "prominenceChart",
    dataFn: "prominenceData",
    required: [...PROMINENCE_DATA_COLUMNS, "article_id"],
    input: prominence,
    data: () => prominenceData(prominence, { actors }),
    draw: (data) => prominenceChart(prominence, { actors, data }),
  },
  {
    chart: "sentimentArcChart",
    dataFn: "sentimentArcData",
    required: SENTIMENT_ARC_DATA_COLUMNS,
    input: sentenceSentiment,
    data: () => sentimentArcData(sentenceSentiment, sentences),
    draw: (data) => sentimentArcChart(sentenceSentiment, sentences, { data }),
  },
  {
    chart: "validationChart",
    dataFn: "validationData",
    required: VALIDATION_DATA_COLUMNS,
    input: validation,
    data: () => validationData(validation),
    draw: (data) => validationChart(validation, { data }),
  },
];

const name = (c: Case) => `${c.chart} (${c.required.join(", ")})`;

// The message names the chart, each missing column, what the table has and
// the `…Data` function to pass instead.
function assertDataError(
  fn: () => unknown,
  chart: string,
  dataFn: string,
  missing: readonly string[],
  has: readonly string[],
) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof TypeError, `a TypeError, not ${e}`);
    const m = e.message;
    assert.ok(m.startsWith(`${chart}: option data`), m);
    for (const c of missing) assert.ok(m.includes(`"${c}"`), `${c} in: ${m}`);
    assert.ok(
      m.includes(has.length > 0 ? `(it has ${has.join(", ")})` : "no columns"),
      m,
    );
    assert.ok(m.includes(`${dataFn}(…) returns`), m);
    assert.ok(m.includes("or leave data out"), m);
    return true;
  });
}

Deno.test("each chart's required columns are columns its `…Data` function returns", () => {
  for (const c of CASES) {
    const columns = c.data().columnNames();
    const absent = c.required.filter((r) => !columns.includes(r));
    assert.deepEqual(absent, [], `${name(c)}: ${columns.join(", ")}`);
  }
  const { nodes, links } = networkData(mentions, { actors });
  for (
    const [t, required] of [[nodes, NETWORK_NODE_COLUMNS], [
      links,
      NETWORK_LINK_COLUMNS,
    ]] as const
  ) {
    assert.deepEqual(
      required.filter((r) => !t.columnNames().includes(r)),
      [],
    );
  }
});

Deno.test("each chart's required columns are all it draws from: the chart from them alone is the same", () => {
  for (const c of CASES) {
    const kept = [...c.required, ...(c.optional ?? [])];
    const narrow = (c.data() as aq.ColumnTable).select(kept);
    assert.equal(renderSvg(c.draw(narrow)), renderSvg(c.draw()), name(c));
  }
  const options = { actors, top: 5 };
  const { nodes, links } = networkData(mentions, options);
  const narrow = {
    nodes: (nodes as aq.ColumnTable).select([...NETWORK_NODE_COLUMNS]),
    links: (links as aq.ColumnTable).select([...NETWORK_LINK_COLUMNS]),
  };
  assert.equal(
    renderSvg(networkChart(mentions, { ...options, data: narrow })),
    renderSvg(networkChart(mentions, options)),
  );
});

Deno.test("every chart drawn from its `…Data` table is the chart it draws without `data`", () => {
  for (const c of CASES) {
    assert.equal(renderSvg(c.draw(c.data())), renderSvg(c.draw()), name(c));
  }
});

Deno.test("a chart given its input table as `data` names the missing columns and the `…Data` function", () => {
  for (const c of CASES) {
    const has = c.input.columnNames();
    const missing = c.required.filter((r) => !has.includes(r));
    assert.ok(missing.length > 0, `${name(c)}: the input is not its data`);
    assertDataError(() => c.draw(c.input), c.chart, c.dataFn, missing, has);
  }
});

Deno.test("a chart given an empty table as `data` names every column it needs", () => {
  for (const c of CASES) {
    assertDataError(
      () => c.draw(aq.table({})),
      c.chart,
      c.dataFn,
      c.required,
      [],
    );
  }
});

Deno.test("a chart given another chart's rows as `data` says which `…Data` to call", () => {
  const rows = prominenceData(prominence, { actors });
  assertDataError(
    () => toneChart(toneByArticle, { actors, data: rows }),
    "toneChart",
    "toneData",
    ["n", "mean", "lo", "hi", "direction"],
    rows.columnNames(),
  );
});

Deno.test("a chart given plain row objects as `data` says it needs a table", () => {
  const data = toneData(toneByArticle, { actors }).objects();
  assert.throws(
    () => toneChart(toneByArticle, { data: data as unknown as Table }),
    {
      name: "TypeError",
      message:
        "toneChart: option data is not an Arquero table (got an array); pass the table that toneData(…) returns for the same inputs and options, or leave data out",
    },
  );
});

Deno.test("the network chart given the wrong `{ nodes, links }` names the part and `networkData`", () => {
  const { nodes, links } = networkData(mentions, { actors });
  assert.throws(
    () => networkChart(mentions, { data: { nodes: links, links } }),
    (e: unknown) =>
      e instanceof TypeError &&
      e.message.startsWith(
        'networkChart: option data.nodes lacks columns "actor_id", "label", "type"',
      ) &&
      e.message.includes("pass what networkData(…) returns"),
  );
  assert.throws(
    () => networkChart(mentions, { data: { nodes, links: mentions } }),
    /networkChart: option data\.links lacks columns "actor_a", "actor_b", "n_units"/,
  );
  // One table where the `{ nodes, links }` object belongs.
  assert.throws(
    () =>
      networkChart(mentions, {
        data: links as unknown as { nodes: Table; links: Table },
      }),
    {
      name: "TypeError",
      message:
        "networkChart: option data.nodes is not an Arquero table (got nothing); pass what networkData(…) returns for the same inputs and options, or leave data out",
    },
  );
});

Deno.test("`checkData` passes a table with the columns through and leaves no `data` alone", () => {
  const t = aq.table({ a: [1], b: [2] });
  assert.equal(checkData(t, ["a"], "someChart", "someData"), t);
  assert.equal(checkData(undefined, ["a"], "someChart", "someData"), undefined);
  assert.throws(
    () => checkData(t, ["a", "c"], "someChart", "someData"),
    {
      name: "TypeError",
      message:
        'someChart: option data lacks column "c" (it has a, b); pass the table that someData(…) returns for the same inputs and options, or leave data out',
    },
  );
});
