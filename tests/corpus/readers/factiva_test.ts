import assert from "node:assert/strict";
import { latin1, messages, readOne } from "./_files.ts";

const row = (code: string, html: string) =>
  `<tr><td class="index"><b>${code}</b></td><td>${html}</td></tr>`;

function factivaHtml(articles: string[][]): string {
  return `<html><body>${
    articles.map((rows) =>
      `<div class="article"><table>${rows.join("")}</table></div>`
    ).join("\n")
  }</body></html>`;
}

Deno.test("Factiva HTML: one article per div.article, fields from their codes", async () => {
  const html = factivaHtml([
    [
      row("HD", "Kämpfe um Mossul"),
      row("BY", "Max Muster"),
      row("WC", "350 words"),
      row("PD", "17 October 2016"),
      row("SN", "Tagesblatt"),
      row("SC", "TGBL"),
      row("LA", "German"),
      row(
        "LP",
        "<p>Die Offensive auf Mossul hat begonnen.</p><p>Der IS leistet Widerstand.</p>",
      ),
      row("TD", "<p>Hilfsorganisationen warnen vor einer Flucht.</p>"),
      row("AN", "Document TGBL000020161017ecah0001"),
    ],
    [row("HD", "Nur Überschrift"), row("PD", "18 October 2016")],
    [
      row("HD", "Ohne Datum"),
      row("SN", "Abendpost"),
      row("LP", "<p>Ein Text.</p>"),
    ],
  ]);
  const { inputs, problems } = await readOne("factiva.html", html);
  assert.deepEqual(
    inputs.map((
      i,
    ) => [i.id, i.position, i.title, i.outlet, i.date, i.language]),
    [
      [
        "TGBL000020161017ecah0001",
        "article 1",
        "Kämpfe um Mossul",
        "Tagesblatt",
        "2016-10-17",
        "de",
      ],
      ["factiva-003", "article 3", "Ohne Datum", "Abendpost", "", "de"],
    ],
  );
  assert.equal(
    inputs[0].text,
    "Die Offensive auf Mossul hat begonnen.\n\nDer IS leistet Widerstand.\n\nHilfsorganisationen warnen vor einer Flucht.",
  );
  assert.equal(inputs[0].byline, "Max Muster");
  assert.deepEqual(messages(problems, "error"), [
    '-: article 2: no text (fields LP and TD are missing or empty; headline "Nur Überschrift"); skipped',
  ]);
  assert.ok(messages(problems, "note").some((n) => /article 3: no PD/.test(n)));
});

const TEXT = `HD Kämpfe um Mossul
BY Max Muster
WC 350 words
PD 17 October 2016
SN Tagesblatt
SC TGBL
LA German
LP Die Offensive auf Mossul hat begonnen.
Sie kommt langsam voran.

Der IS leistet Widerstand.
TD Hilfsorganisationen warnen.
AN Document TGBL000020161017ecah0001

HD Zweiter Bericht
PD 18. Oktober 2016
SN Abendpost
LP Die Lage bleibt unklar.
Document ABDP000020161018ecai0002

HD Ohne Ende
SN Morgenbote
TD Der letzte Text.
`;

Deno.test("Factiva text: articles end at their Document line; paragraphs kept; a last article without one noted", async () => {
  const { inputs, problems } = await readOne("factiva.txt", TEXT);
  assert.deepEqual(
    inputs.map((i) => [i.id, i.title, i.outlet, i.date, i.line]),
    [
      [
        "TGBL000020161017ecah0001",
        "Kämpfe um Mossul",
        "Tagesblatt",
        "2016-10-17",
        1,
      ],
      [
        "ABDP000020161018ecai0002",
        "Zweiter Bericht",
        "Abendpost",
        "2016-10-18",
        15,
      ],
      ["factiva-003", "Ohne Ende", "Morgenbote", "", 21],
    ],
  );
  assert.equal(
    inputs[0].text,
    "Die Offensive auf Mossul hat begonnen. Sie kommt langsam voran.\n\nDer IS leistet Widerstand.\n\nHilfsorganisationen warnen.",
  );
  assert.deepEqual(messages(problems, "error"), []);
  assert.ok(
    messages(problems, "note").some((n) =>
      /no closing "Document <id>" line/.test(n)
    ),
  );
});

Deno.test("Factiva: malformed, wrongly encoded and empty exports are errors", async () => {
  const none = await readOne(
    "f.html",
    factivaHtml([]).replace("<body>", '<body><div class="article">LP</div>'),
  );
  assert.ok(none.inputs.length === 0);
  const noText = await readOne("f.txt", "HD Nur Titel\nDocument X1\n", {
    format: "factiva-text",
  });
  assert.match(messages(noText.problems, "error")[0], /article 1: no text/);
  const l1 = await readOne(
    "f.txt",
    latin1("HD Köln\nLP Text.\nDocument X1\n"),
    { format: "factiva-text" },
  );
  assert.match(messages(l1.problems, "error")[0], /not valid UTF-8/);
  const l1html = await readOne(
    "f.html",
    latin1(factivaHtml([[row("HD", "Köln"), row("LP", "Text.")]])),
  );
  assert.match(messages(l1html.problems, "error")[0], /not valid UTF-8/);
  const empty = await readOne("f.html", "", { format: "factiva-html" });
  assert.match(messages(empty.problems, "error")[0], /the file is empty/);
  const plain = await readOne("f.txt", "Ein Brief ohne Codes.\n", {
    format: "factiva-text",
  });
  assert.match(
    messages(plain.problems, "error")[0],
    /no Factiva article found/,
  );
});
