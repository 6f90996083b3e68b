/**
 * The `conflicts` stage: tables `sentence_conflicts` and
 * `article_conflicts` (rules: README, Conflicts). Reads sentences, tokens
 * and the actor mentions, which count as evidence.
 *
 * @module
 */
import type { ArticleStage } from "../types.ts";
import { ARTICLE_CONFLICTS, SENTENCE_CONFLICTS } from "../../schemas.ts";
import {
  assignArticleConflicts,
  type SentenceTokens,
} from "../../../conflicts/assign_conflicts.ts";
import { TableBuilder } from "../../table_builder.ts";
import { articleField } from "../run.ts";

/** Adds rows to `sentence_conflicts` and `article_conflicts`. */
export const conflictsStage: ArticleStage = {
  name: "conflicts",
  reads: ["sentences", "tokens", "mentions"],
  adds: {
    sentence_conflicts: SENTENCE_CONFLICTS,
    article_conflicts: ARTICLE_CONFLICTS,
  },
  run(analysis, resources) {
    const { article, sentences } = analysis;
    const sentenceTable = new TableBuilder(SENTENCE_CONFLICTS);
    const articleTable = new TableBuilder(ARTICLE_CONFLICTS);
    const mentions = articleField(analysis, "mentions");
    const input: SentenceTokens[] = sentences.map((s, i) =>
      mentions[i].length === 0 ? { tokens: s.tokens } : {
        tokens: s.tokens,
        actors: mentions[i].map((m) => ({
          actor_id: m.actor_id,
          start: m.start,
          end: m.end,
        })),
      }
    );
    const result = assignArticleConflicts(
      article.text,
      input,
      resources.conflictIndex,
      { conflict: article.conflict, date: article.date },
    );
    for (const a of result.article) {
      articleTable.add({ article_id: article.id, ...a });
    }
    for (const r of result.sentences) {
      sentenceTable.add({
        article_id: article.id,
        sentence_id: sentences[r.sentence].id,
        conflict_id: r.conflict_id,
        score: r.score,
        evidence: r.evidence,
        source: r.source,
      });
    }
    return {
      rows: {
        sentence_conflicts: sentenceTable.columns,
        article_conflicts: articleTable.columns,
      },
    };
  },
};
