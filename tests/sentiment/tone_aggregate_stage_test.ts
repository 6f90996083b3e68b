import assert from "node:assert/strict";
import * as aq from "arquero";
import { aggregateTone } from "../../lib/analyze/stages/corpus/tone_aggregate.ts";
import { fileURLToPath } from "node:url";
import { analyzeCorpus } from "../../lib/mod.ts";

const tone = aq.table({
  mention_id: ["a:m0", "a:m1", "a:m2", "b:m0", "b:m1", "c:m0"],
  article_id: ["a", "a", "a", "b", "b", "c"],
  sentence_id: ["a:s0", "a:s1", "a:s2", "b:s0", "b:s0", "c:s0"],
  actor_id: ["usa", "usa", "iraq", "usa", "iraq", "usa"],
  score: [-0.6, -0.2, 0.4, -0.4, 0, 0.5],
  label: ["negative", "neutral", "positive", "negative", "neutral", "positive"],
  role: ["agent", "none", "none", "agent", "none", "none"],
  evidence: ["", "", "", "", "", ""],
});
const articles = aq.table({
  article_id: ["a", "b", "c"],
  conflict: ["iraq_2020", "iraq_2020;syria", ""],
});

Deno.test("`aggregateTone()` summarises tone per article and actor", () => {
  const { tone_by_article: t } = aggregateTone(tone, articles);
  const rows = t.objects() as Record<string, unknown>[];
  const aUsa = rows.find((r) => r.article_id === "a" && r.actor_id === "usa")!;
  assert.equal(aUsa.n, 2);
  assert.equal(aUsa.mean_score, -0.4);
  assert.equal(aUsa.share_negative, 0.5);
  assert.ok(
    (aUsa.ci_low as number) <= -0.4 && -0.4 <= (aUsa.ci_high as number),
  );
  const cUsa = rows.find((r) => r.article_id === "c")!;
  assert.equal(cUsa.ci_low, 0.5);
  assert.equal(cUsa.ci_high, 0.5);
});

Deno.test("`aggregateTone()` groups by every conflict of the article and keeps unassigned ones", () => {
  const { tone_by_conflict: t } = aggregateTone(tone, articles);
  const rows = t.objects() as Record<string, unknown>[];
  const usa = rows.find((r) =>
    r.conflict_id === "iraq_2020" && r.actor_id === "usa"
  )!;
  assert.equal(usa.n, 3);
  assert.equal(usa.n_articles, 2);
  assert.ok(
    rows.some((r) => r.conflict_id === "syria" && r.actor_id === "iraq"),
  );
  assert.ok(
    rows.some((r) => r.conflict_id === "unassigned" && r.actor_id === "usa"),
  );
});

Deno.test("`aggregateTone()` takes conflicts from article_conflicts when the conflicts stage ran", () => {
  const assigned = aq.table({
    article_id: ["a", "b", "c"],
    conflict_id: ["iraq_2020", "iraq_2020", "syria"],
    source: ["manifest", "manifest", "cues"],
  });
  const { tone_by_conflict: t } = aggregateTone(tone, articles, assigned);
  const rows = t.objects() as Record<string, unknown>[];
  assert.ok(
    rows.some((r) => r.conflict_id === "syria" && r.actor_id === "usa"),
  );
  assert.ok(!rows.some((r) => r.conflict_id === "unassigned"));
});

Deno.test("`aggregateTone()` gives the same intervals on every run", () => {
  const one = aggregateTone(tone, articles).tone_by_conflict.objects();
  const two = aggregateTone(tone, articles).tone_by_conflict.objects();
  assert.deepEqual(one, two);
});

Deno.test("`aggregateTone()` without a tone table gives empty tables with their columns", () => {
  const { tone_by_article, tone_by_conflict } = aggregateTone(
    undefined,
    articles,
  );
  assert.equal(tone_by_article.numRows(), 0);
  assert.ok(tone_by_conflict.columnNames().includes("ci_low"));
});

Deno.test("the analysis writes tone rows for mentions and aggregates them per article and conflict", async () => {
  const corpus = fileURLToPath(new URL("../../corpus/", import.meta.url));
  const t = await analyzeCorpus(corpus);
  // One tone row per mention read as an actor (not places, not unresolved
  // roles).
  const actorMentions = t.mentions.filter((
    d: { reading: string; actor_id: string },
  ) => d.reading === "actor" && d.actor_id !== "");
  assert.equal(t.tone.numRows(), actorMentions.numRows());
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
  assert.match(evidence, /Erpressung@\d+-\d+:-\d+\.\d+/);
});
