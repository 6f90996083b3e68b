import assert from "node:assert/strict";
import * as aq from "arquero";
import { analyzeArticle } from "../../lib/analyze/analyze_article.ts";
import { finishCorpus } from "../../lib/analyze/analyze_corpus.ts";
import { loadResources } from "../../lib/analyze/resources.ts";
import { ARTICLE_STAGES, CORPUS_STAGES } from "../../lib/analyze/stages/mod.ts";
import { orderStages } from "../../lib/analyze/stages/run.ts";
import type {
  ArticleStage,
  CorpusStage,
} from "../../lib/analyze/stages/types.ts";
import {
  DIAGRAM_BEGIN,
  DIAGRAM_END,
  pipelineDiagram,
  withDiagram,
} from "../../lib/analyze/stages/diagram.ts";
import { makeArticle, metaFromInput } from "../../lib/corpus/article.ts";

const resources = loadResources();
const text = "Die NATO verstärkt ihre Mission. Bagdad protestiert.";
const article = makeArticle(metaFromInput({ id: "a", text }), text);
const stage = (name: string, reads: string[], adds: string[]) => ({
  name,
  reads,
  adds: Object.fromEntries(adds.map((t) => [t, ["x"]])),
});

Deno.test("every registered stage declares what it reads and adds", () => {
  for (const s of [...ARTICLE_STAGES, ...CORPUS_STAGES]) {
    assert.ok(Array.isArray(s.reads), `${s.name} reads`);
    assert.ok(Object.keys(s.adds).length > 0, `${s.name} adds nothing`);
  }
});

Deno.test("orderStages runs a stage after the stages it reads from", () => {
  const order = orderStages(
    [
      stage("tone", ["mentions"], ["tone"]),
      stage("agg", ["tone"], ["agg"]),
      stage("mentions", ["sentences"], ["mentions"]),
    ],
    ["sentences"],
  ).map((s) => s.name);
  assert.deepEqual(order, ["mentions", "tone", "agg"]);
});

Deno.test("orderStages rejects a missing input, a cycle and a table added twice", () => {
  assert.throws(
    () => orderStages([stage("tone", ["mentions"], ["tone"])], ["sentences"]),
    /stage "tone": it reads "mentions" \(no stage adds it\)/,
  );
  assert.throws(
    () =>
      orderStages(
        [stage("a", ["b"], ["a"]), stage("b", ["a"], ["b"])],
        [],
      ),
    /a cycle/,
  );
  assert.throws(
    () =>
      orderStages(
        [stage("a", [], ["t"]), stage("b", [], ["t"])],
        [],
      ),
    /table "t" is already added by stage "a"/,
  );
});

Deno.test("analyzeArticle runs the stages it is given, and only those", () => {
  const frames = ARTICLE_STAGES.find((s) => s.name === "frames")!;
  const a = analyzeArticle(article, resources, { stages: [frames] });
  assert.deepEqual(Object.keys(a.tables).sort(), [
    "frame_profile",
    "frames",
    "metadata",
    "sentences",
    "tokens",
  ]);
  assert.equal(a.mentions, undefined);
});

Deno.test("analyzeArticle rejects a stage whose input no stage adds", () => {
  const mentions = ARTICLE_STAGES.find((s) => s.name === "mentions")!;
  assert.throws(
    () => analyzeArticle(article, resources, { stages: [mentions] }),
    /Cannot run stage "mentions": it reads "names" \(no stage adds it\)/,
  );
});

Deno.test("analyzeArticle hands typed mentions and names to later stages", () => {
  const a = analyzeArticle(article, resources);
  assert.equal(a.mentions?.length, a.sentences.length);
  assert.equal(a.mentions![0][0].actor_id, "nato");
  assert.equal(a.tables.mentions.actor_id[0], "nato");
  assert.equal(a.names?.length, a.sentences.length);
});

Deno.test("a stage returning an undeclared table or columns is an error", () => {
  const rogue: ArticleStage = {
    name: "rogue",
    reads: ["sentences"],
    adds: { rogue: ["a", "b"] },
    run: () => ({ rows: { rogue: { a: [1] } } }),
  };
  assert.throws(
    () => analyzeArticle(article, resources, { stages: [rogue] }),
    /Stage "rogue" returned table "rogue" with columns that differ from its declaration: missing b/,
  );
  const sneaky: ArticleStage = {
    name: "sneaky",
    reads: [],
    adds: {},
    run: () => ({ rows: { other: {} } }),
  };
  assert.throws(
    () => analyzeArticle(article, resources, { stages: [sneaky] }),
    /returned table "other", which it does not declare/,
  );
});

Deno.test("finishCorpus rejects a corpus stage whose table is missing, and leaves its input alone", () => {
  const tables = { articles: aq.table({ article_id: ["a"] }) };
  const candidates = CORPUS_STAGES.find((s) => s.name === "candidates")!;
  assert.throws(
    () => finishCorpus(tables, [], resources, [candidates]),
    /Cannot run stage "candidates": it reads "names" \(no stage adds it\)/,
  );
  const actors: CorpusStage = CORPUS_STAGES.find((s) => s.name === "actors")!;
  const out = finishCorpus(tables, [], resources, [actors]);
  assert.deepEqual(Object.keys(out), ["articles", "problems", "actors"]);
  assert.deepEqual(Object.keys(tables), ["articles"]);
});

Deno.test("the README's pipeline diagram is drawn from the current stage declarations (run `deno task diagram`)", () => {
  const readme = Deno.readTextFileSync(
    new URL("../../README.md", import.meta.url),
  );
  const diagram = pipelineDiagram();
  for (const s of [...ARTICLE_STAGES, ...CORPUS_STAGES]) {
    assert.match(diagram, new RegExp(`\\b${s.name}\\b`));
  }
  assert.ok(readme.includes(DIAGRAM_BEGIN) && readme.includes(DIAGRAM_END));
  assert.equal(
    withDiagram(readme, diagram),
    readme,
    "README.md's diagram is out of date: run `deno task diagram`",
  );
});
