/**
 * The `mentions` stage: every gazetteer actor mentioned in an article's
 * sentences, with article offsets. Reads sentences and tokens; adds the
 * `mentions` table (columns: README, Actors) and hands the matches of each
 * sentence on to later stages (`analysis.mentions`).
 *
 * @module
 */
import type { ArticleStage } from "../types.ts";
import { MENTIONS } from "../../schemas.ts";
import { matchActors } from "../../../actors/find_actors.ts";
import { TableBuilder } from "../../table_builder.ts";

/** Adds one `mentions` row per actor mention. */
export const mentionsStage: ArticleStage = {
  name: "mentions",
  reads: ["sentences", "tokens"],
  adds: { mentions: MENTIONS },
  run(analysis, resources) {
    const table = new TableBuilder(MENTIONS);
    const { article, sentences } = analysis;
    const mentions = sentences.map((s) =>
      matchActors(article.text, s.tokens, resources.gazetteer)
    );
    let k = 0;
    sentences.forEach((s, i) => {
      for (const m of mentions[i]) {
        table.add({
          mention_id: `${article.id}:m${k++}`,
          article_id: article.id,
          sentence_id: s.id,
          actor_id: m.actor_id,
          start: m.start,
          end: m.end,
          surface: m.surface,
          kind: m.kind,
          actor_type: m.actor.type,
          affiliation: m.actor.affiliation,
        });
      }
    });
    return { rows: { mentions: table.columns }, mentions };
  },
};
