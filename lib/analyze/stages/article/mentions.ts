/**
 * The `mentions` stage: every gazetteer actor mentioned in an article's
 * sentences, with article offsets and readings, and the roles that refer
 * back to them (resolved over the whole article; persons from the `names`
 * stage count as antecedents). Reads sentences, tokens and names; adds the
 * `mentions` table (columns: README, Actors) and hands the mentions of each
 * sentence on to later stages (`analysis.mentions`).
 *
 * @module
 */
import type { ArticleStage } from "../types.ts";
import { MENTIONS } from "../../schemas.ts";
import { takeActorMatches } from "./_actor_matches.ts";
import { addRoleMentions } from "../../../actors/refer_back.ts";
import { TableBuilder } from "../../table_builder.ts";
import { articleField } from "../run.ts";

/** Adds one `mentions` row per actor mention. */
export const mentionsStage: ArticleStage = {
  name: "mentions",
  reads: ["sentences", "tokens", "names"],
  adds: { mentions: MENTIONS },
  run(analysis, resources) {
    const table = new TableBuilder(MENTIONS);
    const { article, sentences } = analysis;
    const names = articleField(analysis, "names");
    const withRoles = sentences.map((s, i) => ({
      tokens: s.tokens,
      mentions: takeActorMatches(article.text, s.tokens, resources.gazetteer),
      names: names[i],
    }));
    // The manifest's conflicts are the last fallback of roles.
    const conflict = article.conflict.flatMap((c) =>
      resources.conflicts.find((x) => x.id === c)?.actors ?? []
    );
    addRoleMentions(article.text, withRoles, resources.gazetteer, conflict);
    const mentions = withRoles.map((s) => s.mentions);
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
    return { rows: { mentions: table.columns }, mentions };
  },
};
