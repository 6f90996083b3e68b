import fc from "fast-check";
import { layoutArticle } from "../../lib/corpus/boilerplate.ts";
import {
  anyText,
  checkCovers,
  checkSpans,
  germanText,
  params,
} from "../_arbitraries.ts";

const HEADERS = [
  "Kairo.\n\n",
  "date 2020-02 ",
  "date 2016-08-06\n\n",
  "BAGDAD. ",
  "Bagdad (dpa) - ",
  "Von Anna Schmidt\n\n",
  "Stand: 12.03.2020\n\n",
  "",
];
const LINES = [
  "\n\nBild. NATO\n\n",
  "\n\nFoto: Reuters/Ahmed Saad\n\n",
  "\n\n© dpa\n\n",
  "\n\nMehr zum Thema - Irak fordert Abzug\n\n",
  "\n\nLesen Sie auch: Was der Abzug bedeutet\n\n",
  "\n\n",
  "",
];

const withBoilerplate = fc
  .tuple(
    fc.constantFrom(...HEADERS),
    fc.array(fc.tuple(germanText, fc.constantFrom(...LINES)), { maxLength: 5 }),
  )
  .map(([h, parts]) => h + parts.map(([t, l]) => t + l).join(""));

function invariants(text: string) {
  const { regions, metadata } = layoutArticle(text);
  const spans = [
    ...regions.map((r) => ({ start: r.start, end: r.end })),
    ...metadata,
  ].sort((a, b) => a.start - b.start);
  const bad = checkSpans(text, spans, { nonEmpty: true }) ??
    checkCovers(text, spans);
  if (bad) throw new Error(bad);
  for (let i = 1; i < regions.length; i++) {
    if (regions[i].paragraph < regions[i - 1].paragraph) {
      throw new Error("paragraph numbers go backwards");
    }
  }
}

Deno.test("`layoutArticle()` property: body and metadata spans tile the non-space text", () => {
  fc.assert(fc.property(anyText, invariants), params(300));
  fc.assert(fc.property(withBoilerplate, invariants), params(300));
});
