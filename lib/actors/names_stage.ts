/**
 * The `names` stage: proper names in an article's sentences that the
 * gazetteer does not know (see findNames). Consumes sentences, tokens and
 * the article's actor mentions; adds the `names` table.
 *
 * @module
 */
import type { ArticleStage } from "../analyze/stages.ts";
import { NAMES } from "../analyze/schemas.ts";
import { sentenceMentions } from "./_article_actors.ts";
import { matchNames } from "./find_names.ts";

/** Adds one `names` row per proper name found. */
export const namesStage: ArticleStage = {
  name: "names",
  run(analysis, resources) {
    const table = analysis.tables.table("names", NAMES);
    const { article, sentences } = analysis;
    const mentions = sentenceMentions(analysis, resources);
    const input = sentences.map((s, i) => {
      const covered = new Array<boolean>(s.tokens.length).fill(false);
      for (const m of mentions[i]) {
        for (let k = m.firstToken; k <= m.lastToken; k++) covered[k] = true;
      }
      return { tokens: s.tokens, covered };
    });
    const found = matchNames(
      article.text,
      input,
      resources.names,
      resources.gazetteer.roles,
    );
    for (const { sentence, name } of found) {
      table.add({
        article_id: article.id,
        sentence_id: sentences[sentence].id,
        ...name,
      });
    }
  },
};
