/**
 * The per-article pipeline: layout → sentences → tokens → article stages
 * (the registered ones by default; see stages/mod.ts).
 * Articles are independent of one another, which is what lets them run in
 * workers and be merged in a fixed order.
 *
 * @module
 */
import type { Article } from "../corpus/article.ts";
import { splitSentences } from "../text/sentences.ts";
import { tokenize } from "../text/tokens.ts";
import type { Resources } from "./resources.ts";
import { METADATA, SENTENCES, TOKENS } from "./schemas.ts";
import { TableBuilder } from "./table_builder.ts";
import { ARTICLE_STAGES } from "./stages/mod.ts";
import { runArticleStages } from "./stages/run.ts";
import type {
  ArticleAnalysis,
  ArticleStage,
  Sentence,
} from "./stages/types.ts";

export type { ArticleAnalysis, Sentence } from "./stages/types.ts";

/** Options for {@linkcode analyzeArticle}. */
export interface AnalyzeArticleOptions {
  /**
   * The article stages to run, in any order (the runner orders them from
   * what they read and add). @default ARTICLE_STAGES
   */
  stages?: readonly ArticleStage[];
}

const TERMINAL = /[.!?…:;"“”»«')\]]$/u;

/**
 * Split, tokenise and run the article stages on one article.
 *
 * @throws {Error} when a stage reads what no stage adds.
 */
export function analyzeArticle(
  article: Article,
  resources: Resources,
  options: AnalyzeArticleOptions = {},
): ArticleAnalysis {
  const { text, layout } = article;
  const metadata = new TableBuilder(METADATA);
  for (const m of layout.metadata) {
    metadata.add({ article_id: article.id, ...m });
  }
  // A caption is the unpunctuated tail of the paragraph right before an
  // image credit ("… Die militärische Struktur der NATO" / "Bild. NATO").
  // Regions and metadata are both in text order: one merge pass finds, for
  // each credit, the item just before it (linear, however many credits).
  const captionRegions = new Set<number>();
  const meta = [...layout.metadata].sort((a, b) => a.start - b.start);
  let lastRegion = -1; // index of the region just passed, -1 after metadata
  for (let ri = 0, mi = 0; mi < meta.length;) {
    if (
      ri < layout.regions.length && layout.regions[ri].end <= meta[mi].start
    ) {
      lastRegion = ri++;
      continue;
    }
    if (meta[mi].kind === "image_credit" && lastRegion >= 0) {
      captionRegions.add(lastRegion);
    }
    lastRegion = -1;
    mi++;
  }
  const sentences: Sentence[] = [];
  layout.regions.forEach((region, r) => {
    const spans = splitSentences(text.slice(region.start, region.end));
    spans.forEach((s, k) => {
      const start = region.start + s.start;
      const end = region.start + s.end;
      if (
        captionRegions.has(r) && k === spans.length - 1 &&
        !TERMINAL.test(s.text)
      ) {
        metadata.add({
          article_id: article.id,
          kind: "caption",
          start,
          end,
          text: s.text,
        });
        return;
      }
      sentences.push({
        id: `${article.id}:s${sentences.length}`,
        index: sentences.length,
        paragraph: region.paragraph,
        start,
        end,
        text: s.text,
        tokens: tokenize(text, start, end),
      });
    });
  });
  const sentenceTable = new TableBuilder(SENTENCES);
  const tokenTable = new TableBuilder(TOKENS);
  // The token table is the largest: fill its columns directly rather than
  // through a row object per token (GC was 21% of a profiled run), into
  // arrays of their final length rather than growing ones (growing copied
  // each column about twice over).
  let total = 0;
  for (const s of sentences) total += s.tokens.length;
  // (V8 makes an array created longer than about 100,000 a slow
  // dictionary; a very long article grows its columns instead.)
  const column = <T>(): T[] => total <= 50_000 ? new Array<T>(total) : [];
  const cArticle = column<string>(), cSentence = column<string>();
  const cIndex = column<number>(), cStart = column<number>();
  const cEnd = column<number>(), cWord = column<boolean>();
  const cToken = column<string>(), cLower = column<string>();
  const cNorm = column<string>();
  let row = 0;
  for (const s of sentences) {
    let words = 0;
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++, row++) {
      const t = toks[i];
      if (t.isWord) words++;
      cArticle[row] = article.id;
      cSentence[row] = s.id;
      cIndex[row] = i;
      cToken[row] = t.token;
      cLower[row] = t.lower;
      cNorm[row] = t.norm;
      cStart[row] = t.start;
      cEnd[row] = t.end;
      cWord[row] = t.isWord;
    }
    sentenceTable.add({
      article_id: article.id,
      sentence_id: s.id,
      paragraph: s.paragraph,
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      n_tokens: toks.length,
      n_words: words,
    });
  }
  Object.assign(tokenTable.columns, {
    article_id: cArticle,
    sentence_id: cSentence,
    index: cIndex,
    token: cToken,
    lower: cLower,
    norm: cNorm,
    start: cStart,
    end: cEnd,
    is_word: cWord,
  });
  const analysis: ArticleAnalysis = {
    article,
    sentences,
    tables: {
      metadata: metadata.columns,
      sentences: sentenceTable.columns,
      tokens: tokenTable.columns,
    },
  };
  return runArticleStages(
    analysis,
    options.stages ?? ARTICLE_STAGES,
    resources,
  );
}
