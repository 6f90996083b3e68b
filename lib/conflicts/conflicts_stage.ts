/**
 * The `conflicts` stage: tables `sentence_conflicts` and
 * `article_conflicts` (rules: README, Conflicts). Actor mentions count as
 * evidence when an actors stage ran before this one and left a `mentions`
 * table with `sentence_id`, `actor_id`, `start` and `end`.
 *
 * @module
 */
import type { ArticleStage } from "../analyze/stages.ts";
import { ARTICLE_CONFLICTS, SENTENCE_CONFLICTS } from "../analyze/schemas.ts";
import {
  assignArticleConflicts,
  type SentenceTokens,
} from "./assign_conflicts.ts";

/** Adds rows to `sentence_conflicts` and `article_conflicts`. */
export const conflictsStage: ArticleStage = {
  name: "conflicts",
  run(analysis, resources) {
    const { article, sentences } = analysis;
    const sentenceTable = analysis.tables.table(
      "sentence_conflicts",
      SENTENCE_CONFLICTS,
    );
    const articleTable = analysis.tables.table(
      "article_conflicts",
      ARTICLE_CONFLICTS,
    );
    const input: SentenceTokens[] = sentences.map((s) => ({
      tokens: s.tokens,
    }));
    const mentions = analysis.tables.tables.get("mentions")?.columns;
    if (
      mentions?.actor_id && mentions.sentence_id && mentions.start &&
      mentions.end
    ) {
      const bySentence = new Map(sentences.map((s, i) => [s.id, i]));
      for (let k = 0; k < mentions.actor_id.length; k++) {
        const i = bySentence.get(String(mentions.sentence_id[k]));
        if (i === undefined) continue;
        (input[i].actors ??= []).push({
          actor_id: String(mentions.actor_id[k]),
          start: Number(mentions.start[k]),
          end: Number(mentions.end[k]),
        });
      }
    }
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
  },
};
