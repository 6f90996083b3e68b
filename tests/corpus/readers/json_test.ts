import assert from "node:assert/strict";
import { latin1, messages, readOne } from "./_files.ts";

Deno.test("JSON Lines: one article per line, common names recognised, bad lines reported by line", async () => {
  const jsonl = [
    JSON.stringify({
      id: "s1",
      headline: "Eins",
      body: "In Kiew fallen Bomben.",
      published_at: "2022-03-01T08:00:00Z",
      source: "Tagesblatt",
    }),
    "",
    "{ nicht json",
    JSON.stringify(["kein", "Objekt"]),
    JSON.stringify({ id: "s2", content: "Ohne Datum und Quelle." }),
    JSON.stringify({ id: "s3", content: "" }),
  ].join("\n");
  const { inputs, problems } = await readOne("scrape.jsonl", jsonl);
  assert.deepEqual(
    inputs.map((i) => [i.id, i.title, i.date, i.outlet, i.position]),
    [
      ["s1", "Eins", "2022-03-01", "Tagesblatt", "line 1"],
      ["s2", "", "", "unknown", "line 5"],
    ],
  );
  const errors = messages(problems, "error");
  assert.equal(errors.length, 3);
  assert.match(errors[0], /^3: line 3 is not valid JSON/);
  assert.match(errors[1], /^4: line 4: expected an object .* found an array/);
  assert.match(errors[2], /^6: line 6: the text column "content" is empty/);
});

Deno.test("JSON: an array, or an object holding one array; malformed JSON names the line", async () => {
  const arr = await readOne(
    "a.json",
    JSON.stringify([{ text: "Eins." }, { text: "Zwei.", date: "2016" }]),
  );
  assert.deepEqual(arr.inputs.map((i) => [i.id, i.date, i.position]), [[
    "a-0001",
    "",
    "item 1",
  ], ["a-0002", "2016", "item 2"]]);
  const wrapped = await readOne(
    "b.json",
    JSON.stringify({ count: 1, stories: [{ stories_id: 9, text: "Drei." }] }),
  );
  assert.deepEqual(wrapped.inputs.map((i) => i.id), ["9"]);
  const bad = await readOne("c.json", '[\n{"text": "x"},\n{"text": }\n]');
  assert.equal(bad.inputs.length, 0);
  assert.match(
    messages(bad.problems, "error")[0],
    /the file is not valid JSON .*no article of this file was read/,
  );
});

Deno.test("JSON: wrong encoding and empty files are errors", async () => {
  const l1 = await readOne("a.jsonl", latin1('{"text": "Köln"}\n'));
  assert.match(messages(l1.problems, "error")[0], /not valid UTF-8/);
  const empty = await readOne("a.json", "  \n");
  assert.match(
    messages(empty.problems, "error")[0],
    /the file is empty; it should hold an array/,
  );
});
