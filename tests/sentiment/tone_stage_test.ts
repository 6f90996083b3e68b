import assert from "node:assert/strict";
import { analyzeArticle } from "../../lib/analyze/analyze_article.ts";
import { loadResources } from "../../lib/analyze/resources.ts";
import { makeArticle, metaFromInput } from "../../lib/corpus/article.ts";
import { toneStage } from "../../lib/sentiment/tone_stage.ts";

const resources = loadResources();

function analysisWithMentions(text: string, actors: [string, string][]) {
  const article = makeArticle(metaFromInput({ id: "t1", text }), text);
  const analysis = analyzeArticle(article, resources);
  // Start from the mentions given here, not those the actors stage found.
  analysis.tables.tables.delete("mentions");
  analysis.tables.tables.delete("tone");
  const mentions = analysis.tables.table("mentions", [
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
  actors.forEach(([surface, actor], i) => {
    const start = text.indexOf(surface);
    const s = analysis.sentences.find((x) =>
      x.start <= start && start < x.end
    )!;
    mentions.add({
      mention_id: `t1:m${i}`,
      article_id: "t1",
      sentence_id: s.id,
      actor_id: actor,
      start,
      end: start + surface.length,
      surface,
      kind: "name",
      actor_type: "state",
      affiliation: "",
    });
  });
  return analysis;
}

Deno.test("the tone stage writes one row per mention with score, label, role and evidence", () => {
  const text = "Die Armee beschoss das Dorf. Die UN lobten die Helfer.";
  const analysis = analysisWithMentions(text, [["Armee", "army"], [
    "Dorf",
    "village",
  ], ["UN", "un"]]);
  const before = analysis.tables.tables.get("tone")?.length ?? 0;
  toneStage.run(analysis, resources);
  const tone = analysis.tables.tables.get("tone")!.columns;
  assert.equal(tone.mention_id.length - before, 3);
  assert.deepEqual(tone.actor_id, ["army", "village", "un"]);
  // The attacker is negative, the praised UN positive; the attacked village
  // comes out above the attacker (GerNTSA's coders often mark victims
  // negative too, so its label is not pinned here).
  assert.equal(tone.label[0], "negative");
  assert.equal(tone.label[2], "positive");
  assert.ok(Number(tone.score[1]) > Number(tone.score[0]));
  assert.deepEqual(tone.role, ["agent", "target", "none"]);
  assert.equal(tone.sentence_id[2], "t1:s1");
  const at = text.indexOf("beschoss");
  assert.match(
    String(tone.evidence[0]),
    new RegExp(`^beschoss@${at}-${at + 8}:-\\d+(?:\\.\\d+)?$`),
  );
});

Deno.test("the tone stage writes an empty tone table when there are no mentions", () => {
  const text = "Die Armee beschoss das Dorf.";
  const article = makeArticle(metaFromInput({ id: "t2", text }), text);
  const analysis = analyzeArticle(article, resources);
  const tone = analysis.tables.tables.get("tone");
  assert.ok(tone);
  assert.equal(tone.length, 0);
});

Deno.test("the tone stage scores a mention outside every sentence on its line", () => {
  const text = "Die Armee beschoss das Dorf.";
  const analysis = analysisWithMentions(text, [["Armee", "army"]]);
  const mentions = analysis.tables.tables.get("mentions")!;
  mentions.columns.sentence_id[0] = "t1:caption";
  toneStage.run(analysis, resources);
  const tone = analysis.tables.tables.get("tone")!.columns;
  assert.equal(tone.label.at(-1), "negative");
  assert.equal(tone.sentence_id.at(-1), "t1:caption");
});
