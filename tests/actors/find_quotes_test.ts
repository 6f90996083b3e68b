import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { analyzeCorpus, findQuotes } from "../../lib/mod.ts";
import { fixture } from "./_fixture.ts";

const seed = (file: string) =>
  readFileSync(new URL(`../../corpus/${file}`, import.meta.url), "utf8");

const brief = (text: string) =>
  findQuotes(text).map((q) => `${q.kind}|${q.speaker}|${q.cue}|${q.text}`);

Deno.test("`findQuotes()` finds Stoltenberg's statements in the seed on the NATO mission", () => {
  const q = findQuotes(seed("003_025a883ce1a8ef76.txt"));
  const his = q.filter((x) => x.speaker === "jens_stoltenberg");
  assert.ok(his.filter((x) => x.kind === "direct").length >= 5);
  assert.ok(
    his.some((x) => x.text.startsWith("Die NATO ist auf Einladung")),
  );
  assert.ok(his.some((x) => x.text.startsWith("Die Minister kamen")));
  assert.ok(his.some((x) => x.cue === "spekulierte"));
});

Deno.test("`findQuotes()` gives Pompeo, the US representative and Stoltenberg their words in the seed on US troops", () => {
  const q = findQuotes(seed("001_f74fd8fcbfc2c0e5.txt"));
  const pompeo = q.find((x) => x.text === "wir diese Mission fortsetzen");
  assert.equal(pompeo?.speaker, "mike_pompeo");
  assert.equal(pompeo?.kind, "direct");
  const offer = q.filter((x) => x.speaker === "usa");
  assert.ok(
    offer.some((x) => x.text.includes("bereit") && x.cue === "erklärt"),
  );
  assert.ok(
    offer.some((x) =>
      x.text.startsWith("Vielleicht könnten wir") && x.kind === "direct"
    ),
  );
  assert.ok(
    offer.some((x) => x.text.startsWith("Von einem vollständigen Abzug")),
  );
  assert.ok(
    q.some((x) =>
      x.speaker === "jens_stoltenberg" && x.text === "respektieren"
    ),
  );
});

Deno.test("`findQuotes()` attributes the New York Times citation in the seed on Baghdad", () => {
  const q = findQuotes(seed("000_8041def3e2395534.txt"));
  const nyt = q.find((x) => x.speaker === "new_york_times");
  assert.equal(nyt?.text, "in Militärlager verwandelt werden");
  assert.equal(nyt?.kind, "direct");
});

Deno.test("`findQuotes()` reads a quote after the verb, before it, across sentences and in guillemets", () => {
  assert.deepEqual(
    brief(
      "„Wir werden nicht nachgeben“, sagte Außenminister Hakan Fidan am Montag.",
    ),
    ["direct|Hakan Fidan|sagte|Wir werden nicht nachgeben"],
  );
  assert.deepEqual(
    brief("Stoltenberg sagte: „Wir bleiben. Wir gehen nicht.“"),
    ["direct|jens_stoltenberg|sagte|Wir bleiben. Wir gehen nicht."],
  );
  assert.deepEqual(
    brief("Der Kreml erklärte: »Die Lage ist unter Kontrolle.«"),
    ["direct|russia_government|erklärte|Die Lage ist unter Kontrolle."],
  );
});

Deno.test("`findQuotes()` leaves scare quotes and quoted names alone", () => {
  assert.deepEqual(
    brief("Die sogenannte „Rote Linie“ wurde überschritten."),
    [],
  );
  assert.deepEqual(brief("Er kämpft gegen den „Islamischen Staat“ (IS)."), []);
});

Deno.test("`findQuotes()` finds reported speech with laut, zufolge, a capital that speaks and the subjunctive", () => {
  assert.deepEqual(
    brief("Laut dem Pentagon wurden zwanzig Kämpfer getötet."),
    [
      "reported|us_government|Laut|Laut dem Pentagon wurden zwanzig Kämpfer getötet",
    ],
  );
  assert.deepEqual(
    brief("Dem Kreml zufolge sind die Angriffe beendet."),
    ["reported|russia_government|zufolge|Dem Kreml zufolge sind die Angriffe beendet"],
  );
  assert.deepEqual(
    brief(
      "Teheran warnte, man werde jeden Angriff vergelten. Eine Einigung sei fern.",
    ),
    [
      "reported|iran_government|warnte|man werde jeden Angriff vergelten",
      "reported|iran_government|sei|Eine Einigung sei fern",
    ],
  );
});

Deno.test("`findQuotes()` resolves a pronoun to the person before it, and leaves an unknown spokesman unresolved", () => {
  const q = findQuotes(
    "Wladimir Putin empfing Recep Tayyip Erdogan in Moskau. Er sagte, die Gespräche seien gut gewesen.",
  );
  assert.equal(q[0].speaker, "vladimir_putin");
  assert.equal(q[0].speaker_surface, "Er");
  const r = findQuotes("Der Sprecher erklärte, die Lage sei ruhig.");
  assert.equal(r[0].speaker, "");
  assert.equal(r[0].speaker_surface, "Der Sprecher");
});

Deno.test("`analyzeCorpus()` writes a quotes table keyed by sentence", async () => {
  const text = "Kairo.\n\nDer Kreml erklärte: „Wir sind bereit.“";
  const t = await analyzeCorpus([{ id: "a", text }]);
  const rows = t.quotes.objects() as Record<string, unknown>[];
  assert.equal(rows.length, 1);
  assert.equal(rows[0].quote_id, "a:q0");
  assert.equal(rows[0].sentence_id, "a:s0");
  assert.equal(rows[0].speaker, "russia_government");
  assert.equal(
    text.slice(rows[0].start as number, rows[0].end as number),
    "Wir sind bereit.",
  );
});

Deno.test("`findQuotes()` takes the content between speaker and particle, and the clause before a final speech verb", () => {
  assert.deepEqual(
    brief(
      "In Berlin kündigte Verteidigungsminister Boris Pistorius weitere Hilfen an.",
    ),
    ["reported|boris_pistorius|kündigte an|weitere Hilfen"],
  );
  assert.deepEqual(
    brief("Die Regierung werde ein Paket schnüren, sagte der SPD-Politiker."),
    // The SPD is in the gazetteer: "der SPD-Politiker" speaks for it.
    ["reported|spd|sagte|Die Regierung werde ein Paket schnüren"],
  );
});

Deno.test("`findQuotes()` names at least 90% of the speakers in texts written down before the tool saw them", () => {
  const rows = fixture("unseen_quotes.tsv");
  let right = 0, total = 0, extra = 0;
  for (const [text, expected] of rows) {
    const want = expected === "-" ? [] : expected.split(" ; ");
    const pool = findQuotes(text).map((q) => `${q.kind}|${q.speaker}`);
    total += want.length;
    for (const w of want) {
      const i = pool.indexOf(w);
      if (i >= 0) {
        right++;
        pool.splice(i, 1);
      }
    }
    extra += pool.length;
  }
  assert.ok(right / total >= 0.9, `${right} of ${total}`);
  assert.ok(extra <= 2, `${extra} extra quotes`);
});

Deno.test("`findQuotes()` reads the content before a separable attribution ('…, teilte X mit')", () => {
  const text = "Die Lage sei ernst, teilte die NATO mit.";
  const [q] = findQuotes(text);
  assert.equal(q.kind, "reported");
  assert.equal(q.speaker, "nato");
  assert.equal(text.slice(q.start, q.end), "Die Lage sei ernst");
  const t2 =
    "Die Luftabwehr habe 23 Drohnen abgeschossen, teilte das Militär mit.";
  const [q2] = findQuotes(t2);
  assert.equal(
    t2.slice(q2.start, q2.end),
    "Die Luftabwehr habe 23 Drohnen abgeschossen",
  );
});
