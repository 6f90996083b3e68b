import assert from "node:assert/strict";
import {
  decodeText,
  lineOf,
  normalizeNewlines,
} from "../../lib/corpus/decode_text.ts";
import type { CorpusProblem } from "../../lib/corpus/problems.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

Deno.test("decodeText reads UTF-8 and notes a removed BOM and converted CRLF", () => {
  const d = decodeText(
    bytes("\uFEFFKairo.\r\n\r\nIn Aleppo wird gekämpft."),
    "a.txt",
  );
  assert.equal(d.text, "Kairo.\n\nIn Aleppo wird gekämpft.");
  assert.deepEqual(d.problems.map((p) => [p.severity, p.line]), [
    ["note", 1],
    ["note", 1],
  ]);
  assert.match(d.problems[0].message, /byte-order mark/);
  assert.match(d.problems[1].message, /CRLF/);
});

Deno.test("decodeText refuses Latin-1 text, naming line, byte and the fix", () => {
  const latin1 = new Uint8Array([
    ...bytes("Zeile eins\nGr"),
    0xfc,
    ...bytes("n"),
  ]);
  const d = decodeText(latin1, "b.txt");
  assert.equal(d.text, null);
  const [p] = d.problems;
  assert.equal(p.file, "b.txt");
  assert.equal(p.line, 2);
  assert.equal(p.severity, "error");
  assert.match(p.message, /not valid UTF-8 \(byte 0xFC at offset 13\).*iconv/);
});

Deno.test("decodeText refuses empty, whitespace-only, UTF-16, binary and NUL files", () => {
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array(), /the file is empty/],
    [bytes(" \n\t\n"), /only whitespace/],
    [
      new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]),
      /UTF-16 \(little-endian\)/,
    ],
    [
      new Uint8Array([0, 0x41, 0, 0x42, 0, 0x43, 0, 0x44, 0, 0x45]),
      /UTF-16 \(big-endian\)/,
    ],
    [
      new Uint8Array(Array.from({ length: 64 }, (_, i) => i % 8)),
      /looks binary/,
    ],
    [bytes("Text\nmit\u0000NUL"), /NUL bytes/],
  ];
  for (const [input, message] of cases) {
    const d = decodeText(input, "c.txt");
    assert.equal(d.text, null, String(message));
    assert.match(d.problems[0].message, message);
  }
  assert.equal(
    decodeText(new Uint8Array(), "m.csv", { allowEmpty: true }).text,
    "",
  );
});

Deno.test("normalizeNewlines turns lone CR into LF and keeps LF text as it is", () => {
  const problems: CorpusProblem[] = [];
  assert.equal(normalizeNewlines("a\rb\r\nc", "d.txt", problems), "a\nb\nc");
  assert.equal(problems.length, 1);
  const none: CorpusProblem[] = [];
  assert.equal(normalizeNewlines("a\nb", "d.txt", none), "a\nb");
  assert.equal(none.length, 0);
});

Deno.test("lineOf counts 1-based lines up to an offset", () => {
  assert.equal(lineOf("a\nb\nc", 0), 1);
  assert.equal(lineOf("a\nb\nc", 2), 2);
  assert.equal(lineOf("a\nb\nc", 4), 3);
});
