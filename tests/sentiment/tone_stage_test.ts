import assert from "node:assert/strict";
import { analyzeArticle } from "../../lib/analyze/analyze_article.ts";
import { loadResources } from "../../lib/analyze/resources.ts";
import { MENTIONS } from "../../lib/analyze/schemas.ts";
import { TableBuilder } from "../../lib/analyze/table_builder.ts";
import { makeArticle, metaFromInput } from "../../lib/corpus/article.ts";
import { toneStage } from "../../lib/analyze/stages/article/tone.ts";

const resources = loadResources();

/** An analysis whose `mentions` are the ones given, not those the gazetteer finds. */
function analysisWithMentions(text: string, actors: [string, string][]) {
  const article = makeArticle(metaFromInput({ id: "t1", text }), text);
  const analysis = analyzeArticle(article, resources, { stages: [] });
  const mentions = new TableBuilder(MENTIONS);
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
      reading: "actor",
      resolution: "",
      antecedent: "",
    });
  });
  return {
    ...analysis,
    tables: { ...analysis.tables, mentions: mentions.columns },
  };
}

Deno.test("the tone stage returns one row per mention with score, label, role and evidence", () => {
  const text = "Die Armee beschoss das Dorf. Die UN lobten die Helfer.";
  const analysis = analysisWithMentions(text, [["Armee", "army"], [
    "Dorf",
    "village",
  ], ["UN", "un"]]);
  const tone = toneStage.run(analysis, resources).rows.tone;
  assert.equal(tone.mention_id.length, 3);
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

Deno.test("the tone table is empty, with its columns, when there are no mentions", () => {
  const text = "Am Dienstag regnete es stark.";
  const article = makeArticle(metaFromInput({ id: "t2", text }), text);
  const analysis = analyzeArticle(article, resources);
  assert.equal(analysis.tables.mentions.mention_id.length, 0);
  const tone = analysis.tables.tone;
  assert.ok(tone);
  assert.equal(tone.mention_id.length, 0);
  assert.ok("evidence" in tone);
});

Deno.test("the tone stage cannot run without the mentions stage", () => {
  const text = "Die Armee beschoss das Dorf.";
  const article = makeArticle(metaFromInput({ id: "t3", text }), text);
  assert.throws(
    () => analyzeArticle(article, resources, { stages: [toneStage] }),
    /stage "tone": it reads "mentions" \(no stage adds it\)/,
  );
});

Deno.test("the tone stage scores a mention outside every sentence on its line", () => {
  const text = "Die Armee beschoss das Dorf.";
  const analysis = analysisWithMentions(text, [["Armee", "army"]]);
  analysis.tables.mentions.sentence_id[0] = "t1:caption";
  const tone = toneStage.run(analysis, resources).rows.tone;
  assert.equal(tone.label.at(-1), "negative");
  assert.equal(tone.sentence_id.at(-1), "t1:caption");
});

Deno.test("the tone stage leaves out places and unresolved roles", () => {
  const text = "Die Armee beschoss das Dorf in Syrien.";
  const analysis = analysisWithMentions(text, [["Armee", ""], [
    "Syrien",
    "syria",
  ]]);
  analysis.tables.mentions.reading[1] = "place";
  const tone = toneStage.run(analysis, resources).rows.tone;
  assert.equal(tone.mention_id.length, 0);
});
