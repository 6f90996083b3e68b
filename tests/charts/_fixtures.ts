/**
 * Small synthetic tables with the column names of the analysis tables
 * (actors, mentions, quotes, tone, frames, sentence sentiment), written by
 * hand so that chart snapshots do not move when the pipeline changes.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";

/** Sentence ids of the three articles, in order. */
const SENTENCE_IDS = [
  "a1:s0",
  "a1:s1",
  "a1:s2",
  "a1:s3",
  "a2:s0",
  "a2:s1",
  "a2:s2",
  "a3:s0",
  "a3:s1",
  "a3:s2",
  "a3:s3",
];
const ARTICLE_OF = SENTENCE_IDS.map((id) => id.split(":")[0]);

export const articles = aq.table({
  article_id: ["a1", "a2", "a3"],
  title: ["Truppen in Bagdad", "Krise nach Luftschlag", "Kämpfe um Kiew"],
  conflict: [
    "iraq_invasion_2003",
    "us_iraq_crisis_2020",
    "russia_ukraine_2022",
  ],
  n_words: [400, 250, 500],
});

export const actors = aq.table({
  id: ["usa", "iraq_gov", "nato", "russia", "ukraine", "un"],
  label_de: [
    "USA",
    "Irakische Regierung",
    "NATO",
    "Russland",
    "Ukraine",
    "Vereinte Nationen",
  ],
  label_en: [
    "USA",
    "Iraqi government",
    "NATO",
    "Russia",
    "Ukraine",
    "United Nations",
  ],
  type: ["state", "government", "alliance", "state", "state", "organisation"],
});

// sentence → actors mentioned in it (a mention per entry)
const mentionPlan: [string, string[]][] = [
  ["a1:s0", ["usa", "iraq_gov"]],
  ["a1:s1", ["usa"]],
  ["a1:s2", ["usa", "un"]],
  ["a1:s3", ["iraq_gov", "usa"]],
  ["a2:s0", ["usa", "iraq_gov", "nato"]],
  ["a2:s1", ["nato"]],
  ["a2:s2", ["iraq_gov"]],
  ["a3:s0", ["russia", "ukraine"]],
  ["a3:s1", ["russia", "nato", "usa"]],
  ["a3:s2", ["ukraine", "un"]],
  ["a3:s3", ["russia"]],
];

function mentionRows() {
  const out = {
    mention_id: [] as string[],
    article_id: [] as string[],
    sentence_id: [] as string[],
    actor_id: [] as string[],
  };
  for (const [s, list] of mentionPlan) {
    list.forEach((a, i) => {
      out.mention_id.push(`${s}:m${i}`);
      out.article_id.push(s.split(":")[0]);
      out.sentence_id.push(s);
      out.actor_id.push(a);
    });
  }
  return out;
}
export const mentions = aq.table(mentionRows());

export const toneByArticle = aq.table({
  actor_id: ["usa", "iraq_gov", "usa", "iraq_gov", "nato", "russia", "ukraine"],
  article_id: ["a1", "a1", "a2", "a2", "a2", "a3", "a3"],
  n: [4, 2, 1, 2, 2, 3, 2],
  mean: [-0.12, -0.35, -0.5, 0.05, 0.2, -0.6, 0.3],
  lo: [-0.3, -0.6, -0.5, -0.2, 0.05, -0.8, -0.1],
  hi: [0.06, -0.1, -0.5, 0.3, 0.35, -0.4, 0.7],
});

export const toneByConflict = aq.table({
  actor_id: ["usa", "usa", "iraq_gov", "russia"],
  conflict_id: [
    "iraq_invasion_2003",
    "us_iraq_crisis_2020",
    "iraq_invasion_2003",
    "russia_ukraine_2022",
  ],
  n: [4, 1, 2, 3],
  mean: [-0.12, -0.5, -0.35, -0.6],
  lo: [-0.3, -0.5, -0.6, -0.8],
  hi: [0.06, -0.5, -0.1, -0.4],
});

export const frameLabels = aq.table({
  id: ["military", "humanitarian", "diplomacy", "legality"],
  label_de: ["Militär", "Humanitär", "Diplomatie", "Völkerrecht"],
  label_en: ["Military", "Humanitarian", "Diplomacy", "Legality"],
});

export const frames = aq.table({
  article_id: ARTICLE_OF,
  sentence_id: SENTENCE_IDS,
  frame_id: [
    "military",
    "military",
    "humanitarian",
    "military",
    "diplomacy",
    "legality",
    "diplomacy",
    "military",
    "military",
    "humanitarian",
    "legality",
  ],
  cue: [
    "Truppen",
    "Panzer",
    "Flüchtlinge",
    "Angriff",
    "Gespräche",
    "Völkerrecht",
    "Verhandlungen",
    "Offensive",
    "Raketen",
    "Zivilisten",
    "Kriegsverbrechen",
  ],
  start: [4, 60, 120, 180, 0, 70, 140, 10, 80, 150, 220],
  end: [11, 66, 131, 187, 9, 81, 153, 19, 87, 160, 236],
  weight: [1, 1, 1, 0.5, 1, 1, 1, 1, 1, 1, 1],
});

export const sentences = aq.table({
  article_id: ARTICLE_OF,
  sentence_id: SENTENCE_IDS,
  index: [0, 1, 2, 3, 0, 1, 2, 0, 1, 2, 3],
});

export const sentenceSentiment = aq.table({
  sentence_id: SENTENCE_IDS,
  score: [-0.2, -0.4, 0.1, -0.6, 0.3, 0, -0.1, -0.7, -0.5, 0.2, -0.3],
  label: [
    "negative",
    "negative",
    "neutral",
    "negative",
    "positive",
    "neutral",
    "neutral",
    "negative",
    "negative",
    "positive",
    "negative",
  ],
});

export const quotes = aq.table({
  quote_id: ["q1", "q2", "q3", "q4", "q5", "q6", "q7"],
  article_id: ["a1", "a1", "a2", "a2", "a3", "a3", "a3"],
  sentence_id: ["a1:s1", "a1:s3", "a2:s0", "a2:s2", "a3:s0", "a3:s1", "a3:s2"],
  speaker: ["usa", "usa", "iraq_gov", null, "ukraine", "russia", "ukraine"],
  speaker_surface: [
    "Bush",
    "ein Sprecher des Pentagons",
    "Allawi",
    "Beobachter",
    "Selenskyj",
    "Peskow",
    "Kuleba",
  ],
  kind: [
    "direct",
    "indirect",
    "direct",
    "indirect",
    "direct",
    "indirect",
    "direct",
  ],
});

export const keyness = aq.table({
  feature: [
    "bagdad",
    "truppen",
    "saddam",
    "panzer",
    "wüste",
    "und",
    "kiew",
    "ukraine",
    "russland",
    "drohnen",
  ],
  g2: [14.2, 9.8, 7.1, 4.4, 3.9, 0.2, -3.5, -8.4, -10.1, -12.7],
  p: [
    0.0002,
    0.0017,
    0.0077,
    0.036,
    0.048,
    0.65,
    0.061,
    0.0037,
    0.0015,
    0.0004,
  ],
  n_target: [9, 8, 5, 4, 3, 30, 0, 0, 0, 0],
  n_reference: [0, 1, 0, 0, 0, 55, 3, 7, 9, 11],
});

/** A `conflict_frame_profile`: two conflicts, two frames. */
export const conflictFrameProfile = aq.table({
  conflict_id: ["iraq", "iraq", "syria", "syria"],
  frame_id: ["diplomacy", "military_action", "diplomacy", "military_action"],
  n_sentences: [20, 20, 10, 10],
  n_sentences_with_frame: [2, 12, 5, 7],
  share: [0.1, 0.6, 0.5, 0.7],
});

/** Rows of a table as plain objects, for assertions. */
export function objs(t: Table): Record<string, unknown>[] {
  return t.objects() as Record<string, unknown>[];
}

/** Conflict definitions as loaded from lib/data/conflicts.tsv (labels only). */
export const conflicts = [
  { id: "iraq_invasion_2003", label_de: "Irak 2003", label_en: "Iraq 2003" },
  {
    id: "us_iraq_crisis_2020",
    label_de: "USA–Irak 2020",
    label_en: "US–Iraq 2020",
  },
  {
    id: "russia_ukraine_2022",
    label_de: "Ukraine 2022",
    label_en: "Ukraine 2022",
  },
];
