import assert from "node:assert/strict";
import { analyzeCorpus, findNames } from "../../lib/mod.ts";
import { loadNameLexicon } from "../../lib/actors/name_lexicon.ts";
import {
  fixturePath,
  type NameScore,
  prf,
  scoreSentenceNames,
} from "../../lib/validation/mod.ts";

for (const name of ["names.tsv", "unseen_names.tsv"]) {
  Deno.test(`\`findNames()\` finds most person names and keeps ordinary nouns out (${name})`, () => {
    check(scoreSentenceNames(fixturePath(`actors/${name}`)), 0.9, 0.9);
  });
}

Deno.test("`findNames()` keeps precision of at least 0.9 and person recall of at least 0.95 on the held-out conflicts", () => {
  const score = scoreSentenceNames(
    fixturePath("actors/heldout_conflicts.tsv"),
    2,
  );
  assert.ok(score.persons.tp + score.persons.fn >= 15);
  check(score, 0.9, 0.95);
});

function check(score: NameScore, minPrecision: number, minRecall: number) {
  const precision = prf(score.found).precision;
  const recall = prf(score.persons).recall;
  const wrong = [
    ...score.extra.map((x) => `extra ${x}`),
    ...score.missed.map((x) => `missed ${x}`),
  ].join("; ");
  assert.ok(precision >= minPrecision, `precision ${precision}: ${wrong}`);
  assert.ok(recall >= minRecall, `person recall ${recall}: ${wrong}`);
}

Deno.test("`findNames()` skips names the gazetteer knows", () => {
  assert.deepEqual(
    findNames("Außenminister Sergej Lawrow traf Jens Stoltenberg."),
    [],
  );
});

Deno.test("`findNames()` counts a surname on its own once the full name was seen", () => {
  const names = findNames(
    "Der Analyst Kareem Tahiri warnte. Tahiri sagte, die Lage sei ernst.",
  );
  assert.deepEqual(names.map((n) => [n.text, n.kind]), [
    ["Kareem Tahiri", "person"],
    ["Tahiri", "person"],
  ]);
});

Deno.test("`findNames()` still finds names by first name and title without a known-word list", () => {
  const lexicon = loadNameLexicon({ knownWords: "/nonexistent/ngerman" });
  assert.match(lexicon.note, /wngerman/);
  const names = findNames(
    "Die Versorgungslage ist schlecht, sagte Ministerpräsident Ahmed Karimi.",
    { lexicon },
  );
  assert.deepEqual(names.map((n) => n.text), ["Ahmed Karimi"]);
});

Deno.test("`analyzeCorpus()` counts unknown names into the candidates table with an example sentence", async () => {
  const t = await analyzeCorpus([
    { id: "a", text: "Der Analyst Kareem Tahiri warnte vor Angriffen." },
    { id: "b", text: "Auch Kareem Tahiri sprach. Die Lage bleibt ernst." },
  ]);
  const rows = t.candidates.objects() as Record<string, unknown>[];
  assert.deepEqual(rows[0], {
    name: "Kareem Tahiri",
    kind: "person",
    count: 2,
    n_articles: 2,
    sentence_id: "a:s0",
    example: "Der Analyst Kareem Tahiri warnte vor Angriffen.",
  });
  assert.equal(t.names.numRows(), 2);
});
