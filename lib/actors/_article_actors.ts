/**
 * The actor mentions and unknown names of an analysed article, per
 * sentence, computed once and shared by the mentions, names and quotes
 * stages.
 *
 * @module
 */
import type { ArticleAnalysis } from "../analyze/analyze_article.ts";
import type { Resources } from "../analyze/resources.ts";
import { type ActorMatch, matchActors } from "./find_actors.ts";
import { coveredTokens, type FoundName, matchNames } from "./find_names.ts";
import { addRoleMentions } from "./refer_back.ts";

const gazetteerCache = new WeakMap<ArticleAnalysis, ActorMatch[][]>();
const mentionCache = new WeakMap<ArticleAnalysis, ActorMatch[][]>();
const nameCache = new WeakMap<ArticleAnalysis, FoundName[][]>();

/** Gazetteer matches of each sentence (no roles). */
function gazetteerMentions(
  analysis: ArticleAnalysis,
  resources: Resources,
): ActorMatch[][] {
  let m = gazetteerCache.get(analysis);
  if (!m) {
    const text = analysis.article.text;
    m = analysis.sentences.map((s) =>
      matchActors(text, s.tokens, resources.gazetteer)
    );
    gazetteerCache.set(analysis, m);
  }
  return m;
}

/**
 * Mentions of each sentence of `analysis` (offsets into the article):
 * gazetteer matches and the roles that refer back to them, resolved over
 * the whole article.
 */
export function sentenceMentions(
  analysis: ArticleAnalysis,
  resources: Resources,
): ActorMatch[][] {
  let m = mentionCache.get(analysis);
  if (!m) {
    const names = sentenceNames(analysis, resources);
    const sentences = gazetteerMentions(analysis, resources).map((
      mentions,
      i,
    ) => ({
      tokens: analysis.sentences[i].tokens,
      mentions: [...mentions],
      names: names[i],
    }));
    // The manifest's conflicts (not the cue-assigned ones: those come later).
    const conflict = analysis.article.conflict.flatMap((c) =>
      resources.conflicts.find((x) => x.id === c)?.actors ?? []
    );
    addRoleMentions(
      analysis.article.text,
      sentences,
      resources.gazetteer,
      conflict,
    );
    m = sentences.map((s) => s.mentions);
    mentionCache.set(analysis, m);
  }
  return m;
}

/** Names (not in the gazetteer) of each sentence of `analysis`. */
export function sentenceNames(
  analysis: ArticleAnalysis,
  resources: Resources,
): FoundName[][] {
  let n = nameCache.get(analysis);
  if (!n) {
    const mentions = gazetteerMentions(analysis, resources);
    const input = analysis.sentences.map((s, i) => ({
      tokens: s.tokens,
      covered: coveredTokens(s.tokens, mentions[i]),
    }));
    const names: FoundName[][] = analysis.sentences.map(() => []);
    for (
      const f of matchNames(
        analysis.article.text,
        input,
        resources.names,
        resources.gazetteer,
      )
    ) names[f.sentence].push(f.name);
    nameCache.set(analysis, n = names);
  }
  return n;
}
