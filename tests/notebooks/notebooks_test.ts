import assert from "node:assert/strict";
import { join } from "node:path";
import { notebookNames, ROOT } from "../reports/_build.ts";

interface Cell {
  cell_type: string;
  id?: string;
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
}

function read(
  name: string,
): { cells: Cell[]; metadata: Record<string, { name?: string }> } {
  return JSON.parse(
    Deno.readTextFileSync(join(ROOT, "notebooks", `${name}.ipynb`)),
  );
}

const src = (c: Cell) => [c.source].flat().join("");

Deno.test("notebooks are numbered 01, 02, … without gaps", () => {
  const names = notebookNames();
  assert.ok(names.length >= 6);
  names.forEach((n, i) =>
    assert.ok(n.startsWith(String(i + 1).padStart(2, "0") + "-"), n)
  );
});

Deno.test("each notebook opens with a heading, then its configuration cell", () => {
  for (const name of notebookNames()) {
    const { cells, metadata } = read(name);
    assert.equal(metadata.kernelspec?.name, "deno", `${name}: Deno kernel`);
    assert.equal(cells[0].cell_type, "markdown");
    assert.match(src(cells[0]), /^# /, `${name}: starts with a heading`);
    const firstCode = cells.find((c) => c.cell_type === "code")!;
    assert.ok(
      src(firstCode).includes(`notebookConfig("${name}")`),
      `${name}: the first code cell is notebookConfig("${name}")`,
    );
  }
});

Deno.test("notebooks hold glue only, are stored without outputs and have stable cell ids", () => {
  for (const name of notebookNames()) {
    const ids = new Set<string>();
    for (const c of read(name).cells) {
      assert.ok(
        c.id && !ids.has(c.id),
        `${name}: cell ids are present and unique`,
      );
      ids.add(c.id!);
      if (c.cell_type !== "code") continue;
      assert.ok(
        !/^\s*(export\s+)?(async\s+)?(function|class)\s/m.test(src(c)),
        `${name}, cell ${c.id}: functions and classes belong in lib/`,
      );
      assert.deepEqual(
        c.outputs ?? [],
        [],
        `${name}, cell ${c.id}: no stored output`,
      );
      assert.equal(
        c.execution_count ?? null,
        null,
        `${name}, cell ${c.id}: not executed`,
      );
    }
  }
});
