/**
 * Quote and sentence-boundary accuracy on labelled dev sets, with the
 * definitions of `shared/dev/score.ts`: a quote is found when a predicted
 * quote overlaps it; a prediction is right when it overlaps a gold quote;
 * the speaker is right when a word (of three letters or more) of the gold
 * speaker's name appears in the predicted speaker or its surface, scored
 * where the gold names the speaker (a name, or a description that is not a
 * pronoun).
 *
 * @module
 */
import {
  type AccuracyRecord,
  f1,
  metric,
  type RecordClass,
  RULE_BASED,
} from "./accuracy_record.ts";

/** A gold quote of the GermEval quote set. */
export interface GoldQuote {
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  speaker_name: string | null;
}

/** A predicted quote (offsets into the document). */
export interface PredictedQuote {
  start: number;
  end: number;
  kind: string;
  speaker: string;
  speaker_surface: string;
}

/** One scored document. */
export interface QuoteDocScore {
  gold: number;
  found: number;
  predicted: number;
  right: number;
  speakers: number;
  speakersRight: number;
  /** Per kind: gold, found, predicted, right. */
  kinds: Record<string, [number, number, number, number]>;
}

const overlaps = (
  a: { start: number; end: number },
  b: { start: number; end: number },
) => a.start < b.end && b.start < a.end;
const norm = (x: unknown) =>
  String(x ?? "").toLowerCase().replace(/[^a-zäöüß0-9 ]+/g, " ");
const PRONOUN = /^(er|sie|es|ich|wir|ihr|man)$/i;

/** Score one document's predicted quotes against its gold quotes. */
export function scoreQuoteDoc(
  gold: readonly GoldQuote[],
  predicted: readonly PredictedQuote[],
): QuoteDocScore {
  const s: QuoteDocScore = {
    gold: gold.length,
    found: 0,
    predicted: predicted.length,
    right: 0,
    speakers: 0,
    speakersRight: 0,
    kinds: {},
  };
  const kind = (k: string) => s.kinds[k] ??= [0, 0, 0, 0];
  for (const q of predicted) {
    kind(q.kind)[2]++;
    if (gold.some((g) => overlaps(q, g))) {
      s.right++;
      kind(q.kind)[3]++;
    }
  }
  for (const g of gold) {
    kind(g.kind)[0]++;
    const hit = predicted.find((q) => overlaps(q, g));
    if (!hit) continue;
    s.found++;
    kind(g.kind)[1]++;
    const name = g.speaker_name ??
      (g.speaker && !PRONOUN.test(g.speaker) ? g.speaker : null);
    if (!name) continue;
    s.speakers++;
    const said = norm(`${hit.speaker} ${hit.speaker_surface}`);
    const words = norm(name).split(" ").filter((w) => w.length > 2);
    if (words.some((w) => said.includes(w))) s.speakersRight++;
  }
  return s;
}

const sum = (d: QuoteDocScore[], f: (x: QuoteDocScore) => number) =>
  d.reduce((a, x) => a + f(x), 0);
const recallOf = (d: QuoteDocScore[]) =>
  sum(d, (x) => x.found) / sum(d, (x) => x.gold);
const precisionOf = (d: QuoteDocScore[]) =>
  sum(d, (x) => x.right) / sum(d, (x) => x.predicted);

/** The accuracy record of the quotes, bootstrapped over documents. */
export function quoteRecord(
  docs: QuoteDocScore[],
  baseline: QuoteDocScore[],
  dataset: string,
  notes: string,
): AccuracyRecord {
  const per_class: RecordClass[] = [];
  const kinds = [...new Set(docs.flatMap((d) => Object.keys(d.kinds)))].sort();
  for (const k of kinds) {
    const c = [0, 1, 2, 3].map((i) => sum(docs, (d) => d.kinds[k]?.[i] ?? 0));
    const precision = c[2] ? c[3] / c[2] : 0, recall = c[0] ? c[1] / c[0] : 0;
    per_class.push({
      class: k,
      precision,
      recall,
      f1: f1(precision, recall),
      support: c[0],
    });
  }
  const bp = precisionOf(baseline), br = recallOf(baseline);
  return {
    component: "quotes",
    dataset,
    method: RULE_BASED,
    n: sum(docs, (d) => d.gold),
    metrics: [
      metric("recall", docs, recallOf),
      metric("precision", docs, precisionOf),
      metric("f1", docs, (d) => f1(precisionOf(d), recallOf(d))),
      metric(
        "speaker_accuracy",
        docs,
        (d) => sum(d, (x) => x.speakersRight) / sum(d, (x) => x.speakers),
      ),
    ],
    per_class,
    baselines: [{
      name: "quote marks only (every quoted span is a quote)",
      metrics: { recall: br, precision: bp, f1: f1(bp, br) },
    }],
    notes,
  };
}

/** Boundary counts of one document. */
export interface BoundaryDocScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Compare predicted sentence starts (after the first) with the gold. */
export function scoreBoundaryDoc(
  gold: Iterable<number>,
  predicted: Iterable<number>,
): BoundaryDocScore {
  const g = new Set(gold), p = new Set(predicted);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

const bp = (d: BoundaryDocScore[]) => {
  const tp = d.reduce((a, x) => a + x.tp, 0);
  return tp / d.reduce((a, x) => a + x.tp + x.fp, 0);
};
const br = (d: BoundaryDocScore[]) => {
  const tp = d.reduce((a, x) => a + x.tp, 0);
  return tp / d.reduce((a, x) => a + x.tp + x.fn, 0);
};

/** The accuracy record of sentence boundaries, bootstrapped over documents. */
export function boundaryRecord(
  docs: BoundaryDocScore[],
  baseline: BoundaryDocScore[],
  dataset: string,
  notes: string,
): AccuracyRecord {
  return {
    component: "sentence_boundaries",
    dataset,
    method: RULE_BASED,
    n: docs.reduce((a, x) => a + x.tp + x.fn, 0),
    metrics: [
      metric("f1", docs, (d) => f1(bp(d), br(d))),
      metric("precision", docs, bp),
      metric("recall", docs, br),
    ],
    baselines: [{
      name: "split after every . ! ? followed by a space",
      metrics: {
        f1: f1(bp(baseline), br(baseline)),
        precision: bp(baseline),
        recall: br(baseline),
      },
    }],
    notes,
  };
}
