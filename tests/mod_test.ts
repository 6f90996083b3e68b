import assert from "node:assert/strict";
import * as mod from "../lib/mod.ts";

const source = Deno.readTextFileSync(new URL("../lib/mod.ts", import.meta.url));

/** Every name `lib/mod.ts` exports, types included, read from its source. */
function exportedNames(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const names: string[] = [];
  for (const m of code.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/).pop();
      if (name) names.push(name);
    }
  }
  for (const m of code.matchAll(/export\s+\*\s+as\s+(\w+)/g)) names.push(m[1]);
  assert.ok(!/export\s+\*\s+from/.test(code), "no unnamed `export *`");
  return names;
}

Deno.test("lib/mod.ts exports at most 100 names, types included", () => {
  const names = exportedNames(source);
  assert.ok(names.length <= 100, `${names.length} names`);
  assert.equal(new Set(names).size, names.length, "a name exported twice");
  // Every value name found in the source is what the module exports.
  for (const v of Object.keys(mod)) assert.ok(names.includes(v), v);
});

Deno.test("lib/mod.ts keeps the public text functions and the pipeline", () => {
  for (
    const f of [
      "splitSentences",
      "tokenize",
      "findActors",
      "findNames",
      "findQuotes",
      "scoreSentiment",
      "scoreTone",
      "analyzeCorpus",
      "readTables",
      "writeTables",
    ]
  ) assert.equal(typeof (mod as Record<string, unknown>)[f], "function", f);
  assert.equal(typeof mod.charts.prominenceChart, "function");
});

Deno.test("lib/mod.ts exposes no matcher internals or evaluation functions", () => {
  const names = exportedNames(source);
  for (
    const internal of [
      "CueIndex",
      "keynessG2",
      "chiSquare1Upper",
      "compileConflicts",
      "validateSentiment",
      "scoreSeedMentions",
    ]
  ) assert.ok(!names.includes(internal), internal);
});

Deno.test("importing lib/mod.ts loads no heavy optional dependency", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", "lib/mod.ts"],
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
  const info = JSON.parse(new TextDecoder().decode(out.stdout)) as {
    modules: { specifier: string }[];
  };
  // npm packages a module imports appear as "npm:/name@version" modules.
  const loaded = info.modules.map((m) => m.specifier).join("\n");
  for (const heavy of ["danfojs", "tensorflow", "duckdb", "playwright"]) {
    assert.ok(!loaded.includes(heavy), `lib/mod.ts loads ${heavy}`);
  }
  // The check can fail: the danfojs adapter does load danfojs.
  const danfo = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", "lib/danfo.ts"],
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
  }).output();
  assert.match(new TextDecoder().decode(danfo.stdout), /danfojs/);
});
