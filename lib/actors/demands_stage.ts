/**
 * The `demands` stage: which actor each sentence casts as the party making a
 * demand (see find_demands.ts for the rules). Consumes sentences, tokens and
 * actor mentions; adds the `demands` table.
 *
 * @module
 */
import type { ArticleStage } from "../analyze/stages.ts";
import { DEMANDS } from "../analyze/schemas.ts";
import { sentenceMentions } from "./_article_actors.ts";
import { matchDemands } from "./find_demands.ts";

/** Adds one `demands` row per demand. */
export const demandsStage: ArticleStage = {
  name: "demands",
  run(analysis, resources) {
    const table = analysis.tables.table("demands", DEMANDS);
    const mentions = sentenceMentions(analysis, resources);
    analysis.sentences.forEach((s, i) => {
      if (mentions[i].length === 0) return;
      for (const d of matchDemands(s.tokens, mentions[i])) {
        table.add({
          article_id: analysis.article.id,
          sentence_id: s.id,
          actor_id: d.actor_id,
          start: d.start,
          end: d.end,
          surface: d.surface,
          cue: d.cue,
          cue_start: d.cue_start,
          cue_end: d.cue_end,
        });
      }
    });
  },
};
