/**
 * The `quotes` stage: direct quotes and reported speech with their
 * speakers. Consumes sentences, tokens, actor mentions and names; adds the
 * `quotes` table (columns: README, Actors).
 *
 * @module
 */
import type { ArticleStage } from "../types.ts";
import { QUOTES } from "../../schemas.ts";
import { matchQuotes } from "../../../actors/find_quotes.ts";
import { TableBuilder } from "../../table_builder.ts";
import { articleField } from "../run.ts";

/** Adds one `quotes` row per quote. */
export const quotesStage: ArticleStage = {
  name: "quotes",
  reads: ["sentences", "tokens", "mentions", "names"],
  adds: { quotes: QUOTES },
  run(analysis, resources) {
    const table = new TableBuilder(QUOTES);
    const { article, sentences } = analysis;
    const mentions = articleField(analysis, "mentions");
    const names = articleField(analysis, "names");
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
    return { rows: { quotes: table.columns } };
  },
};
