import assert from "node:assert/strict";
import { join } from "node:path";
import type { CorpusProblem } from "../../../lib/corpus/problems.ts";
import { readInput } from "../../../lib/corpus/readers/read_input.ts";
import { latin1, messages, writeFiles } from "./_files.ts";

Deno.test("folder of .txt without manifest: ids from file names, outlet unknown, no date, a note", async () => {
  const dir = await writeFiles({
    "2016-03 Aleppo.txt": "In Aleppo wird gekämpft.\n",
    "b.txt": "\uFEFFDie NATO tagt.\r\n",
    "c.txt": latin1("Köln.\n"),
    "d.txt": "",
    "notes.md": "# not an article",
    ".DS_Store": "\0\0",
  });
  await Deno.symlink("/etc/hostname", join(dir, "z.txt"));
  const problems: CorpusProblem[] = [];
  const inputs = (await readInput(dir, problems))!;
  assert.deepEqual(inputs.map((i) => [i.id, i.file, i.outlet, i.date]), [
    ["2016-03_Aleppo", "2016-03 Aleppo.txt", "unknown", ""],
    ["b", "b.txt", "unknown", ""],
  ]);
  assert.equal(inputs[1].text, "Die NATO tagt.\n");
  assert.ok(inputs[1].notes!.some((n) => /byte-order mark/.test(n)));
  const notes = messages(problems, "note");
  assert.match(
    notes[0],
    /no manifest\.csv: 4 \.txt file\(s\) read .*deno task manifest/,
  );
  assert.ok(
    notes.some((n) =>
      /not a format the reader knows \(\.md\); skipped/.test(n)
    ),
  );
  const errors = problems.filter((p) => p.severity === "error").map((p) =>
    p.file
  );
  assert.deepEqual(errors, [join(dir, "c.txt"), join(dir, "d.txt")]);
});

Deno.test("a folder with manifest.csv is left to the manifest reader; a missing path and an empty folder are errors", async () => {
  const dir = await writeFiles({ "manifest.csv": "id,file\n", "a.txt": "x" });
  assert.equal(await readInput(dir, []), null);
  await assert.rejects(
    () => readInput(join(dir, "nope"), []),
    /the corpus does not exist/,
  );
  const empty = await Deno.makeTempDir();
  await assert.rejects(
    () => readInput(empty, []),
    /the corpus folder is empty/,
  );
  await assert.rejects(
    () => readInput(dir, [], { format: "pdf" }),
    /Cannot read input format "pdf"/,
  );
});
