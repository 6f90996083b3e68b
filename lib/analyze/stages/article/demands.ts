/**
 * The `demands` stage: which actor each sentence casts as the party making a
 * demand (see find_demands.ts for the rules). Consumes sentences, tokens and
 * actor mentions; adds the `demands` table.
 *
 * @module
 */
import type { ArticleStage } from "../types.ts";
import { DEMANDS } from "../../schemas.ts";
import { matchDemands } from "../../../actors/find_demands.ts";
import { TableBuilder } from "../../table_builder.ts";
import { articleField } from "../run.ts";

/** Adds one `demands` row per demand. */
export const demandsStage: ArticleStage = {
  name: "demands",
  reads: ["sentences", "tokens", "mentions"],
  adds: { demands: DEMANDS },
  run(analysis) {
    const table = new TableBuilder(DEMANDS);
    const mentions = articleField(analysis, "mentions");
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
    return { rows: { demands: table.columns } };
  },
};
