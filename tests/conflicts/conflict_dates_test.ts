import assert from "node:assert/strict";
import {
  assignArticleConflicts,
  assignConflicts,
  compileConflicts,
  inPeriod,
  RUNNER_UP_MIN_SCORE,
} from "../../lib/conflicts/assign_conflicts.ts";
import { loadConflicts } from "../../lib/conflicts/conflicts_file.ts";
import { splitSentences } from "../../lib/text/sentences.ts";
import { tokenize } from "../../lib/text/tokens.ts";

const conflicts = loadConflicts();
const compiled = compileConflicts(conflicts);
const byId = new Map(conflicts.map((c) => [c.id, c]));

Deno.test("no conflict whose period excludes a known date or range is assigned, to the article or a sentence", () => {
  // Every conflict's own places and cues, in articles dated across 1990–2025.
  const dates = [
    "1991-01",
    "1999",
    "2003-04-09",
    "2006-07",
    "2009-01",
    "2014-07..2014-08",
    "2015-06..2016-05",
    "2016-03-14",
    "2020",
    "2022-03",
    "2023-10-08",
  ];
  let checked = 0, assigned = 0;
  for (const c of conflicts) {
    const text = `In ${c.places[0] ?? "der Region"} wird gekämpft. ${
      c.cues.slice(0, 3).join(", ")
    } bestimmen die Lage.`;
    for (const date of dates) {
      const r = assignConflicts(text, { date });
      for (const row of [...r.article, ...r.sentences]) {
        checked++;
        assert.notEqual(
          inPeriod(date, byId.get(row.conflict_id)!),
          false,
          `${row.conflict_id} assigned to an article of ${date}`,
        );
      }
      assigned += r.article.length;
    }
  }
  assert.ok(
    checked > 100 && assigned > 30,
    `${checked} rows, ${assigned} articles`,
  );
});

Deno.test("a 2015–16 article about Gaza gets no Gaza war: the 2014 war is over, the 2023 one has not begun", () => {
  const text =
    "Israelische Luftangriffe auf den Gazastreifen, die Hamas meldet Tote. Im Gazastreifen wächst die Not.";
  const r = assignConflicts(text, { date: "2015-06..2016-05" });
  assert.deepEqual(r.article, []);
  assert.deepEqual(r.sentences.filter((s) => s.source === "cue"), []);
  // In the period it is assigned, range or not.
  assert.equal(
    assignConflicts(text, { date: "2014-06..2014-07" }).article[0].conflict_id,
    "gaza_war_2014",
  );
});

function withActors(text: string, actorIds: string[]) {
  return splitSentences(text).map((s, i) => ({
    tokens: tokenize(text, s.start, s.end),
    actors: i === 0
      ? actorIds.map((actor_id) => ({
        actor_id,
        start: s.start,
        end: s.start + 1,
      }))
      : [],
  }));
}

Deno.test("with the date unknown, actor mentions alone never assign a dated conflict", () => {
  // The actors many conflicts share, mentioned again and again.
  const actors = [
    "usa",
    "russia",
    "iran",
    "iraq",
    "nato",
    "israel",
    "hamas",
    "uk",
  ];
  const text =
    "Die Gespräche gingen weiter. Die Delegationen trafen sich erneut.";
  const sentences = withActors(text, [...actors, ...actors, ...actors]);
  const r = assignArticleConflicts(text, sentences, compiled, { date: "" });
  assert.deepEqual(r.article, []);
  assert.deepEqual(r.sentences, []);
  // With a date the same holds: actors are evidence, never enough alone.
  const dated = assignArticleConflicts(text, sentences, compiled, {
    date: "2015-07-14",
  });
  assert.deepEqual(dated.article, []);
});

Deno.test("with the date unknown, a place or cue of one conflict alone assigns it, marked 'cues (date unknown)'; shared places do not", () => {
  const specific = assignConflicts(
    "In Charkiw schlagen Raketen ein. Selenskyj bittet um Hilfe.",
  );
  assert.deepEqual(
    specific.article.map((a) => [a.conflict_id, a.source]),
    [["russia_ukraine_war", "cues (date unknown)"]],
  );
  // "Gaza" and "Hamas" are listed by three Gaza wars: not specific.
  const shared = assignConflicts(
    "Luftangriffe auf den Gazastreifen, die Hamas meldet Tote.",
  );
  assert.deepEqual(shared.article, []);
});

Deno.test("an article mentioning many conflicts gets its main conflict, others only above the threshold", () => {
  const text = [
    "In Aleppo und Idlib wird gekämpft, die Rebellen halten die Stadt, Assad lässt Fassbomben werfen.",
    "Das Assad-Regime spricht von Terroristen.",
    "Am Rande erinnerte ein Diplomat an Charkiw.",
  ].join(" ");
  const r = assignConflicts(text, { date: "2016-08" });
  assert.deepEqual(r.article.map((a) => a.conflict_id), ["syrian_civil_war"]);
  // The passing mention keeps its own sentence row: the fine picture.
  assert.ok(
    r.sentences.some((s) =>
      s.conflict_id === "russia_ukraine_war" && s.source === "cue"
    ),
  );
  for (const a of r.article.slice(1)) assert.ok(a.score >= RUNNER_UP_MIN_SCORE);
});
