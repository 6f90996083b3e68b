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
