import assert from "node:assert/strict";
import { analyzeCorpus, findNames, loadNameLexicon } from "../../lib/mod.ts";
import { fixture } from "./_fixture.ts";

for (const name of ["names.tsv", "unseen_names.tsv"]) {
  Deno.test(`\`findNames()\` finds most person names and keeps ordinary nouns out (${name})`, () => {
    check(fixture(name));
  });
}

function check(fixture: string[][]) {
  let found = 0, right = 0, persons = 0, personsFound = 0;
  const wrong: string[] = [];
  for (const [sentence, expected] of fixture) {
    const want = expected === "-"
      ? []
      : expected.split(" | ").map((x) => x.split("/"));
    const got = findNames(sentence);
    for (const g of got) {
      found++;
      if (want.some(([text]) => text === g.text)) right++;
      else wrong.push(`extra ${g.text}: ${sentence}`);
    }
    for (const [text, kind] of want) {
      if (kind !== "person") continue;
      persons++;
      if (got.some((g) => g.text === text && g.kind === "person")) {
        personsFound++;
      } else wrong.push(`missed ${text}: ${sentence}`);
    }
  }
  const precision = right / found;
  const recall = personsFound / persons;
  assert.ok(precision >= 0.9, `precision ${precision}: ${wrong.join("; ")}`);
  assert.ok(recall >= 0.9, `person recall ${recall}: ${wrong.join("; ")}`);
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
