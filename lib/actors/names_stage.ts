/**
 * The `names` stage: proper names in an article's sentences that the
 * gazetteer does not know (see findNames). Consumes sentences, tokens and
 * the article's actor mentions; adds the `names` table.
 *
 * @module
 */
import type { ArticleStage } from "../analyze/stages.ts";
import { NAMES } from "../analyze/schemas.ts";
import { sentenceNames } from "./_article_actors.ts";

/** Adds one `names` row per proper name found. */
export const namesStage: ArticleStage = {
  name: "names",
  run(analysis, resources) {
    const table = analysis.tables.table("names", NAMES);
    const { article, sentences } = analysis;
    sentenceNames(analysis, resources).forEach((names, i) => {
      for (const name of names) {
        table.add({
          article_id: article.id,
          sentence_id: sentences[i].id,
          ...name,
        });
      }
    });
  },
};
