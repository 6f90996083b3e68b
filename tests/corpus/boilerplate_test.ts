import assert from "node:assert/strict";
import {
  layoutArticle,
  parseBoilerplateRules,
} from "../../lib/corpus/boilerplate.ts";

/** Metadata as "kind:text" and body regions as text. */
function layout(text: string) {
  const l = layoutArticle(text);
  for (const m of l.metadata) assert.equal(text.slice(m.start, m.end), m.text);
  return {
    meta: l.metadata.map((m) => `${m.kind}:${m.text}`),
    body: l.regions.map((r) => text.slice(r.start, r.end)),
    paragraphs: l.regions.map((r) => r.paragraph),
  };
}

Deno.test("`layoutArticle()` records a dateline on its own line as metadata", () => {
  for (const place of ["Bagdad.", "Tel Aviv.", "Kairo/Damaskus.", "BAGHDAD."]) {
    const l = layout(`${place}\n\nDie Regierung rief zur Ruhe auf.\n`);
    assert.deepEqual(l.meta, [`dateline:${place}`]);
    assert.deepEqual(l.body, ["Die Regierung rief zur Ruhe auf."]);
  }
});

Deno.test("`layoutArticle()` records a dateline that opens the first paragraph", () => {
  assert.deepEqual(
    layout("BAGDAD. Die Regierung rief zur Ruhe auf.\n").meta,
    ["dateline:BAGDAD."],
  );
  const l = layout(
    "Kairo/Damaskus (AFP) – Die Regierung rief zur Ruhe auf. Die Lage ist ernst.\n",
  );
  assert.deepEqual(l.meta, ["dateline:Kairo/Damaskus (AFP) –"]);
  assert.deepEqual(l.body, [
    "Die Regierung rief zur Ruhe auf. Die Lage ist ernst.",
  ]);
});

Deno.test("`layoutArticle()` finds datelines only in the header, not mid-article", () => {
  const l = layout("Die Lage ist ernst.\n\nKairo.\n\nWeiter geht es.\n");
  assert.deepEqual(l.meta, []);
  assert.deepEqual(l.body, [
    "Die Lage ist ernst.",
    "Kairo.",
    "Weiter geht es.",
  ]);
});

Deno.test("`layoutArticle()` records an inline date marker and keeps the rest of the line", () => {
  const l = layout(
    " date 2016-08-06 Die Lage ist ernst. Beide Seiten rüsten auf.\n",
  );
  assert.deepEqual(l.meta, ["date_marker:date 2016-08-06"]);
  assert.deepEqual(l.body, ["Die Lage ist ernst. Beide Seiten rüsten auf."]);
});

Deno.test("`layoutArticle()` reads a date marker line, then a dateline", () => {
  const l = layout("date 2020-02\n\nKairo.\n\nDie Lage ist ernst.\n");
  assert.deepEqual(l.meta, ["date_marker:date 2020-02", "dateline:Kairo."]);
  assert.deepEqual(l.body, ["Die Lage ist ernst."]);
});

Deno.test("`layoutArticle()` records a 'Stand:' date line", () => {
  const l = layout("Stand: 12.03.2020, 14:05 Uhr\n\nDie Lage ist ernst.\n");
  assert.deepEqual(l.meta, ["date_marker:Stand: 12.03.2020, 14:05 Uhr"]);
});

Deno.test("`layoutArticle()` records image credits anywhere as metadata", () => {
  const text =
    "Die Lage ist ernst. Soldaten der Koalition\n\nFoto: Reuters/Ahmed Saad\n\nDie Kämpfe gehen weiter.\n\n© dpa\n\nBild. NATO\n\nEnde.\n";
  const l = layout(text);
  assert.deepEqual(l.meta, [
    "image_credit:Foto: Reuters/Ahmed Saad",
    "image_credit:© dpa",
    "image_credit:Bild. NATO",
  ]);
  assert.deepEqual(l.body, [
    "Die Lage ist ernst. Soldaten der Koalition",
    "Die Kämpfe gehen weiter.",
    "Ende.",
  ]);
  assert.deepEqual(l.paragraphs, [0, 1, 2]);
});

Deno.test("`layoutArticle()` records related-link lines of several outlets", () => {
  const l = layout(
    "Die Lage ist ernst.\n\nMehr zum Thema - Irak fordert Abzug der US-Truppen\n\nLesen Sie auch: Was der Abzug bedeutet\n\nWeiter.\n\nMehr zum Thema – Kein zweites Saigon?\n",
  );
  assert.deepEqual(l.meta, [
    "related_link:Mehr zum Thema - Irak fordert Abzug der US-Truppen",
    "related_link:Lesen Sie auch: Was der Abzug bedeutet",
    "related_link:Mehr zum Thema – Kein zweites Saigon?",
  ]);
  assert.deepEqual(l.body, ["Die Lage ist ernst.", "Weiter."]);
});

Deno.test("`layoutArticle()` records a byline", () => {
  const l = layout("Von Anna Schmidt, Kairo\n\nDie Lage ist ernst.\n");
  assert.deepEqual(l.meta, ["byline:Von Anna Schmidt, Kairo"]);
});

Deno.test("`layoutArticle()` leaves long lines that start like a credit as body", () => {
  const line =
    "Quelle: Reuters sagte der Sprecher am Montag in Bagdad, dass die Lage ernst sei und die Truppen bleiben würden.";
  assert.deepEqual(layout(line).body, [line]);
  const mention = "Mehr zum Thema Irak sagte der Minister nichts.";
  assert.deepEqual(layout(`Die Lage.\n\n${mention}`).body, [
    "Die Lage.",
    mention,
  ]);
});

Deno.test("`layoutArticle()` keeps paragraphs and joins the lines of one paragraph", () => {
  const text = "Erste Zeile\nzweite Zeile.\n\n\n  Neuer Absatz.  \n";
  const l = layout(text);
  assert.deepEqual(l.body, ["Erste Zeile\nzweite Zeile.", "Neuer Absatz."]);
  assert.deepEqual(l.paragraphs, [0, 1]);
});

Deno.test("`parseBoilerplateRules()` names file and line of a bad rule", () => {
  assert.throws(
    () =>
      parseBoilerplateRules(
        "kind\tscope\tpattern\nsomething\tline\tx\n",
        "r.tsv",
      ),
    /^SyntaxError: Cannot read boilerplate rule at r\.tsv:2: unknown kind "something"/,
  );
  assert.throws(
    () => parseBoilerplateRules("dateline\tline\t(unclosed\n", "r.tsv"),
    /r\.tsv:1: invalid pattern/,
  );
  assert.throws(
    () => parseBoilerplateRules("dateline\tline\n", "r.tsv"),
    /r\.tsv:1: expected 3 tab-separated columns/,
  );
});

Deno.test("`layoutArticle()` keeps headlines and an article's only line as text, not datelines", () => {
  for (
    const text of [
      "Neue Luftangriffe.",
      "Schwere Kämpfe.\n\nIn Aleppo wird gekämpft.",
      "Rote Linien.\n\nDie Regierung warnt.",
    ]
  ) {
    const layout = layoutArticle(text);
    assert.equal(
      layout.metadata.filter((m) => m.kind === "dateline").length,
      0,
      text,
    );
  }
  for (const place of ["Kairo.", "Den Haag.", "Tel Aviv.", "Bagdad/Berlin."]) {
    const layout = layoutArticle(`${place}\n\nDie Lage bleibt angespannt.`);
    assert.deepEqual(
      layout.metadata.map((m) => [m.kind, m.text]),
      [["dateline", place]],
    );
  }
});
