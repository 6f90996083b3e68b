import { deepStrictEqual as assertEquals } from "node:assert/strict";
import * as XLSX from "xlsx";

const ROOT = new URL("../../", import.meta.url).pathname;

Deno.test("`deno task analyze` writes outputs/tables/framing.xlsx with the articles of the corpus", async () => {
  const out = Deno.makeTempDirSync();
  const run = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "lib/cli/analyze.ts", "corpus", out, "--quiet"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(run.code, 0, new TextDecoder().decode(run.stderr));
  const bytes = Deno.readFileSync(`${out}/tables/framing.xlsx`);
  const wb = XLSX.read(bytes, { type: "array" });
  assertEquals(wb.SheetNames[0], "articles");
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
    wb.Sheets.articles,
  );
  const manifest = Deno.readTextFileSync(`${ROOT}corpus/manifest.csv`)
    .trim().split("\n").length - 1;
  assertEquals(rows.length, manifest);
  assertEquals(typeof rows[0].article_id, "string");
  assertEquals(typeof rows[0].n_words, "number");
  Deno.removeSync(out, { recursive: true });
});
