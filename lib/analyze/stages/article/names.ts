/**
 * The `names` stage: proper names in an article's sentences that the
 * gazetteer does not know (see findNames). Reads sentences and tokens (it
 * matches the gazetteer itself, to leave its names out); adds the `names`
 * table and hands the names of each sentence on to later stages
 * (`analysis.names`), among them the mentions stage, whose roles refer back
 * to persons named here.
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
import { shareActorMatches } from "./_actor_matches.ts";
import { TableBuilder } from "../../table_builder.ts";

/** Adds one `names` row per proper name found. */
export const namesStage: ArticleStage = {
  name: "names",
  reads: ["sentences", "tokens"],
  adds: { names: NAMES },
  run(analysis, resources) {
    const table = new TableBuilder(NAMES);
    const { article, sentences } = analysis;
    const input = sentences.map((s) => ({
      tokens: s.tokens,
      covered: coveredTokens(
        s.tokens,
        shareActorMatches(article.text, s.tokens, resources.gazetteer),
      ),
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
