// Issue 14, case 4: a stray `"` in a tab-separated data file silently
// dropped entries (CSV quoting swallowed every line up to the next `"`).
// Each data-file loader is fuzzed with stray quotes and random bytes: a run
// ends with an error naming the file and a corrupted line, or with every
// well-formed line loaded.
import assert from "node:assert/strict";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parseGazetteer } from "../../lib/actors/gazetteer.ts";
import { parseSpeechCues } from "../../lib/actors/speech_cues.ts";
import { parseConflicts } from "../../lib/conflicts/conflicts_file.ts";
import { parseBoilerplateRules } from "../../lib/corpus/boilerplate.ts";
import { parseCodebook } from "../../lib/frames/codebook.ts";
import { dataPath, parseTsv } from "../../lib/io/data_file.ts";
import { parseLexicon } from "../../lib/sentiment/lexicon.ts";
import { parseModifiers } from "../../lib/sentiment/modifiers.ts";
import {
  parseAbbreviations,
  parseSentenceWords,
} from "../../lib/text/sentence_rules.ts";
import { parseStopwords } from "../../lib/stats/stopwords.ts";
import { params } from "../_arbitraries.ts";

const read = (name: string) => readFileSync(dataPath(name), "utf8");

/** Every loader of a `lib/data/` file, with the first field of its header. */
const LOADERS: {
  file: string;
  header?: string;
  load: (text: string, file: string) => unknown;
  /** Lines whose entry the loaded data does not show (kept in a private index). */
  hidden?: (line: string) => boolean;
  /** A file whose lines refer to this one's (an error may name its line). */
  dependent?: string;
}[] = [
  { file: "sentiment_lexicon.tsv", header: "term", load: parseLexicon },
  { file: "sentiment_modifiers.tsv", header: "term", load: parseModifiers },
  { file: "actors.tsv", header: "id", load: (t, f) => parseGazetteer(t, f) },
  { file: "speech_cues.tsv", header: "lemma", load: parseSpeechCues },
  { file: "conflicts.tsv", header: "id", load: parseConflicts },
  { file: "boilerplate.tsv", header: "kind", load: parseBoilerplateRules },
  { file: "abbreviations.txt", header: "form", load: parseAbbreviations },
  { file: "sentence_words.txt", header: "word", load: parseSentenceWords },
  { file: "stopwords_de.txt", load: parseStopwords },
  {
    file: "frames.tsv",
    header: "id",
    load: (t, f) =>
      parseCodebook(t, read("frame_cues.tsv"), {
        frames: f,
        frameCues: "frame_cues.tsv",
      }),
    dependent: "frame_cues.tsv",
  },
  {
    file: "frame_cues.tsv",
    header: "frame_id",
    load: (t, f) => parseCodebook(read("frames.tsv"), t, { frameCues: f }),
    hidden: (line) => line.split("\t")[2] === "stop",
  },
];

/** The loaded data as text: Maps, Sets and RegExps spelled out. */
function serialise(v: unknown): string {
  return JSON.stringify(
    v,
    (_k, x) =>
      x instanceof Map
        ? [...x.entries()]
        : x instanceof Set
        ? [...x]
        : x instanceof RegExp
        ? x.source
        : x,
  );
}

/**
 * Whether line `n` (its text `line`) of `file` shows in the loaded data: by
 * its `file:line` (loaders that keep the source of each entry) or by one of
 * its first two fields (as written, without spaces, or lower-cased).
 */
function represented(loaded: string, file: string, n: number, line: string) {
  if (loaded.includes(`${file}:${n}"`)) return true;
  return line.split("\t").slice(0, 2).map((f) => f.trim()).filter(Boolean)
    .some((key) =>
      [key, key.replace(/\s+/gu, ""), key.toLowerCase()].some((k) =>
        loaded.includes(JSON.stringify(k).slice(1, -1))
      )
    );
}

/** A stray quote, random bytes (as Latin-1 text), tabs and line breaks. */
const junk: fc.Arbitrary<string> = fc.oneof(
  fc.constant('"'),
  fc.constantFrom('"', "\t", "\r", "\n", "\0", "\uFFFD", "„", '""')
    .chain((c) => fc.string({ maxLength: 4 }).map((s) => c + s)),
  fc.uint8Array({ minLength: 1, maxLength: 8 }).map((b) =>
    String.fromCharCode(...b)
  ),
);

for (const { file, header, load, hidden, dependent } of LOADERS) {
  const text = read(file);
  const lines = text.split("\n");
  const dataLines = lines.flatMap((l, i) =>
    l === "" || l.startsWith("#") || l.split("\t")[0] === header ? [] : [i]
  );
  Deno.test(`issue 14 case 4: ${file} property: stray quotes and random bytes stop loading at a corrupted line, or every well-formed line loads`, () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat(dataLines.length - 1),
            pos: fc.nat(),
            insert: junk,
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (edits) => {
          const out = [...lines];
          const corrupted = new Set<number>();
          for (const { at, pos, insert } of edits) {
            const i = dataLines[at];
            const l = out[i];
            const p = pos % (l.length + 1);
            out[i] = l.slice(0, p) + insert + l.slice(p);
            corrupted.add(i + 1);
          }
          // A line break inserted into a line moves the lines after it.
          const shifted = out.join("\n").split("\n");
          if (shifted.length !== lines.length) {
            const first = Math.min(...corrupted);
            for (let n = first; n <= shifted.length; n++) corrupted.add(n);
          }
          let loaded: string;
          try {
            loaded = serialise(load(out.join("\n"), file));
          } catch (e) {
            const message = (e as Error).message;
            const named = [...message.matchAll(/:(\d+)\b/g)].map((m) =>
              Number(m[1])
            );
            // A frame id corrupted in frames.tsv is reported where a cue
            // uses it: at that line of frame_cues.tsv.
            if (dependent && message.includes(`${dependent}:`)) return;
            assert.ok(message.includes(`${file}:`), message);
            assert.ok(
              named.some((n) => corrupted.has(n)),
              `the error names no corrupted line (${[
                ...corrupted,
              ]}): ${message}`,
            );
            return;
          }
          for (const i of dataLines) {
            if (corrupted.has(i + 1) || hidden?.(lines[i])) continue;
            assert.ok(
              represented(loaded, file, i + 1, lines[i]),
              `${file}:${i + 1} was dropped: ${lines[i]}`,
            );
          }
        },
      ),
      params(25),
    );
  });
}

Deno.test("issue 14 case 4: `parseTsv()` property: every line is one record, or a leading quote stops it at its line", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('"', '"x', 'x"', '""', "#", "\r"),
  );
  const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((c) =>
    c.join("\t")
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 12 }), (ls) => {
      const text = ls.join("\n");
      const expected = text.split("\n").flatMap((l, i) => {
        const raw = l.endsWith("\r") ? l.slice(0, -1) : l;
        return raw === "" || raw.startsWith("#")
          ? []
          : [{ line: i + 1, fields: raw.split("\t") }];
      });
      const firstQuoted = expected.find((r) =>
        r.fields.some((f) => f.trimStart().startsWith('"'))
      );
      if (firstQuoted) {
        assert.throws(
          () => parseTsv(text, "f.tsv"),
          new RegExp(`^SyntaxError: Cannot read f\\.tsv:${firstQuoted.line}: `),
        );
      } else assert.deepEqual(parseTsv(text, "f.tsv"), expected);
    }),
    params(300),
  );
});

Deno.test("issue 14 case 4: a stray quote in the sentiment lexicon stops loading at its line", () => {
  const text = read("sentiment_lexicon.tsv");
  const lines = text.split("\n");
  const i = lines.findIndex((l) => l.startsWith("Krieg\t"));
  lines[i] = '"' + lines[i];
  assert.throws(
    () => parseLexicon(lines.join("\n"), "sentiment_lexicon.tsv"),
    new RegExp(`sentiment_lexicon\\.tsv:${i + 1}: column 1 starts with '"'`),
  );
});

Deno.test("issue 14 case 4: a quoted note in the lexicon keeps its quotes and drops no line", () => {
  const lex = serialise(
    parseLexicon(
      'Krieg\t-1\tNN\t\tproject\t"war\nTerror\t-1\tNN\t\tproject\tx\nTod\t-1\tNN\t\tproject\t"death"\n',
      "l.tsv",
    ),
  );
  for (const term of ["Krieg", "Terror", "Tod"]) assert.ok(lex.includes(term));
});

Deno.test("issue 14 case 10: a leading quote in actors.tsv is named as such, not as a column count", () => {
  const text = read("actors.tsv");
  const lines = text.split("\n");
  const i = lines.findIndex((l) => l.startsWith("poland\t"));
  lines[i] = '"' + lines[i];
  assert.throws(
    () => parseGazetteer(lines.join("\n"), "actors.tsv"),
    (e: Error) =>
      e.message.includes(`actors.tsv:${i + 1}: column 1 starts with '"'`) &&
      !e.message.includes("found 10 columns"),
  );
});
