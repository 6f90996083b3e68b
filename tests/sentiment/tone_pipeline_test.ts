import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { analyzeCorpus } from "../../lib/mod.ts";
import { ARTICLE_STAGES, type ArticleStage } from "../../lib/analyze/stages.ts";

// Stand-in for the actors stage: every "USA"/"US-…"/"Washington"/"Trump"
// is a mention of actor "usa".
const US = /\b(?:USA|US-\p{L}+|Washington|Trump)\b/gu;
const fakeMentions: ArticleStage = {
  name: "fake_mentions",
  run(analysis) {
    const t = analysis.tables.table("mentions", [
      "mention_id",
      "article_id",
      "sentence_id",
      "actor_id",
      "start",
      "end",
      "surface",
      "kind",
      "actor_type",
      "affiliation",
    ]);
    for (const s of analysis.sentences) {
      for (const m of s.text.matchAll(US)) {
        const start = s.start + m.index!;
        t.add({
          mention_id: `${analysis.article.id}:m${t.length}`,
          article_id: analysis.article.id,
          sentence_id: s.id,
          actor_id: "usa",
          start,
          end: start + m[0].length,
          surface: m[0],
          kind: "name",
          actor_type: "state",
          affiliation: "",
        });
      }
    }
  },
};

Deno.test("the analysis writes tone rows for mentions and aggregates them per article and conflict", async () => {
  // With a real mentions stage registered, use it (actor id "usa").
  const real = ARTICLE_STAGES.some((s) => s.name === "mentions");
  if (!real) ARTICLE_STAGES.unshift(fakeMentions);
  try {
    const corpus = fileURLToPath(new URL("../../corpus/", import.meta.url));
    const t = await analyzeCorpus(corpus);
    assert.equal(t.tone.numRows(), t.mentions.numRows());
    assert.ok(t.tone.numRows() > 10);
    const rows = t.tone_by_conflict.objects() as Record<string, unknown>[];
    const us2020 = rows.find((r) =>
      r.conflict_id === "us_iraq_crisis_2020" && r.actor_id === "usa"
    )!;
    assert.ok((us2020.mean_score as number) < 0, `mean ${us2020.mean_score}`);
    assert.ok((us2020.ci_low as number) <= (us2020.mean_score as number));
    assert.ok(t.tone_by_article.numRows() >= 2);
    const evidence = (t.tone.array("evidence") as unknown as string[]).join(
      " ",
    );
    assert.match(evidence, /Erpressung@\d+-\d+:-0\.\d+/);
  } finally {
    if (!real) ARTICLE_STAGES.splice(ARTICLE_STAGES.indexOf(fakeMentions), 1);
  }
});
