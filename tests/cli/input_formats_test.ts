import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { parquetWriteBuffer } from "hyparquet-writer";
import { buildDocx, writeFiles } from "../corpus/readers/_files.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

async function task(...args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", ...args],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
}

const TEXT =
  "In Aleppo wird gekämpft. Die Rebellen halten den Osten der Stadt.";
const PAGE_TEXT = Array(4).fill(
  "Die Offensive auf Mossul hat begonnen. Irakische Truppen rücken von Süden vor.",
).map((p) => `<p>${p}</p>`).join("");

Deno.test("`deno task analyze` reads a folder of every export format without manifest into one articles table", async () => {
  const dir = await writeFiles({
    "a.txt": TEXT,
    "mc.csv":
      `stories_id,publish_date,media_name,text\n11,2016-03-14,Tagesblatt,"${TEXT}"\n`,
    "t.tsv":
      `id\tdate\ttext\tsource\nt1\t2015-06..2016-05\t${TEXT}\tAbendpost\n`,
    "s.jsonl":
      JSON.stringify({ id: "j1", body: TEXT, published_at: "2016-05-01" }) +
      "\n",
    "s.json": JSON.stringify([{ id: "j2", content: TEXT }]),
    "p.parquet": new Uint8Array(parquetWriteBuffer({
      columnData: [{ name: "id", data: ["p1"], type: "STRING" }, {
        name: "text",
        data: [TEXT],
        type: "STRING",
      }],
    })),
    "n.docx": await buildDocx([
      "Kämpfe",
      "Tagesblatt",
      "March 14, 2016",
      "Body",
      TEXT,
      "End of Document",
    ]),
    "f.html":
      `<div class="article"><table><tr><td>HD</td><td>Kämpfe</td></tr><tr><td>PD</td><td>14 March 2016</td></tr><tr><td>LP</td><td><p>${TEXT}</p></td></tr></table></div>`,
    "f.txt":
      `HD Kämpfe\nPD 14 March 2016\nSN Morgenbote\nLP ${TEXT}\nDocument F1\n`,
    "w.html":
      `<html><head><meta property="og:site_name" content="Webblatt"></head><body><article>${PAGE_TEXT}</article></body></html>`,
  });
  const out = await Deno.makeTempDir();
  const r = await task("analyze", dir, out, "--workers", "1");
  assert.equal(r.code, 0, r.stderr);
  const articles = aq.fromCSV(
    readFileSync(join(out, "tables", "articles.csv"), "utf8"),
    { autoType: false },
  );
  assert.deepEqual(
    articles.select(
      "article_id",
      "file",
      "position",
      "outlet",
      "date",
      "date_precision",
    ).objects()
      .map((o) => Object.values(o).join("|")),
    [
      "a|a.txt||unknown||",
      "f-001|f.html|article 1|unknown|2016-03-14|day",
      "F1|f.txt|article 1|Morgenbote|2016-03-14|day",
      "11|mc.csv|row 1|Tagesblatt|2016-03-14|day",
      "n-001|n.docx|article 1|Tagesblatt|2016-03-14|day",
      "p1|p.parquet|row 1|unknown||",
      "j2|s.json|item 1|unknown||",
      "j1|s.jsonl|line 1|unknown|2016-05-01|day",
      "t1|t.tsv|row 1|Abendpost|2015-06..2016-05|range",
      "w|w.html||Webblatt||",
    ],
  );
  // f.txt is a Factiva export (recognised by its layout), a.txt plain text.
  assert.match(r.stderr, /no manifest\.csv: 1 \.txt file\(s\) read/);
});

Deno.test("`deno task analyze <file.csv> --columns` and `deno task manifest <folder>`", async () => {
  const dir = await writeFiles({
    "export.csv": `nr,inhalt,wann\n1,"${TEXT}",2016-03\n`,
    "2016-03-14_aleppo.txt": TEXT,
    "b.txt": TEXT,
  });
  const out = await Deno.makeTempDir();
  const r = await task(
    "analyze",
    join(dir, "export.csv"),
    out,
    "--columns",
    "id=nr,text=inhalt,date=wann",
    "--workers",
    "1",
  );
  assert.equal(r.code, 0, r.stderr);
  const articles = readFileSync(join(out, "tables", "articles.csv"), "utf8");
  assert.match(articles, /^1,export\.csv,row 1,/m);
  const bad = await task(
    "analyze",
    join(dir, "export.csv"),
    out,
    "--columns",
    "txt=inhalt",
  );
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /Cannot read --columns "txt=inhalt"/);

  await Deno.remove(join(dir, "export.csv"));
  const m = await task("manifest", dir);
  assert.equal(m.code, 0, m.stderr);
  assert.equal(
    readFileSync(join(dir, "manifest.csv"), "utf8"),
    "id,file,title,outlet,date,date_precision,date_note,language,conflict\n" +
      "2016-03-14_aleppo,2016-03-14_aleppo.txt,,unknown,2016-03-14,day,from the file name,de,\n" +
      "b,b.txt,,unknown,,,,de,\n",
  );
  const again = await task("manifest", dir);
  assert.notEqual(again.code, 0);
  assert.match(again.stderr, /exists already; it was left as it is/);
  // The starter manifest is valid: the folder now analyses through it.
  const r2 = await task("analyze", dir, out, "--workers", "1");
  assert.equal(r2.code, 0, r2.stderr);
  assert.ok(existsSync(join(out, "tables", "articles.csv")));
});
