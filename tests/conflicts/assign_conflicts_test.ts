import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import {
  analyzeCorpus,
  assignConflicts,
  type CorpusTables,
} from "../../lib/mod.ts";

type Row = Record<string, unknown>;
const rows = (t: CorpusTables, name: string) => t[name].objects() as Row[];

Deno.test("`assignConflicts()` assigns an article without metadata by its places and cues", () => {
  const r = assignConflicts(
    "Russische Truppen griffen Charkiw erneut mit Drohnen an. Selenskyj bat um Flugabwehr.",
  );
  assertEquals(r.article.map((a) => [a.conflict_id, a.source]), [
    ["russia_ukraine_war", "cues (date unknown)"],
  ]);
  assert(r.article[0].evidence.includes("place:Charkiw"));
});

Deno.test("`assignConflicts()` lets metadata win over cues", () => {
  const r = assignConflicts("In Aleppo wird gekämpft. Die Lage ist unklar.", {
    conflict: "iraq_war_against_is",
  });
  assertEquals(r.article.map((a) => [a.conflict_id, a.source]), [
    ["iraq_war_against_is", "manifest"],
  ]);
  // The sentence about Aleppo keeps its own (strong) evidence; the other
  // inherits the article's conflict from the manifest.
  assertEquals(r.sentences.map((s) => [s.sentence, s.conflict_id, s.source]), [
    [0, "syrian_civil_war", "cue"],
    [1, "iraq_war_against_is", "manifest"],
  ]);
});

Deno.test("`assignConflicts()` uses the date to choose between conflicts that share places", () => {
  const text =
    "Israelische Luftangriffe auf den Gazastreifen, die Hamas meldet Tote.";
  assertEquals(
    assignConflicts(text, { date: "2014-07" }).article[0].conflict_id,
    "gaza_war_2014",
  );
  assertEquals(
    assignConflicts(text, { date: "2023-11-02" }).article[0].conflict_id,
    "israel_hamas_war_2023",
  );
  assert(
    assignConflicts(text, { date: "2014-07" }).article[0].evidence.includes(
      "date:2014-07 in period",
    ),
  );
});

Deno.test("`assignConflicts()` lets sentences without evidence inherit the article's conflict", () => {
  const r = assignConflicts(
    "Die Huthi-Rebellen beschossen Schiffe im Roten Meer. Die Lage bleibt angespannt.",
  );
  assertEquals(r.sentences.map((s) => [s.conflict_id, s.source, s.score > 0]), [
    ["yemen_civil_war", "cue", true],
    ["yemen_civil_war", "inherited", false],
  ]);
});

Deno.test("`assignConflicts()` keeps offsets of the evidence in the text", () => {
  const text = "Gefechte bei Bachmut.";
  const [s] = assignConflicts(text).sentences;
  const m = /place:Bachmut@(\d+)-(\d+)/.exec(s.evidence)!;
  assertEquals(text.slice(Number(m[1]), Number(m[2])), "Bachmut");
});

Deno.test("`assignConflicts()` assigns nothing to a text about no conflict", () => {
  const r = assignConflicts("Der Bundestag debattierte über die Rente.", {
    date: "2024-01",
  });
  assertEquals([r.article.length, r.sentences.length], [0, 0]);
});

Deno.test("`analyzeCorpus()` writes article and sentence conflicts for in-memory articles", async () => {
  const t = await analyzeCorpus([
    {
      id: "cue",
      text: "Die Taliban haben Kabul eingenommen. Die Ortskräfte warten.",
      date: "2021-08",
    },
    {
      id: "meta",
      text: "Die Taliban haben Kabul eingenommen.",
      conflict: "mali_conflict",
    },
  ]);
  assertEquals(
    rows(t, "article_conflicts").map((
      r,
    ) => [r.article_id, r.conflict_id, r.source]),
    [
      ["cue", "afghanistan_war", "cues"],
      ["meta", "mali_conflict", "manifest"],
    ],
  );
  const s = rows(t, "sentence_conflicts").filter((r) => r.article_id === "cue");
  assertEquals(s.map((r) => [r.sentence_id, r.source]), [["cue:s0", "cue"], [
    "cue:s1",
    "cue",
  ]]);
});

Deno.test("`analyzeCorpus()` assigns every seed article and sentence, manifest first", async () => {
  const t = await analyzeCorpus("corpus");
  const articles = rows(t, "article_conflicts");
  assertEquals(articles.length, 5);
  assert(articles.every((a) => a.source === "manifest" && Number(a.score) > 0));
  const assigned = new Set(
    rows(t, "sentence_conflicts").map((r) => r.sentence_id),
  );
  for (const s of rows(t, "sentences")) {
    assert(assigned.has(s.sentence_id), String(s.sentence_id));
  }
  const aleppo = articles.find((a) => String(a.article_id).startsWith("004_"))!;
  assertEquals(aleppo.conflict_id, "syrian_civil_war");
  assert(String(aleppo.evidence).includes("place:Aleppo"));
});
