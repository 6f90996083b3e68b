/**
 * Reads the hand-written sentence gold (tests/fixtures/sentences/*.txt; the
 * format is described in the file headers) and scores a segmenter's
 * boundaries against it. Run directly to print the scores and every
 * mismatch: `deno run --allow-read tests/text/_sentence_gold.ts [file]`.
 *
 * @module
 */
import { splitSentences } from "../../lib/text/sentences.ts";

/** One gold document: its text and the sentences it must split into. */
export interface GoldCase {
  name: string;
  /** 1-based line of the case's "###" header. */
  line: number;
  text: string;
  sentences: string[];
}

/** Parse a gold file into cases. */
export function parseGold(source: string): GoldCase[] {
  const cases: GoldCase[] = [];
  let current: GoldCase | null = null;
  let joiner = " ";
  const finish = () => {
    if (current) cases.push(current);
  };
  source.split("\n").forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.startsWith("### ")) {
      finish();
      current = { name: line.slice(4), line: i + 1, text: "", sentences: [] };
      joiner = " ";
      return;
    }
    if (!current || line === "") return;
    if (line === "¶" || line === "⏎") {
      joiner = line === "¶" ? "\n\n" : "\n";
      return;
    }
    const sentence = line.replaceAll("⏎", "\n");
    if (current.sentences.length > 0) current.text += joiner;
    current.text += sentence;
    current.sentences.push(sentence);
    joiner = " ";
  });
  finish();
  return cases;
}

/** End offsets of all but the last sentence: the boundaries to find. */
export function boundaries(spans: { end: number }[]): number[] {
  return spans.slice(0, -1).map((s) => s.end);
}

/** Gold boundaries of a case, from its sentences. */
export function goldBoundaries(c: GoldCase): number[] {
  const spans: { end: number }[] = [];
  let at = 0;
  for (const s of c.sentences) {
    const start = c.text.indexOf(s, at);
    spans.push({ end: start + s.length });
    at = start + s.length;
  }
  return boundaries(spans);
}

/** Boundary counts: true positives, false positives, false negatives. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** Score predicted against gold boundaries. */
export function score(predicted: number[], gold: number[]): Score {
  const g = new Set(gold);
  const tp = predicted.filter((b) => g.has(b)).length;
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

if (import.meta.main) {
  const files = Deno.args.length > 0 ? Deno.args : [
    new URL("../fixtures/sentences/news_gold.txt", import.meta.url).pathname,
  ];
  for (const file of files) {
    const total: Score = { tp: 0, fp: 0, fn: 0 };
    let sentences = 0;
    for (const c of parseGold(Deno.readTextFileSync(file))) {
      sentences += c.sentences.length;
      const predicted = splitSentences(c.text);
      const s = score(boundaries(predicted), goldBoundaries(c));
      total.tp += s.tp;
      total.fp += s.fp;
      total.fn += s.fn;
      if (s.fp || s.fn) {
        console.log(`--- ${c.name} (line ${c.line}): ${JSON.stringify(s)}`);
        for (const p of predicted) console.log(`  | ${JSON.stringify(p.text)}`);
      }
    }
    const p = total.tp / (total.tp + total.fp);
    const r = total.tp / (total.tp + total.fn);
    console.log(
      `${file}: ${sentences} sentences, ${
        total.tp + total.fn
      } gold boundaries; precision ${p.toFixed(4)}, recall ${
        r.toFixed(4)
      } (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})`,
    );
  }
}
