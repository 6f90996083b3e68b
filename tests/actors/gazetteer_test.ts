import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ACTOR_TYPES,
  loadGazetteer,
  parseGazetteer,
} from "../../lib/actors/gazetteer.ts";
import { findActors } from "../../lib/mod.ts";

const HEADER =
  "id\ttype\taffiliation\tlabel_de\tlabel_en\tnames\tabbreviations\tdemonyms\tmetonyms\n";

Deno.test("`parseGazetteer()` names the file and line of a row with the wrong number of columns", () => {
  assert.throws(
    () => parseGazetteer(HEADER + "usa\tstate\t\tUSA\n", "my.tsv"),
    (e: Error) =>
      e instanceof SyntaxError && e.message.includes("my.tsv:2") &&
      e.message.includes("expected 9 tab-separated columns"),
  );
});

Deno.test("`parseGazetteer()` rejects an unknown type, a dangling affiliation, a metonym without context and duplicate ids", () => {
  const cases: [string, string][] = [
    ["x\tcountry\t\tX\tX\tIxland\t\t\t", 'type "country"'],
    ["x\tstate\tnope\tX\tX\tIxland\t\t\t", 'affiliation "nope"'],
    ["x\tstate\t\tX\tX\tIxland\t\t\tIxstadt", "needs a context"],
    [
      "x\tstate\t\tX\tX\tIxland\t\t\t\nx\tstate\t\tX\tX\tYland\t\t\t",
      "duplicate id",
    ],
    ["X!\tstate\t\tX\tX\tIxland\t\t\t", "lower-case letters"],
    ["x\tstate\t\tX\tX\t\t\t\t", "has no name"],
  ];
  for (const [row, detail] of cases) {
    assert.throws(
      () => parseGazetteer(HEADER + row + "\n", "g.tsv"),
      (e: Error) =>
        e instanceof SyntaxError &&
        e.message.startsWith("Cannot read actor at g.tsv:") &&
        e.message.includes(detail),
      row,
    );
  }
});

Deno.test("`parseGazetteer()` refuses two actors with forms that read the same", () => {
  const text = HEADER + "a\tstate\t\tA\tA\tIxland\t\t\t\n" +
    "b\tstate\t\tB\tB\tIxlands\t\t\t\n";
  assert.throws(
    () => parseGazetteer(text, "g.tsv"),
    (e: Error) => e.message.includes("g.tsv:3") && e.message.includes('"a"'),
  );
});

Deno.test("`loadGazetteer()` reads a user's file, and `findActors()` uses it", () => {
  const dir = mkdtempSync("/tmp/gaz-");
  const file = join(dir, "actors.tsv");
  writeFileSync(
    file,
    HEADER +
      "# a comment\nruritania\tstate\t\tRuritanien\tRuritania\tRuritanien\tRUR\truritanisch\tStrelsau@agent\n",
  );
  const g = loadGazetteer({ actors: file });
  const m = findActors(
    "Strelsau protestierte, die ruritanischen Truppen blieben in Strelsau.",
    { gazetteer: g },
  );
  assert.deepEqual(m.map((x) => [x.surface, x.kind]), [
    ["Strelsau", "metonym"],
    ["ruritanischen", "demonym"],
  ]);
});

Deno.test("`loadGazetteer()` covers every actor id that the conflicts file names", async () => {
  const { loadConflicts } = await import(
    "../../lib/conflicts/conflicts_file.ts"
  );
  const g = loadGazetteer();
  for (const c of loadConflicts()) {
    for (const id of c.actors) assert.ok(g.byId.has(id), `${c.id}: ${id}`);
  }
  for (const a of g.actors) assert.ok(ACTOR_TYPES.includes(a.type));
});

Deno.test("`parseSpeechCues()` names the file and line of a malformed cue", async () => {
  const { parseSpeechCues } = await import("../../lib/actors/speech_cues.ts");
  assert.throws(
    () =>
      parseSpeechCues(
        "lemma\ttype\tforms\tparticle\nsagen\tverbs\tsagt\t\n",
        "c.tsv",
      ),
    (e: Error) => e instanceof SyntaxError && e.message.includes("c.tsv:2"),
  );
});
