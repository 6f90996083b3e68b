import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import { compileConflicts } from "../../lib/conflicts/assign_conflicts.ts";
import {
  loadConflicts,
  parseConflicts,
} from "../../lib/conflicts/conflicts_file.ts";

const HEADER = "id\tlabel_de\tlabel_en\tstart\tend\tplaces\tactors\tcues\n";

Deno.test("`parseConflicts()` reads ;-separated places, actors and cues", () => {
  const [c] = parseConflicts(
    HEADER +
      "mali\tMali\tMali\t2012-01-16\t\tBamako; Gao\tjnim\tMinusma;Tuareg\n",
    "c.tsv",
  );
  assertEquals([c.id, c.end, c.places, c.actors, c.cues, c.source], [
    "mali",
    "",
    ["Bamako", "Gao"],
    ["jnim"],
    ["Minusma", "Tuareg"],
    "c.tsv:2",
  ]);
});

const malformed: [string, string, RegExp][] = [
  ["too few columns", "x\tX\tX\t2012-01-01\n", /c\.tsv:2: expected 8/],
  ["bad id", "Mali War\tX\tX\t2012-01-01\t\t\t\t\n", /c\.tsv:2: id "Mali War"/],
  ["bad start date", "x\tX\tX\t2012\t\t\t\t\n", /c\.tsv:2: start "2012"/],
  [
    "duplicate id",
    "x\tX\tX\t2012-01-01\t\t\t\t\nx\tX\tX\t2012-01-01\t\t\t\t\n",
    /c\.tsv:3: duplicate id "x"/,
  ],
];
for (const [what, body, message] of malformed) {
  Deno.test(`\`parseConflicts()\` names file and line of a malformed entry: ${what}`, () => {
    assert.throws(() => parseConflicts(HEADER + body, "c.tsv"), {
      name: "SyntaxError",
      message,
    });
  });
}

Deno.test("`compileConflicts()` names the conflict's line when a term cannot be matched", () => {
  const conflicts = parseConflicts(
    HEADER + "x\tX\tX\t2012-01-01\t\t+++\t\t\n",
    "c.tsv",
  );
  assert.throws(() => compileConflicts(conflicts), {
    name: "SyntaxError",
    message: /c\.tsv:2/,
  });
});

Deno.test("`loadConflicts()` ships the conflicts German news covers, with places and cues", () => {
  const all = loadConflicts();
  assert(all.length >= 25);
  for (
    const id of [
      "russia_ukraine_war",
      "israel_hamas_war_2023",
      "afghanistan_war",
      "yemen_civil_war",
      "libyan_civil_war_2011",
      "mali_conflict",
      "syrian_civil_war",
      "iraq_invasion_2003",
    ]
  ) {
    const c = all.find((x) => x.id === id);
    assert(c, id);
    assert(c.places.length > 0 && c.cues.length > 0, id);
  }
  for (const c of all) assert(c.end === "" || c.end >= c.start, c.id);
  // Every term compiles into the matcher.
  assertEquals(compileConflicts(all).conflicts.length, all.length);
});
