import { deepStrictEqual as assertEquals } from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url).pathname;
const FIXTURE = `${ROOT}tests/fixtures/notebooks/01-deno-style.ipynb`;

interface Cell {
  cell_type: string;
  source: string[];
  outputs?: unknown[];
}

async function generate(): Promise<
  { cells: Cell[]; metadata: Record<string, unknown> }
> {
  const build = Deno.makeTempDirSync();
  const run = await new Deno.Command("node", {
    args: [`${ROOT}scripts/tslab_notebook.mjs`, FIXTURE],
    env: { BUILD_DIR: build },
    stderr: "piped",
  }).output();
  assertEquals(run.code, 0, new TextDecoder().decode(run.stderr));
  const nb = JSON.parse(
    Deno.readTextFileSync(`${build}/notebooks/01-deno-style.ipynb`),
  );
  Deno.removeSync(build, { recursive: true });
  return nb;
}

Deno.test("`tslab_notebook.mjs` points library and npm imports at the Node build", async () => {
  const nb = await generate();
  const code = nb.cells.filter((c) => c.cell_type === "code")
    .map((c) => c.source.join(""));
  assertEquals(
    code[0],
    'import { show } from "./_display.js";\n' +
      'import { analyzeCorpus, showTable } from "../lib/mod.js";\n' +
      'import * as aq from "arquero";\n' +
      'const t = await analyzeCorpus("../corpus");\n' +
      "show(showTable(t.articles));",
  );
  assertEquals(
    code[1],
    'const { op } = await import("arquero");\nconst n = 3;',
  );
});

Deno.test("`tslab_notebook.mjs` passes a cell's final expression to show() and nothing else", async () => {
  const nb = await generate();
  const code = nb.cells.filter((c) => c.cell_type === "code")
    .map((c) => c.source.join(""));
  assertEquals(code[2], "// a comment\nshow(n + 1);");
});

Deno.test("`tslab_notebook.mjs` sets the tslab kernel, keeps the Markdown and leaves outputs out", async () => {
  const nb = await generate();
  assertEquals(
    (nb.metadata.kernelspec as { name: string }).name,
    "tslab",
  );
  assertEquals(nb.cells[0].source.join("").includes("tslab copy"), true);
  assertEquals(
    nb.cells[1].source.join(""),
    "# A Deno notebook in the style of the numbered ones",
  );
  for (const c of nb.cells) {
    if (c.cell_type === "code") assertEquals(c.outputs, []);
  }
});
