/**
 * The `names` stage: proper names in an article's sentences that the
 * gazetteer does not know (see findNames). Reads sentences, tokens and the
 * article's actor mentions; adds the `names` table and hands the names of
 * each sentence on to later stages (`analysis.names`).
 *
 * @module
 */
import type { ArticleStage } from "../types.ts";
import { NAMES } from "../../schemas.ts";
import {
  coveredTokens,
  type FoundName,
  matchNames,
} from "../../../actors/find_names.ts";
import { TableBuilder } from "../../table_builder.ts";
import { articleField } from "../run.ts";

/** Adds one `names` row per proper name found. */
export const namesStage: ArticleStage = {
  name: "names",
  reads: ["sentences", "tokens", "mentions"],
  adds: { names: NAMES },
  run(analysis, resources) {
    const table = new TableBuilder(NAMES);
    const { article, sentences } = analysis;
    const mentions = articleField(analysis, "mentions");
    const input = sentences.map((s, i) => ({
      tokens: s.tokens,
      covered: coveredTokens(s.tokens, mentions[i]),
    }));
    const names: FoundName[][] = sentences.map(() => []);
    for (
      const f of matchNames(
        article.text,
        input,
        resources.names,
        resources.gazetteer,
      )
    ) names[f.sentence].push(f.name);
    names.forEach((list, i) => {
      for (const name of list) {
        table.add({
          article_id: article.id,
          sentence_id: sentences[i].id,
          ...name,
        });
      }
    });
    return { rows: { names: table.columns }, names };
  },
};
