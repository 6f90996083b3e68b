/**
 * `deno task evaluate:quotes`: measure the quotes (GermEval 2014 news dev
 * sentences with quote gold) and sentence boundaries (UD German GSD dev)
 * on the labelled dev sets in `../shared/dev/`, print the figures and
 * write `lib/data/accuracy/quotes.json` and `sentence_boundaries.json`.
 * Without the dev sets it says so and exits 0.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { analyzeCorpus } from "../lib/analyze/analyze_corpus.ts";
import { splitSentences } from "../lib/text/sentences.ts";
import {
  type AccuracyRecord,
  writeRecord,
} from "../lib/validation/accuracy_record.ts";
import {
  boundaryRecord,
  type GoldQuote,
  type PredictedQuote,
  quoteRecord,
  scoreBoundaryDoc,
  scoreQuoteDoc,
} from "../lib/validation/evaluate_quotes.ts";

const root = new URL("..", import.meta.url).pathname;
const dev = Deno.env.get("DEV_DIR") ?? `${root}../shared/dev/`;
const out = `${root}lib/data/accuracy/`;
const QUOTES = `${dev}quotes/germeval-news-dev.jsonl`;
const GSD = `${dev}sentences/gsd-dev-docs.jsonl`;

if (!existsSync(QUOTES) || !existsSync(GSD)) {
  console.log(`evaluate:quotes: no dev sets at ${dev}; nothing measured.`);
  Deno.exit(0);
}
// deno-lint-ignore no-explicit-any
const jsonl = (path: string): any[] =>
  readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l));

// Quotes: the pipeline, as `deno task report` runs it.
const docs = jsonl(QUOTES);
const tables = await analyzeCorpus(
  docs.map((d) => ({ id: d.doc as string, text: d.text as string })),
);
const byDoc = new Map<string, PredictedQuote[]>();
for (const q of tables.quotes.objects() as PredictedQuote[]) {
  const id = (q as unknown as { article_id: string }).article_id;
  byDoc.set(id, [...(byDoc.get(id) ?? []), q]);
}
// Baseline: every span in quote marks.
const MARKED = /"[^"\n]+"|„[^“\n]+“|»[^«\n]+«|«[^»\n]+»/g;
const marked = (text: string): PredictedQuote[] =>
  [...text.matchAll(MARKED)].map((m) => ({
    start: m.index! + 1,
    end: m.index! + m[0].length - 1,
    kind: "direct",
    speaker: "",
    speaker_surface: "",
  }));
const scored = docs.map((d) =>
  scoreQuoteDoc(d.quotes as GoldQuote[], byDoc.get(d.doc) ?? [])
);
const baseline = docs.map((d) =>
  scoreQuoteDoc(d.quotes as GoldQuote[], marked(d.text))
);
const quotes = quoteRecord(
  scored,
  baseline,
  `GermEval 2014 NER dev, ${docs.length} news sentences with quote gold ` +
    "(selected as in shared/dev/quotes/README-germeval-quotes.md), CC BY 4.0 (Benikova, Biemann & Reznicek 2014); quote annotation by this project",
  "Quotes found by overlap with a gold quote; speaker accuracy where the gold names the speaker (a name or a description, not a pronoun), counted right when a word of it appears in speaker or speaker_surface (n = gold quotes; the speaker figure rests on the found quotes whose gold names a speaker). Intervals: 95% percentile bootstrap over sentences (1,000 resamples, seed 1). The sentences have no context, so pronoun speakers cannot be resolved here. Main errors left: cue-less quotes in nouns of speaking ('Forderung, dass …', 'Auf die Frage, …'), labels in transcripts ('Claudia B.: …'), cue-less Konjunktiv I forms not in the cue list, speakers named only by description inside apposition.",
);

// Sentence boundaries.
const gsd = jsonl(GSD);
const starts = (text: string) =>
  splitSentences(text).slice(1).map((s) => s.start);
const naive = (text: string) =>
  [...text.matchAll(/[.!?]+\s+(?=\S)/g)].map((m) => m.index! + m[0].length);
const gold = (d: { spans: number[][] }) => d.spans.slice(1).map((s) => s[0]);
const boundaries = boundaryRecord(
  gsd.map((d) => scoreBoundaryDoc(gold(d), starts(d.text))),
  gsd.map((d) => scoreBoundaryDoc(gold(d), naive(d.text))),
  `UD German GSD dev split (${gsd.length} documents), CC BY-SA 4.0 (McDonald et al. 2013; UD German GSD)`,
  "Boundary = start of every sentence after a document's first. Intervals: 95% percentile bootstrap over documents (1,000 resamples, seed 1). GSD mixes news with reviews; held-out GSD text scored 0.922 before this work, so expect lower on unseen reviews. Main errors left: review lines and sign-offs without final punctuation ('Absolut zu empfehlen Seit 1964 …'), a colon that the gold treats as a sentence end.",
);

mkdirSync(out, { recursive: true });
for (const r of [quotes, boundaries] as AccuracyRecord[]) {
  writeRecord(`${out}${r.component}.json`, r);
  console.log(
    `${r.component}: ${
      r.metrics.map((m) =>
        `${m.name} ${m.value.toFixed(3)} [${m.ci_low.toFixed(3)}, ${
          m.ci_high.toFixed(3)
        }]`
      ).join(", ")
    } (n=${r.n})`,
  );
}
