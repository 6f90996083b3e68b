/**
 * The actor mentions of an analysed article, per sentence, computed once
 * and shared by the mentions, names and quotes stages.
 *
 * @module
 */
import type { ArticleAnalysis } from "../analyze/analyze_article.ts";
import type { Resources } from "../analyze/resources.ts";
import { type ActorMatch, matchActors } from "./find_actors.ts";

const cache = new WeakMap<ArticleAnalysis, ActorMatch[][]>();

/** Mentions of each sentence of `analysis` (offsets into the article). */
export function sentenceMentions(
  analysis: ArticleAnalysis,
  resources: Resources,
): ActorMatch[][] {
  let m = cache.get(analysis);
  if (!m) {
    const text = analysis.article.text;
    m = analysis.sentences.map((s) =>
      matchActors(text, s.tokens, resources.gazetteer)
    );
    cache.set(analysis, m);
  }
  return m;
}
