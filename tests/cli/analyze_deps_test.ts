import { deepStrictEqual as assertEquals } from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url).pathname;

interface DenoInfo {
  modules: { npmPackage?: string }[];
  npmPackages: Record<string, { dependencies: string[] }>;
}

/** The npm packages a module graph loads, with their dependencies. */
function loadedPackages(info: DenoInfo): string[] {
  const seen = new Set<string>();
  const todo = info.modules.flatMap((m) => m.npmPackage ?? []);
  while (todo.length) {
    const p = todo.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    todo.push(...(info.npmPackages[p]?.dependencies ?? []));
  }
  return [...seen].sort();
}

// danfojs brings TensorFlow.js (seconds to load, hundreds of MB); the
// analysis and its workbook need neither.
Deno.test("`deno task analyze` loads no danfojs or TensorFlow.js module", async () => {
  const run = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", "lib/cli/analyze.ts"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(run.code, 0, new TextDecoder().decode(run.stderr));
  const packages = loadedPackages(
    JSON.parse(new TextDecoder().decode(run.stdout)),
  );
  // The graph is real: arquero and the workbook writer are in it.
  assertEquals(packages.some((p) => p.startsWith("arquero@")), true);
  assertEquals(packages.some((p) => p.startsWith("xlsx@")), true);
  assertEquals(
    packages.filter((p) => /^(@tensorflow\/|danfojs@)/.test(p)),
    [],
  );
});
