import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  analyzeCorpus,
  loadSentimentLexicon,
  scoreSentiment,
} from "../../lib/mod.ts";
import { parseLexicon } from "../../lib/sentiment/lexicon.ts";
import { parseRauh } from "../../lib/sentiment/lexicon_rauh.ts";
import { parseSentiWs } from "../../lib/sentiment/lexicon_sentiws.ts";

const dir = mkdtempSync(join(tmpdir(), "lexicon-"));
function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

Deno.test("`loadSentimentLexicon()` reads the shipped lexicon with every entry sourced", () => {
  const lex = loadSentimentLexicon();
  assert.ok(lex.terms.size > 300);
  for (const e of lex.terms.values()) {
    assert.ok(e.source !== "", e.term);
    assert.ok(e.weight >= -1 && e.weight <= 1, e.term);
  }
  assert.ok(lex.terms.get("erpressung")!.weight < 0);
});

Deno.test("`parseLexicon()` reads terms, inflections and phrases", () => {
  const lex = parseLexicon(
    "term\tweight\tpos\tinflections\tsource\tnotes\n" +
      "angreifen\t-0.6\tV\tangegriffen\tmine\t\n" +
      "ums Leben\t-0.8\tPHR\t\tmine\t\n",
    "mine.tsv",
  );
  assert.equal(lex.terms.get("angegriff")?.term, "angreifen");
  assert.equal(lex.phrases.get("ums")?.[0].norms.length, 2);
  const r = scoreSentiment("Zwei Menschen kamen ums Leben.", { lexicon: lex });
  assert.equal(r.matches[0].term, "ums Leben");
});

Deno.test("`parseLexicon()` names the file and line of a malformed entry", () => {
  assert.throws(
    () => parseLexicon("gut\t0.5\nschlecht\tsehr\n", "bad.tsv"),
    (e: Error) =>
      e instanceof SyntaxError && e.message.includes("bad.tsv:2") &&
      e.message.includes('"sehr"'),
  );
  assert.throws(
    () => parseLexicon("gut\t1.5\n", "range.tsv"),
    /range\.tsv:1: weight "1\.5" is not a number in \[-1, 1\]/,
  );
  assert.throws(
    () => parseLexicon("Tote\t-0.8\ntöten\t-0.9\n", "dup.tsv"),
    /dup\.tsv:2.*dup\.tsv:1; merge the two lines/,
  );
  assert.throws(() => parseLexicon("nur ein Feld\n", "one.tsv"), /one\.tsv:1/);
});

Deno.test("`loadSentimentLexicon()` names the file and line of a malformed lexicon file", () => {
  const path = write(
    "broken.tsv",
    "# comment\nAngriff\t-0.6\nFrieden\tpositiv\n",
  );
  assert.throws(
    () => loadSentimentLexicon(path),
    (e: Error) => e.message.includes(`${path}:3`),
  );
});

Deno.test("`parseSentiWs()` reads SentiWS lines with and without inflections", () => {
  const lex = parseSentiWs([
    {
      file: "pos.txt",
      text: "Erfolg|NN\t0.5\tErfolge,Erfolgen,Erfolges\nprima|ADJX\t0.4\n",
    },
    {
      file: "neg.txt",
      text: "Angriff|NN\t-0.3\tAngriffe\r\nAngriffe|NN\t-0.9\t\n",
    },
  ]);
  assert.equal(lex.terms.get("erfolg")?.weight, 0.5);
  assert.equal(lex.terms.get("prima")?.pos, "ADJX");
  // The first entry for a form wins.
  assert.equal(lex.terms.get("angriff")?.weight, -0.3);
  assert.equal(lex.terms.get("angriff")?.source, "SentiWS");
});

Deno.test("`parseSentiWs()` names the file and line of a malformed entry", () => {
  assert.throws(
    () =>
      parseSentiWs([{
        file: "neg.txt",
        text: "Angriff|NN\t-0.3\nKrieg -0.5\n",
      }]),
    (e: Error) => e instanceof SyntaxError && e.message.includes("neg.txt:2"),
  );
  assert.throws(
    () => parseSentiWs([{ file: "neg.txt", text: "Angriff|NN\tviel\n" }]),
    /neg\.txt:1/,
  );
});

Deno.test("`parseRauh()` reads a two-column table and skips negated bigrams", () => {
  const lex = parseRauh(
    "feature,sentiment\nKatastrophe,-1\ngut,1\nNOT_gut,-1\nhervorragend,positive\n",
    "rauh.csv",
  );
  assert.equal(lex.terms.get("katastroph")?.weight, -0.6);
  assert.equal(lex.terms.get("hervorrag")?.weight, 0.6);
  assert.equal(lex.terms.size, 3);
  assert.equal(
    parseRauh("gut\t1\n", "r.tsv", { weight: 1 }).terms.get("gut")?.weight,
    1,
  );
});

Deno.test("`parseRauh()` names the file and line of a malformed entry", () => {
  assert.throws(
    () => parseRauh("term\tpolarity\ngut\t1\nschlecht\tmies\n", "rauh.tsv"),
    (e: Error) => e instanceof SyntaxError && e.message.includes("rauh.tsv:3"),
  );
  assert.throws(() => parseRauh("gut\t1\tx\n", "rauh.tsv"), /rauh\.tsv:1/);
});

Deno.test("a lexicon switches in one line, for scoreSentiment and for analyzeCorpus", async () => {
  const pos = write("SentiWS_Positive.txt", "Frieden|NN\t0.9\n");
  const neg = write("SentiWS_Negative.txt", "Kampf|NN\t-0.9\tKämpfe\n");
  const sentiws = loadSentimentLexicon([pos, neg], "sentiws");
  assert.equal(
    scoreSentiment("Die Kämpfe gehen weiter.", { lexicon: sentiws }).label,
    "negative",
  );
  assert.equal(
    scoreSentiment("Die Erpressung geht weiter.", { lexicon: sentiws }).label,
    "neutral",
  );
  const rauh = write("rauh.tsv", "Erpressung\t-1\n");
  const text = "Die USA sprechen von Erpressung und Krieg.";
  const tables = await analyzeCorpus([{ id: "a", text }], {
    sentimentLexicon: rauh,
    sentimentLexiconFormat: "rauh",
  });
  // The tone of the mention of the USA rests on the Rauh term alone: "Krieg",
  // negative in the default lexicon, is not in this one.
  const at = text.indexOf("Erpressung");
  assert.deepEqual(tables.tone.array("actor_id"), ["usa"]);
  assert.match(
    String(tables.tone.get("evidence", 0)),
    new RegExp(`^Erpressung@${at}-${at + 10}:-\\d+\\.\\d+$`),
  );
  const usual = await analyzeCorpus([{ id: "a", text }]);
  assert.match(String(usual.tone.get("evidence", 0)), /Krieg@/);
});
