import { deepStrictEqual as assertEquals } from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url).pathname;

/** `name -> version` of the npm packages pinned in deno.json's import map. */
function denoPins(): Map<string, string> {
  const imports: Record<string, string> =
    JSON.parse(Deno.readTextFileSync(`${ROOT}deno.json`)).imports;
  const pins = new Map<string, string>();
  for (const spec of Object.values(imports)) {
    const m = spec.match(/^npm:((?:@[^/@]+\/)?[^/@]+)@([^/]+)$/);
    if (m) pins.set(m[1], m[2]);
  }
  return pins;
}

Deno.test("tools/node pins the Node build's npm packages to the versions in deno.json", () => {
  const pkg = JSON.parse(
    Deno.readTextFileSync(`${ROOT}tools/node/package.json`),
  );
  const lock = JSON.parse(
    Deno.readTextFileSync(`${ROOT}tools/node/package-lock.json`),
  );
  const pins = denoPins();
  for (const [name, version] of Object.entries(pkg.dependencies)) {
    assertEquals(version, pins.get(name), `${name} in tools/node/package.json`);
    assertEquals(
      lock.packages[`node_modules/${name}`].version,
      pins.get(name),
      `${name} in tools/node/package-lock.json`,
    );
  }
  // arquero's own dependency, held back as in deno.json (see NOTES).
  assertEquals(
    lock.packages["node_modules/@uwdata/flechette"].version,
    pins.get("@uwdata/flechette"),
  );
});

/** Every npm package imported by a file under `dir`, less node: built-ins. */
function npmImports(dir: string, skip: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const entry of Deno.readDirSync(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) {
      if (!skip.has(entry.name)) {
        for (const p of npmImports(path, skip)) found.add(p);
      }
    } else if (entry.name.endsWith(".ts")) {
      const text = Deno.readTextFileSync(path);
      for (
        const m of text.matchAll(/^(?:import|export)[^;]*? from "([^"]+)";/gms)
      ) {
        const spec = m[1];
        if (spec.startsWith(".") || spec.startsWith("node:")) continue;
        found.add(spec.match(/^(?:@[^/]+\/)?[^/]+/)![0]);
      }
    }
  }
  return found;
}

Deno.test("tools/node installs every npm package the Node build of lib/ imports", () => {
  const pkg = JSON.parse(
    Deno.readTextFileSync(`${ROOT}tools/node/package.json`),
  );
  // lib/cli and lib/bench are Deno-only and not built (tsconfig.build.json).
  const imported = npmImports(`${ROOT}lib`, new Set(["cli", "bench"]));
  const missing = [...imported].filter((p) => !(p in pkg.dependencies));
  assertEquals(
    missing,
    [],
    `add ${
      missing.join(", ")
    } to tools/node/package.json (as pinned in deno.json)`,
  );
});
