import assert from "node:assert/strict";
import { notebookConfig } from "../../lib/notebook/config.ts";

Deno.test("`notebookConfig()` reads the notebooks' choices FRAMING_ACTOR, FRAMING_ACTORS and FRAMING_CONFLICT", () => {
  const c = notebookConfig("05-conflicts-compared", {
    env: {
      FRAMING_ACTOR: " usa ",
      FRAMING_ACTORS: "usa, iran,,syria_government",
      FRAMING_CONFLICT: "iraq_war_2003",
    },
  });
  assert.equal(c.actor, "usa");
  assert.deepEqual(c.actors, ["usa", "iran", "syria_government"]);
  assert.equal(c.conflict, "iraq_war_2003");
  const none = notebookConfig("05-conflicts-compared", { env: {} });
  assert.deepEqual([none.actor, none.actors, none.conflict], ["", [], ""]);
});

Deno.test("notebooks read the environment only through notebookConfig", () => {
  const dir = new URL("../../notebooks/", import.meta.url);
  for (const e of Deno.readDirSync(dir)) {
    if (!e.name.endsWith(".ipynb")) continue;
    const nb = JSON.parse(Deno.readTextFileSync(new URL(e.name, dir)));
    for (const cell of nb.cells) {
      if (cell.cell_type !== "code") continue;
      const src = Array.isArray(cell.source)
        ? cell.source.join("")
        : cell.source;
      assert.doesNotMatch(src, /process\.env|Deno\.env/, e.name);
    }
  }
});
