// Sentences written for this project: regression tests of the quote
// patterns and speaker resolution, not accuracy figures (those come from
// the labelled dev sets: lib/data/accuracy/quotes.json).
import assert from "node:assert/strict";
import { analyzeCorpus, findQuotes } from "../../lib/mod.ts";

const rows = (text: string) =>
  findQuotes(text).map((q) =>
    `${q.kind}|${q.speaker}|${q.speaker_kind}|${q.cue}|${
      text.slice(q.start, q.end)
    }`
  );

Deno.test("`findQuotes()` reads 'so X' after the words it attributes", () => {
  assert.deepEqual(
    rows(
      "Die Allianz bleibe geschlossen, so NATO-Generalsekretär Jens Stoltenberg.",
    ),
    ["reported|jens_stoltenberg|named|so|Die Allianz bleibe geschlossen"],
  );
  assert.deepEqual(rows("„Wir ziehen uns nicht zurück“, so Oberst Hansen."), [
    "direct|Hansen|named|so|Wir ziehen uns nicht zurück",
  ]);
  // "so" as an adverb is no cue.
  assert.deepEqual(rows("Die Lage ist so ernst wie nie."), []);
});

Deno.test("`findQuotes()` reads 'wie X mitteilte' before and after the words", () => {
  const [a] = findQuotes(
    "Die Grenze bleibt geschlossen, wie ein Sprecher des Innenministeriums am Abend mitteilte.",
  );
  assert.equal(a.text, "Die Grenze bleibt geschlossen");
  assert.equal(a.speaker_surface, "ein Sprecher des Innenministeriums");
  assert.equal(a.speaker, "");
  assert.equal(a.speaker_kind, "unresolved");
  const [b] = findQuotes(
    "Wie die Polizei mitteilte, wurden zwei Menschen verletzt.",
  );
  assert.equal(b.text, "wurden zwei Menschen verletzt");
  assert.equal(b.speaker_surface, "die Polizei");
});

Deno.test("`findQuotes()` reads sources: laut X, X zufolge, nach Angaben der X", () => {
  assert.deepEqual(
    rows("Den Vereinten Nationen zufolge sind 3000 Menschen geflohen."),
    [
      "reported|un|named|zufolge|Den Vereinten Nationen zufolge sind 3000 Menschen geflohen",
    ],
  );
  const [q] = findQuotes(
    "Nach Angaben der Feuerwehr brannte das Lager vollständig aus.",
  );
  assert.equal(q.speaker_surface, "der Feuerwehr");
  assert.equal(q.speaker_kind, "unresolved");
});

Deno.test("`findQuotes()` takes the speaker before a colon that opens a quote", () => {
  assert.deepEqual(rows("Selenskyj: „Wir geben nicht auf.“"), [
    "direct|volodymyr_zelensky|named|:|Wir geben nicht auf.",
  ]);
});

Deno.test("`findQuotes()` carries an attribution over a chain of subjunctive sentences", () => {
  const q = findQuotes(
    "Stoltenberg sagte, die Allianz sei bereit. Man werde die Ostflanke stärken. " +
      "Die Lage bleibe aber angespannt. Am Abend reiste er ab.",
  );
  assert.deepEqual(q.map((x) => `${x.speaker}|${x.cue}`), [
    "jens_stoltenberg|sagte",
    "jens_stoltenberg|werde",
    "jens_stoltenberg|bleibe",
  ]);
});

Deno.test("`findQuotes()` reads plain straight quotes, with or without spaces inside", () => {
  for (
    const text of [
      '"Wir bleiben hier", sagte Kowalski.',
      '" Wir bleiben hier ", sagte Kowalski.',
    ]
  ) {
    assert.deepEqual(rows(text), [
      "direct|Kowalski|named|sagte|Wir bleiben hier",
    ]);
  }
  // «…» (Swiss and French order) pairs too.
  assert.deepEqual(rows("« Die Waffen schweigen », sagte Petrović."), [
    "direct|Petrović|named|sagte|Die Waffen schweigen",
  ]);
});

Deno.test("`findQuotes()` closes a quote that began before the text, and splits at an inserted inquit", () => {
  assert.deepEqual(rows("Wir haben alles verloren“, sagte die Bäuerin."), [
    "direct||unresolved|sagte|Wir haben alles verloren",
  ]);
  const q = findQuotes(
    'Wir waren zu langsam ", sagte Kowalski, " das darf nicht wieder passieren. "',
  );
  assert.deepEqual(q.map((x) => `${x.speaker}|${x.text}`), [
    "Kowalski|Wir waren zu langsam",
    "Kowalski|das darf nicht wieder passieren.",
  ]);
});

Deno.test("`findQuotes()` resolves a pronoun to the last person of its gender", () => {
  const [a] = findQuotes(
    "Annalena Baerbock reiste nach Kiew. „Wir stehen an Ihrer Seite“, sagte sie.",
  );
  assert.equal(a.speaker, "annalena_baerbock");
  assert.equal(a.speaker_kind, "pronoun_resolved");
  const [b] = findQuotes(
    "Außenministerin Annalena Baerbock traf Sergej Lawrow. „Das ist inakzeptabel“, sagte er.",
  );
  assert.equal(b.speaker, "sergei_lavrov");
});

Deno.test("`findQuotes()` leaves a pronoun with nobody before it unresolved", () => {
  const [q] = findQuotes("„Wir wissen es nicht“, sagte er.");
  assert.equal(q.speaker, "");
  assert.equal(q.speaker_surface, "er");
  assert.equal(q.speaker_kind, "unresolved");
});

Deno.test("`findQuotes()` maps a spokesperson to the organisation and a bare role to its holder", () => {
  const [a] = findQuotes(
    "Ein Sprecher der Bundeswehr sagte, die Übung sei planmäßig verlaufen.",
  );
  assert.equal(a.speaker, "bundeswehr");
  assert.equal(a.speaker_kind, "organisation");
  const [b] = findQuotes(
    "NATO-Generalsekretär Jens Stoltenberg traf Joe Biden. Der Generalsekretär sagte, man sei geeint.",
  );
  assert.equal(b.speaker, "jens_stoltenberg");
  assert.equal(b.speaker_kind, "role_resolved");
});

Deno.test("`findQuotes()` gives a described speaker its words and no id", () => {
  for (
    const [text, surface] of [
      ["„Das Dorf ist zerstört“, sagte ein Helfer.", "ein Helfer"],
      ["Das Gericht betonte, die Klage sei unzulässig.", "Das Gericht"],
      [
        "Die Lage sei ernst, sagte der Bürgermeister am Montag.",
        "der Bürgermeister",
      ],
    ]
  ) {
    const [q] = findQuotes(text);
    assert.equal(q.speaker, "", text);
    assert.equal(q.speaker_surface, surface, text);
    assert.equal(q.speaker_kind, "unresolved", text);
  }
  // The content of "…, sagte X am Montag." is the clause before the comma.
  assert.equal(
    findQuotes("Die Lage sei ernst, sagte der Bürgermeister am Montag.")[0]
      .text,
    "Die Lage sei ernst",
  );
});

Deno.test("`findQuotes()` keeps unattributed speech and drops quoted titles", () => {
  assert.deepEqual(rows("„Wir haben alles verloren. Es gibt kein Zurück.“"), [
    "direct||unresolved||Wir haben alles verloren. Es gibt kein Zurück.",
  ]);
  assert.deepEqual(rows("Der Film „Im Westen nichts Neues“ lief gestern."), []);
  assert.deepEqual(
    rows("Das sagte er der „Berliner Zeitung“ am Montag."),
    [],
  );
});

Deno.test("`findQuotes()` does not read the first person as reported speech", () => {
  assert.deepEqual(rows("Am Montag habe ich den Bericht gelesen."), []);
});

Deno.test("the quotes table has speaker_kind", async () => {
  const t = await analyzeCorpus([{
    id: "a",
    text:
      "Annalena Baerbock reiste nach Kiew. „Wir stehen an Ihrer Seite“, sagte sie.",
  }]);
  assert.ok(t.quotes.columnNames().includes("speaker_kind"));
  assert.deepEqual(t.quotes.array("speaker_kind"), ["pronoun_resolved"]);
});

Deno.test("`findQuotes()` reports a clause, not a topic or a circumstance", () => {
  // A prepositional object names a topic: no reported speech.
  assert.deepEqual(
    rows("Die Gewerkschaft warnte vor den Folgen der Reform."),
    [],
  );
  // After a prepositional phrase, a dass-clause or a subjunctive clause is.
  assert.deepEqual(
    rows("Der Sprecher sagte gegenüber Reportern, die Halle werde geräumt."),
    ["reported||unresolved|sagte|die Halle werde geräumt"],
  );
  assert.deepEqual(
    rows("Die Ministerin bestritt in einem Interview, dass es Absprachen gab."),
    ["reported||unresolved|bestritt|es Absprachen gab"],
  );
  // An infinitive after a modal verb, at the end of its clause, is no cue.
  assert.deepEqual(
    rows("Wer gewinnt, konnte am Abend noch niemand sagen."),
    [],
  );
});

Deno.test("`findQuotes()` finds the subject of 'hat … aufgefordert' and 'forderte … auf'", () => {
  const [a] = findQuotes(
    "Annalena Baerbock hat ihren Amtskollegen Sergej Lawrow aufgefordert, die Truppen abzuziehen.",
  );
  assert.equal(a.speaker, "annalena_baerbock");
  assert.equal(a.text, "die Truppen abzuziehen");
  const [b] = findQuotes(
    "Grünen-Chefin Annalena Baerbock forderte die Regierung auf, die Hilfe aufzustocken.",
  );
  assert.equal(b.speaker, "annalena_baerbock");
  assert.equal(b.cue, "forderte auf");
  // In the passive the agent after "von" speaks, not the subject.
  const [c] = findQuotes(
    "Russland wurde von Annalena Baerbock aufgefordert, die Truppen abzuziehen.",
  );
  assert.notEqual(c?.speaker, "russia");
});
