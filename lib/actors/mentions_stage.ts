/**
 * The `mentions` stage: every gazetteer actor mentioned in an article's
 * sentences, with article offsets. Consumes sentences and tokens; adds the
 * `mentions` table (columns: README, Actors).
 *
 * @module
 */
import type { ArticleStage } from "../analyze/stages.ts";
import { MENTIONS } from "../analyze/schemas.ts";
import { sentenceMentions } from "./_article_actors.ts";

/** Adds one `mentions` row per actor mention. */
export const mentionsStage: ArticleStage = {
  name: "mentions",
  run(analysis, resources) {
    const table = analysis.tables.table("mentions", MENTIONS);
    const { article, sentences } = analysis;
    const mentions = sentenceMentions(analysis, resources);
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
          reading: m.reading,
          resolution: m.resolution ?? "",
          antecedent: m.antecedent ?? "",
        });
      }
    });
  },
};
