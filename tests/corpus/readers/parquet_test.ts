import assert from "node:assert/strict";
import { parquetWriteBuffer } from "hyparquet-writer";
import { messages, readOne } from "./_files.ts";

function parquet(columns: Record<string, (string | null)[]>): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({
    columnData: Object.entries(columns).map(([name, data]) => ({
      name,
      data,
      type: "STRING" as const,
    })),
  }));
}

Deno.test("Parquet: rows become articles with Media Cloud names; missing text is an error per row", async () => {
  const bytes = parquet({
    stories_id: ["1", "2", "3"],
    title: ["Eins", null, "Drei"],
    publish_date: ["2016-03-14 09:00:00", "2016-04", null],
    media_name: ["Tagesblatt", "Abendpost", null],
    text: ["In Aleppo wird gekämpft.", "Die NATO tagt.", null],
  });
  const { inputs, problems } = await readOne("mc.parquet", bytes);
  assert.deepEqual(
    inputs.map((i) => [i.id, i.title, i.date, i.outlet, i.position]),
    [
      ["1", "Eins", "2016-03-14", "Tagesblatt", "row 1"],
      ["2", "", "2016-04", "Abendpost", "row 2"],
    ],
  );
  assert.deepEqual(messages(problems, "error"), [
    '-: row 3: the text column "text" is empty; the row was skipped',
  ]);
});

Deno.test("Parquet: --columns, a damaged file and an empty file", async () => {
  const bytes = parquet({ inhalt: ["Ein Text."], wann: ["2015-06"] });
  const ok = await readOne("x.parquet", bytes, {
    columns: "text=inhalt,date=wann",
  });
  assert.equal(ok.inputs[0].date, "2015-06");
  const damaged = await readOne("x.parquet", bytes.slice(0, bytes.length - 9));
  assert.equal(damaged.inputs.length, 0);
  assert.match(
    messages(damaged.problems, "error")[0],
    /not a readable Parquet file/,
  );
  const text = await readOne(
    "x.parquet",
    new TextEncoder().encode("id,text\n1,a\n"),
  );
  assert.match(
    messages(text.problems, "error")[0],
    /not a readable Parquet file/,
  );
  const empty = await readOne("x.parquet", new Uint8Array());
  assert.match(messages(empty.problems, "error")[0], /the file is empty/);
});
