import { deepStrictEqual as assertEquals } from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url).pathname;
const decoder = new TextDecoder();

Deno.test({
  name:
    "notebook 07-danfo-excel reads the main job's workbook with danfojs and shows describe()",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const outputs = Deno.makeTempDirSync();
    const analyze = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "lib/cli/analyze.ts", "corpus", outputs, "--quiet"],
      cwd: ROOT,
      stderr: "piped",
    }).output();
    assertEquals(analyze.code, 0, decoder.decode(analyze.stderr));
    const executed = `${outputs}/07.ipynb`;
    const run = await new Deno.Command("/usr/bin/python3", {
      args: [
        "scripts/execute_notebook.py",
        "notebooks/07-danfo-excel.ipynb",
        executed,
      ],
      cwd: ROOT,
      env: { FRAMING_OUTPUTS: outputs, JUPYTER_PATH: `${ROOT}.jupyter` },
      stderr: "piped",
    }).output();
    assertEquals(run.code, 0, decoder.decode(run.stderr));
    const html = JSON.parse(Deno.readTextFileSync(executed)).cells
      .flatMap((c: { outputs?: { data?: Record<string, string[]> }[] }) =>
        c.outputs ?? []
      )
      .map((o: { data?: Record<string, string[]> }) =>
        (o.data?.["text/html"] ?? []).join("")
      ).join("\n");
    for (const statistic of ["count", "mean", "std", "median"]) {
      assertEquals(html.includes(`>${statistic}</td>`), true, statistic);
    }
    Deno.removeSync(outputs, { recursive: true });
  },
});
