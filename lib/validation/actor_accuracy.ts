/**
 * Accuracy of actor mentions and person names on the real development sets
 * in `../shared/dev/` (not in this repository): the same definitions as the
 * project's scorer, with bootstrap intervals over articles (mentions) and
 * sentences (names). `scripts/evaluate_actors.ts` writes the records to
 * `lib/data/accuracy/`.
 *
 * - Mentions: 15 derStandard articles (10kGNAD test split, CC BY-NC-SA;
 *   read there, never copied). A gold mention is found when a predicted
 *   mention or name overlaps it; a prediction is right when it overlaps a
 *   gold mention. Place readings and names of kind `place` are not actor
 *   predictions; news agencies are left out on both sides.
 * - Names: GermEval 2014 dev news sentences (CC BY 4.0). Person recall: a
 *   gold person overlapped by a name or a mention; unknown-name precision:
 *   a `findNames` name that overlaps any gold entity.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { findActors, type FindActorsOptions } from "../actors/find_actors.ts";
import { findNames } from "../actors/find_names.ts";
import { bootstrapCounts, type CountUnit } from "../stats/bootstrap.ts";
import type { AccuracyRecord, RecordMetric } from "./accuracy_record.ts";
export { formatRecord } from "./accuracy_record.ts";

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

const RULE_METHOD =
  "rule-based; rules developed with this dev set in view — expect lower on unseen text; 95% percentile bootstrap intervals, 1,000 resamples, seed 1";

function metric(
  name: string,
  units: CountUnit[],
  stat: (c: CountUnit) => number,
): RecordMetric {
  const r = bootstrapCounts(units, stat, { seed: 1 });
  return {
    name,
    value: round3(r.value),
    ci_low: round3(r.low),
    ci_high: round3(r.high),
  };
}

const recallOf = (c: CountUnit) => c.found / (c.gold || 1);
const precisionOf = (c: CountUnit) => c.ok / (c.pred || 1);
const f1Of = (c: CountUnit) => f1(precisionOf(c), recallOf(c));

interface GoldMention extends Span {
  article_id: string;
  actor: string;
  kind: string;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8").trim().split("\n").map((l) =>
    JSON.parse(l) as T
  );
}

/** Per-article counts of actor mentions under `options`. */
function mentionUnits(
  dev: string,
  options: FindActorsOptions,
  readings: boolean,
  perKind?: Map<string, { found: number; gold: number }>,
): CountUnit[] {
  const all = readJsonl<GoldMention>(`${dev}/actors/gold.jsonl`);
  const ids = [...new Set(all.map((m) => m.article_id))];
  return ids.map((id) => {
    const text = readFileSync(`${dev}/news/${id}.txt`, "utf8");
    const mine = all.filter((m) => m.article_id === id);
    const gold = mine.filter((m) => m.actor !== "news agency");
    const agency = mine.filter((m) => m.actor === "news agency");
    const pred: Span[] = [
      ...findActors(text, options).filter((m) =>
        !readings || m.reading !== "place"
      ),
      ...findNames(text).filter((n) => n.kind !== "place"),
    ].filter((m) => !agency.some((a) => overlaps(m, a)));
    let found = 0;
    for (const g of gold) {
      const hit = pred.some((p) => overlaps(p, g));
      if (hit) found++;
      if (perKind) {
        const k = perKind.get(g.kind) ?? { found: 0, gold: 0 };
        k.gold++;
        if (hit) k.found++;
        perKind.set(g.kind, k);
      }
    }
    const ok = pred.filter((p) => gold.some((g) => overlaps(p, g))).length;
    return { found, gold: gold.length, ok, pred: pred.length };
  });
}

/** The actor-mention record, or null when the dev set is absent. */
export function actorMentionAccuracy(dev: string): AccuracyRecord {
  const perKind = new Map<string, { found: number; gold: number }>();
  const units = mentionUnits(dev, {}, true, perKind);
  const base = mentionUnits(dev, { roles: false }, false);
  const total = (u: CountUnit[]) => u.reduce((s, x) => s + x.gold, 0);
  const sums = (u: CountUnit[]) => {
    const s: CountUnit = { found: 0, gold: 0, ok: 0, pred: 0 };
    for (const x of u) for (const k of Object.keys(s)) s[k] += x[k];
    return s;
  };
  const b = sums(base);
  return {
    component: "actor_mentions",
    dataset:
      `10kGNAD test split, 15 derStandard articles (../shared/dev/actors), ${
        total(units)
      } actor mentions (news agencies left out), CC BY-NC-SA 4.0 (Block 2019; derStandard); annotated once by a language model with a review pass`,
    method: RULE_METHOD + " (resampling articles)",
    n: total(units),
    metrics: [
      metric("f1", units, f1Of),
      metric("precision", units, precisionOf),
      metric("recall", units, recallOf),
    ],
    per_class: [...perKind].sort((x, y) => y[1].gold - x[1].gold).map((
      [kind, k],
    ) => ({
      class: kind,
      precision: null,
      recall: round3(k.found / k.gold),
      f1: null,
      support: k.gold,
    })),
    baselines: [{
      name: "gazetteer matching only (no readings, no roles), plus findNames",
      metrics: {
        f1: round3(f1Of(b)),
        precision: round3(precisionOf(b)),
        recall: round3(recallOf(b)),
      },
    }],
    notes:
      "Span overlap matching, as ../shared/dev/score.ts. per_class gives recall by gold kind (precision is not defined per gold kind). Place readings are not counted as predictions. Main errors left: population nouns the gazetteer does not list (Menschen, Kinder, Teilnehmer), organisations and companies not in the gazetteer, persons named only by a surname seen once, role nouns for persons without a named antecedent, and state names in place contexts the cues miss.",
  };
}

interface NerSentence {
  tokens: string[];
  entities: { start: number; end: number; label: string }[];
  inner_entities?: { start: number; end: number; label: string }[];
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "“", "%"]);
const NO_SPACE_AFTER = new Set(["(", "„"]);

/** The person-names record. */
export function personNameAccuracy(dev: string): AccuracyRecord {
  const sentences = readJsonl<NerSentence>(
    `${dev}/ner/germeval2014-dev-news.jsonl`,
  );
  const units: CountUnit[] = [];
  const kinds = new Map<string, { ok: number; pred: number }>();
  let baseFound = 0;
  for (const s of sentences) {
    let text = "";
    const offs: [number, number][] = [];
    s.tokens.forEach((t, i) => {
      if (
        i > 0 && !NO_SPACE_BEFORE.has(t) && !NO_SPACE_AFTER.has(s.tokens[i - 1])
      ) text += " ";
      offs.push([text.length, text.length + t.length]);
      text += t;
    });
    const span = (e: { start: number; end: number }) => ({
      start: offs[e.start][0],
      end: offs[e.end - 1][1],
    });
    const gold = [...s.entities, ...(s.inner_entities ?? [])].map(span);
    const per = s.entities.filter((e) => e.label === "PER").map(span);
    const names = findNames(text);
    const mentions = findActors(text, { roles: false });
    const found = [...names, ...mentions];
    let f = 0;
    for (const g of per) {
      if (found.some((p) => overlaps(p, g))) f++;
      if (mentions.some((p) => overlaps(p, g))) baseFound++;
    }
    let ok = 0;
    for (const n of names) {
      const right = gold.some((g) => overlaps(n, g));
      if (right) ok++;
      const k = kinds.get(n.kind) ?? { ok: 0, pred: 0 };
      k.pred++;
      if (right) k.ok++;
      kinds.set(n.kind, k);
    }
    units.push({ found: f, gold: per.length, ok, pred: names.length });
  }
  const goldPer = units.reduce((s, u) => s + u.gold, 0);
  return {
    component: "person_names",
    dataset:
      `GermEval 2014 NER dev split, news sentences (../shared/dev/ner), ${sentences.length} sentences, ${goldPer} persons, CC BY 4.0 (Benikova et al. 2014)`,
    method: RULE_METHOD + " (resampling sentences)",
    n: goldPer,
    metrics: [
      metric("person_recall", units, recallOf),
      metric("unknown_name_precision", units, precisionOf),
    ],
    per_class: [...kinds].sort((a, b) => b[1].pred - a[1].pred).map((
      [kind, k],
    ) => ({
      class: kind,
      precision: round3(k.ok / k.pred),
      recall: null,
      f1: null,
      support: k.pred,
    })),
    baselines: [{
      name: "gazetteer persons only (findActors), person recall",
      metrics: { person_recall: round3(baseFound / goldPer) },
    }],
    notes:
      "person_recall: a gold PER entity overlapped by a findNames name or a findActors mention; unknown_name_precision: findNames names that overlap any gold entity (any label). per_class gives precision by predicted kind. Main misses: lone surnames that are also German words (Schulz, Fischer, Kaiser), names in sports and culture news where no first name or role precedes.",
  };
}
