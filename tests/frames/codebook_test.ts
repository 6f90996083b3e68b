import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import { loadCodebook, parseCodebook } from "../../lib/frames/codebook.ts";

const FRAMES = "id\tset\tlabel_de\tlabel_en\tdefinition\tsource\n" +
  "diplomacy\tconflict\tDiplomatie\tDiplomacy\tTalks.\town\n" +
  "humanitarian\tconflict\tHumanitär\tHumanitarian\tCivilian cost.\town\n";
const CUES = "frame_id\tcue\tkind\tweight\tnote\n" +
  "diplomacy\tVerhandlung\tword\t1\t\n" +
  "diplomacy\tan den Verhandlungstisch\tphrase\t\t\n" +
  "humanitarian\tHilfe\texact\t0.5\tweak\n";

Deno.test("`parseCodebook()` reads frames and cues with kinds and weights", () => {
  const book = parseCodebook(FRAMES, CUES);
  assertEquals(book.frames.map((f) => f.id), ["diplomacy", "humanitarian"]);
  assertEquals(book.cues.map((c) => [c.frame_id, c.kind, c.weight]), [
    ["diplomacy", "word", 1],
    ["diplomacy", "phrase", 1],
    ["humanitarian", "exact", 0.5],
  ]);
});

const malformed: [string, string, string, RegExp][] = [
  [
    "too few columns",
    FRAMES,
    "diplomacy\tVerhandlung\tword\n",
    /cues\.tsv:1: expected 5/,
  ],
  [
    "unknown frame",
    FRAMES,
    "# comment\nwar\tKrieg\tword\t1\t\n",
    /cues\.tsv:2: unknown frame_id "war"/,
  ],
  [
    "unknown kind",
    FRAMES,
    "diplomacy\tKrieg\tregex\t1\t\n",
    /cues\.tsv:1: unknown kind "regex"/,
  ],
  [
    "bad weight",
    FRAMES,
    "diplomacy\tKrieg\tword\tviel\t\n",
    /cues\.tsv:1: weight "viel"/,
  ],
  [
    "one-word phrase",
    FRAMES,
    "diplomacy\tKrieg\tphrase\t1\t\n",
    /cues\.tsv:1: phrase "Krieg" has fewer than two words/,
  ],
  [
    "duplicate cue",
    FRAMES,
    "diplomacy\tVerhandlungen\tword\t1\t\n\ndiplomacy\tVerhandlungen\tword\t1\t\n",
    /cues\.tsv:3: cue "Verhandlungen" duplicates cues\.tsv:1/,
  ],
  [
    "stop word with a frame",
    FRAMES,
    "diplomacy\tEuropa\tstop\t1\t\n",
    /cues\.tsv:1: a stop word takes frame_id "\*"/,
  ],
  [
    "duplicate frame id",
    FRAMES + "diplomacy\tconflict\tD\tD\tTalks.\town\n",
    CUES,
    /frames\.tsv:4: duplicate id "diplomacy"/,
  ],
  [
    "bad frame set",
    "x\tspecial\tX\tX\tdef\tsrc\n",
    CUES,
    /frames\.tsv:1: set "special"/,
  ],
];
for (const [what, frames, cues, message] of malformed) {
  Deno.test(`\`parseCodebook()\` names file and line of a malformed entry: ${what}`, () => {
    assert.throws(
      () =>
        parseCodebook(frames, cues, {
          frames: "frames.tsv",
          frameCues: "cues.tsv",
        }),
      { name: "SyntaxError", message },
    );
  });
}

Deno.test("`loadCodebook()` loads the twelve shipped frames, each with dozens of cues", () => {
  const book = loadCodebook();
  assertEquals(book.frames.length, 12);
  assertEquals(
    book.frames.filter((f) => f.set === "generic").map((f) => f.id),
    [
      "conflict",
      "human_interest",
      "responsibility",
      "morality",
      "economic_consequences",
    ],
  );
  for (const f of book.frames) {
    const n = book.cues.filter((c) => c.frame_id === f.id).length;
    assert(n >= 40, `frame ${f.id} has only ${n} cues`);
  }
});

Deno.test("`loadCodebook()` names a missing file in its error", () => {
  assert.throws(
    () => loadCodebook({ frames: "/nonexistent/frames.tsv" }),
    /Cannot read \/nonexistent\/frames\.tsv/,
  );
});
