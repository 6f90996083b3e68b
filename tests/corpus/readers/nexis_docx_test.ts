import assert from "node:assert/strict";
import { buildDocx, messages, readOne } from "./_files.ts";

// The layout of a Nexis Uni download, with invented text (no Nexis content).
const COVER = [
  "User Name: =",
  "Date and Time: Monday, January 11, 2010 10:00:00 AM EST",
  "Job Number: 1",
  "",
  "",
  "Documents (3)",
  "1. Waffenruhe in Aleppo gebrochen",
  "Client/Matter: -none-",
  "",
];

function article(
  headline: string,
  outlet: string,
  dateLine: string,
  body: string[],
  extra: string[] = [],
): string[] {
  return [
    headline,
    outlet,
    dateLine,
    "Copyright 2016 Beispielverlag",
    "Section: POLITIK; S. 3",
    "Length: 412 words",
    ...extra,
    "Byline: Erika Muster",
    "",
    "Body",
    "",
    ...body,
    "",
    "Load-Date: March 15, 2016",
    "",
    "",
    "End of Document",
  ];
}

Deno.test("Nexis .docx: many articles per file, cover page ignored, English and German dates", async () => {
  const bytes = await buildDocx([
    ...COVER,
    ...article(
      "Waffenruhe in Aleppo gebrochen",
      "Tagesblatt",
      "March 14, 2016 Monday",
      [
        "In Aleppo wird wieder gekämpft.",
        "Die Rebellen melden Angriffe.",
      ],
    ),
    ...article("Gespräche in Genf", "Abendpost", "15. März 2016 Dienstag", [
      "Die Genfer Gespräche beginnen.",
    ]),
    ...article("Ohne Datum: eine Notiz", "Morgenbote", "Ausgabe Nord", [
      "Kurz gemeldet.",
    ]),
  ]);
  const { inputs, problems } = await readOne("Nexis Export.docx", bytes);
  assert.deepEqual(messages(problems, "error"), []);
  assert.deepEqual(
    inputs.map((i) => [i.id, i.position, i.title, i.outlet, i.date]),
    [
      [
        "Nexis_Export-001",
        "article 1",
        "Waffenruhe in Aleppo gebrochen",
        "Tagesblatt",
        "2016-03-14",
      ],
      [
        "Nexis_Export-002",
        "article 2",
        "Gespräche in Genf",
        "Abendpost",
        "2016-03-15",
      ],
      // No date line: headline and outlet are the first two lines, the date
      // is the Load-Date, and a note says so.
      [
        "Nexis_Export-003",
        "article 3",
        "Ohne Datum: eine Notiz",
        "Morgenbote",
        "2016-03-15",
      ],
    ],
  );
  assert.equal(
    inputs[0].text,
    "In Aleppo wird wieder gekämpft.\n\nDie Rebellen melden Angriffe.",
  );
  assert.equal(inputs[0].length, "412 words");
  assert.equal(inputs[0].byline, "Erika Muster");
  assert.equal(inputs[0].section, "POLITIK; S. 3");
  assert.match(String(inputs[2].date_note), /Load-Date/);
});

Deno.test("Nexis .docx: an article without Body (a graphic) is skipped with a note; a missing last End of Document too", async () => {
  const bytes = await buildDocx([
    "Karte: Frontverlauf",
    "Tagesblatt",
    "March 14, 2016",
    "Graphic",
    "End of Document",
    ...article("Zweiter", "Abendpost", "March 16, 2016", ["Text zwei."]).slice(
      0,
      -1,
    ),
  ]);
  const { inputs, problems } = await readOne("n.docx", bytes);
  assert.deepEqual(inputs.map((i) => i.title), ["Zweiter"]);
  const notes = messages(problems, "note");
  assert.ok(
    notes.some((n) =>
      /article 1: no "Body" line.*image or graphic.*Karte: Frontverlauf/.test(n)
    ),
    notes.join("\n"),
  );
  assert.ok(
    notes.some((n) => /no "End of Document" line/.test(n)),
    notes.join("\n"),
  );
});

Deno.test("Nexis .docx: not a Word file, a Word file of another layout, an empty file", async () => {
  const text = await readOne(
    "n.docx",
    new TextEncoder().encode("End of Document\n"),
  );
  assert.match(messages(text.problems, "error")[0], /not a Word \.docx file/);
  const other = await readOne(
    "n.docx",
    await buildDocx(["Ein Brief.", "Mit Grüßen."]),
  );
  assert.match(
    messages(other.problems, "error")[0],
    /does not look like a Nexis Uni download/,
  );
  const empty = await readOne("n.docx", new Uint8Array());
  assert.match(messages(empty.problems, "error")[0], /the file is empty/);
});
