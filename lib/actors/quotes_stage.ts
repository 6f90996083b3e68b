/**
 * The `quotes` stage: direct quotes and reported speech with their
 * speakers. Consumes sentences, tokens, actor mentions and names; adds the
 * `quotes` table (columns: README, Actors).
 *
 * @module
 */
import type { ArticleStage } from "../analyze/stages.ts";
import { QUOTES } from "../analyze/schemas.ts";
import { sentenceMentions, sentenceNames } from "./_article_actors.ts";
import { matchQuotes } from "./find_quotes.ts";

/** Adds one `quotes` row per quote. */
export const quotesStage: ArticleStage = {
  name: "quotes",
  run(analysis, resources) {
    const table = analysis.tables.table("quotes", QUOTES);
    const { article, sentences } = analysis;
    const mentions = sentenceMentions(analysis, resources);
    const names = sentenceNames(analysis, resources);
    const quotes = matchQuotes(
      article.text,
      sentences.map((s, i) => ({
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        tokens: s.tokens,
        mentions: mentions[i],
        names: names[i],
      })),
      resources.speechCues,
      resources.gazetteer.roles,
    );
    quotes.forEach((q, k) => {
      table.add({
        quote_id: `${article.id}:q${k}`,
        article_id: article.id,
        sentence_id: sentences[q.sentence].id,
        speaker: q.speaker,
        speaker_surface: q.speaker_surface,
        kind: q.kind,
        start: q.start,
        end: q.end,
        cue: q.cue,
        text: q.text,
        speaker_kind: q.speaker_kind,
      });
    });
  },
};
