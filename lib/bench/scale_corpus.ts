/**
 * Build a large corpus deterministically from a folder of German text: the
 * source articles' sentences are recombined, with a fixed seed, into new
 * articles until the corpus is `factor` times the source size.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCorpus } from "../corpus/read_corpus.ts";
import { splitSentences } from "../text/sentences.ts";
import { mulberry32 } from "../util/prng.ts";

/** Size of a scaled corpus. */
export interface ScaledCorpus {
  dir: string;
  articles: number;
  bytes: number;
}

/**
 * Write a corpus `factor` × the size of `sourceDir` into `outDir`
 * (manifest.csv plus one .txt per article). Same inputs, same bytes.
 */
export function scaleCorpus(
  sourceDir: string,
  outDir: string,
  factor: number,
  seed = 42,
): ScaledCorpus {
  const { articles } = readCorpus(sourceDir);
  if (articles.length === 0) {
    throw new RangeError(
      `Cannot scale ${sourceDir}: it has no readable article`,
    );
  }
  // Paragraphs of the source, as lists of sentences.
  const paragraphs: string[][] = [];
  let sourceBytes = 0;
  const enc = new TextEncoder();
  for (const a of articles) {
    sourceBytes += enc.encode(a.text).length;
    for (const r of a.layout.regions) {
      const s = splitSentences(a.text.slice(r.start, r.end)).map((x) => x.text);
      if (s.length) paragraphs.push(s);
    }
  }
  const allSentences = paragraphs.flat();
  const rand = mulberry32(seed);
  const target = sourceBytes * factor;
  const meanArticle = Math.round(sourceBytes / articles.length);
  mkdirSync(outDir, { recursive: true });
  const manifest = [
    "id,file,title,outlet,date,date_precision,date_note,language,conflict",
  ];
  let bytes = 0;
  let i = 0;
  while (bytes < target) {
    const id = `bench_${String(i).padStart(6, "0")}`;
    const parts: string[] = [];
    let size = 0;
    while (size < meanArticle) {
      const n = 2 + Math.floor(rand() * 4);
      const para: string[] = [];
      for (let k = 0; k < n; k++) {
        para.push(allSentences[Math.floor(rand() * allSentences.length)]);
      }
      const p = para.join(" ");
      parts.push(p);
      size += p.length + 2;
    }
    const text = parts.join("\n\n") + "\n";
    writeFileSync(join(outDir, `${id}.txt`), text);
    bytes += enc.encode(text).length;
    manifest.push(`${id},${id}.txt,,unknown,,,,de,`);
    i++;
  }
  writeFileSync(join(outDir, "manifest.csv"), manifest.join("\n") + "\n");
  return { dir: outDir, articles: i, bytes };
}
