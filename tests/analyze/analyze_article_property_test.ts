import fc from "fast-check";
import { analyzeArticle } from "../../lib/analyze/analyze_article.ts";
import { loadResources } from "../../lib/analyze/resources.ts";
import { makeArticle, metaFromInput } from "../../lib/corpus/article.ts";
import {
  anyText,
  checkCovers,
  checkSpans,
  germanArticle,
  params,
} from "../_arbitraries.ts";

const resources = loadResources();

function invariants(text: string) {
  const article = makeArticle(metaFromInput({ id: "p", text }), text);
  const { sentences, tables } = analyzeArticle(article, resources);
  const bad = checkSpans(text, sentences, { nonEmpty: true });
  if (bad) throw new Error(bad);
  // Sentences and metadata (datelines, captions, …) together cover the text.
  const meta = tables.metadata;
  const spans = [
    ...sentences,
    ...meta.start.map((s, i) => ({
      start: s as number,
      end: meta.end[i] as number,
    })),
  ].sort((a, b) => a.start - b.start);
  const gap = checkCovers(text, spans);
  if (gap) throw new Error(gap);
  sentences.forEach((s, i) => {
    if (s.index !== i || s.id !== `p:s${i}`) throw new Error("bad sentence id");
    const tb = checkSpans(
      text,
      s.tokens.map((t) => ({ start: t.start, end: t.end, text: t.token })),
      { nonEmpty: true, from: s.start, to: s.end },
    );
    if (tb) throw new Error(`sentence ${i}: ${tb}`);
  });
}

Deno.test(`\`analyzeArticle()\` property: sentences and tokens keep offsets into the article`, () => {
  fc.assert(fc.property(anyText, invariants), params(200));
  fc.assert(fc.property(germanArticle, invariants), params(100));
});
