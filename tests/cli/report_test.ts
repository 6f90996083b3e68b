import assert from "node:assert/strict";
import { join } from "node:path";
import {
  notebookNames,
  report,
  ROOT,
  runNotebooks,
  SEED_CORPUS,
  seedReports,
  snapshot,
} from "../reports/_build.ts";

Deno.test("`deno task report` writes one report per notebook and an index linking each", async () => {
  const out = await seedReports();
  const index = Deno.readTextFileSync(join(out, "index.html"));
  for (const name of notebookNames()) {
    const html = Deno.readTextFileSync(join(out, "reports", `${name}.html`));
    assert.ok(html.includes("<h1"), `${name} has a heading`);
    assert.ok(
      index.includes(`href="reports/${name}.html"`),
      `index links ${name}`,
    );
  }
  assert.ok(index.includes("<svg"), "the index shows at least one chart");
});

Deno.test("`deno task report` writes reports with no script and no link to a network host", async () => {
  const out = await seedReports();
  for (
    const file of [
      "index.html",
      ...notebookNames().map((n) => `reports/${n}.html`),
    ]
  ) {
    const html = Deno.readTextFileSync(join(out, file));
    assert.ok(!/<script/i.test(html), `${file} has no <script>`);
    assert.ok(!/<link\b/i.test(html), `${file} has no <link>`);
    assert.ok(
      !/\b(src|href)="(https?:)?\/\//i.test(html),
      `${file} loads nothing remote`,
    );
    assert.ok(!/@import/i.test(html), `${file} imports no stylesheet`);
  }
});

Deno.test("`deno task report` saves every shown chart as SVG and its data as CSV", async () => {
  const out = await seedReports();
  const charts = new Set(
    [...Deno.readDirSync(join(out, "charts"))].map((e) => e.name),
  );
  let shown = 0;
  for (const name of notebookNames()) {
    const html = Deno.readTextFileSync(join(out, "reports", `${name}.html`));
    const nb = JSON.parse(
      Deno.readTextFileSync(join(ROOT, "notebooks", `${name}.ipynb`)),
    );
    // Cells that call figure() (comment lines aside) each show one chart.
    const figureCells = nb.cells.filter((
      c: { cell_type: string; source: string[] | string },
    ) =>
      c.cell_type === "code" &&
      /(^|[^\w.])figure\(/.test(
        [c.source].flat().join("").replace(/^\s*\/\/.*$/gm, ""),
      )
    ).length;
    const figures = [...html.matchAll(/data-figure="([^"]+)"/g)].map((m) =>
      m[1]
    );
    assert.equal(
      figures.length,
      figureCells,
      `${name}: every figure cell has its chart`,
    );
    for (const f of figures) {
      assert.ok(charts.has(`${f}.svg`), `${f}.svg written`);
      assert.ok(charts.has(`${f}.csv`), `${f}.csv written`);
      assert.ok(
        f.startsWith(name.slice(0, 2)),
        `${f} is prefixed with its notebook number`,
      );
    }
    shown += figures.length;
  }
  assert.ok(shown > 0);
  const sentences = Deno.readTextFileSync(
    join(out, "charts", "01-words-per-sentence.csv"),
  );
  assert.ok(
    sentences.split("\n")[0].includes("sentence_id"),
    "sentence rows keep their ids",
  );
});

Deno.test("`deno task report` run twice gives byte-identical outputs", async () => {
  const out = await seedReports();
  const first = snapshot(out);
  assert.equal((await report(SEED_CORPUS, out)).code, 0);
  const second = snapshot(out);
  assert.deepEqual([...second.keys()], [...first.keys()]);
  for (const [path, bytes] of first) {
    assert.deepEqual(second.get(path), bytes, `${path} changed between runs`);
  }
});

function notebook(cells: string[]): string {
  return JSON.stringify({
    cells: cells.map((source, i) => ({
      cell_type: "code",
      execution_count: null,
      id: `c${i}`,
      metadata: {},
      outputs: [],
      source,
    })),
    metadata: {
      kernelspec: {
        name: "deno",
        display_name: "Deno",
        language: "typescript",
      },
    },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

async function withReports(
  cells: string[],
  check: (
    r: { code: number; stderr: string },
    before: Map<string, Uint8Array>,
    out: string,
  ) => void,
) {
  const out = Deno.makeTempDirSync({ prefix: "framing-reports-" });
  const nbs = Deno.makeTempDirSync({ prefix: "framing-notebooks-" });
  try {
    // A previous good run: a report and a chart that must survive.
    Deno.mkdirSync(join(out, "reports"));
    Deno.mkdirSync(join(out, "charts"));
    Deno.writeTextFileSync(
      join(out, "reports", "01-old.html"),
      "previous report",
    );
    Deno.writeTextFileSync(join(out, "charts", "01-old.svg"), "<svg></svg>");
    Deno.writeTextFileSync(join(out, "index.html"), "previous index");
    const before = snapshot(out);
    Deno.writeTextFileSync(join(nbs, "01-good.ipynb"), notebook(["1 + 1"]));
    Deno.writeTextFileSync(join(nbs, "02-broken.ipynb"), notebook(cells));
    check(await runNotebooks(nbs, out), before, out);
  } finally {
    Deno.removeSync(out, { recursive: true });
    Deno.removeSync(nbs, { recursive: true });
  }
}

Deno.test("`deno task report` names the failing notebook and cell and keeps the previous reports", async () => {
  await withReports(
    ['const x = "fine";', 'throw new RangeError("Kein Artikel")', "x"],
    (r, before, out) => {
      assert.notEqual(r.code, 0);
      assert.match(
        r.stderr,
        /02-broken\.ipynb, cell 2 \(id c1\) failed: RangeError: Kein Artikel/,
      );
      assert.deepEqual(snapshot(out), before);
    },
  );
});

Deno.test("`deno task report` fails when a cell that should display something shows nothing", async () => {
  await withReports(
    ["const x = [1].filter((n) => n > 1);", "x.pop()"],
    (r, before, out) => {
      assert.notEqual(r.code, 0);
      assert.match(
        r.stderr,
        /02-broken\.ipynb, cell 2 \(id c1\): the cell shows nothing/,
      );
      assert.deepEqual(snapshot(out), before);
    },
  );
});
