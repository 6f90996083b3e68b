/**
 * SVG snapshot comparison, as Observable Plot's own test suite does it:
 * normalise (round numbers, renumber ids, one tag per line), compare with
 * `snapshots/<name>.svg`; on a mismatch write `<name>-changed.svg` beside it
 * and fail. A missing snapshot fails too (a test that writes its own
 * expectation cannot fail); run with `UPDATE_SNAPSHOTS=1` to write missing
 * snapshots and replace changed ones.
 *
 * @module
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import process from "node:process";
import { fromFileUrl } from "./_path.ts";

const DIR = fromFileUrl(new URL("./snapshots/", import.meta.url));

/** Normalise an SVG string so that only meaningful changes show. */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!ids.has(m[1])) ids.set(m[1], `id-${ids.size + 1}`);
  }
  return svg
    .replace(
      /(\sid="|url\(#|href="#)([^")]+)/g,
      (m, lead: string, id: string) => ids.has(id) ? lead + ids.get(id) : m,
    )
    .replace(/\bplot-[0-9a-f]{6}\b|\bplot-chart\b/g, "plot")
    .replace(
      /(\s[\w:-]+=")([^"]*)"/g,
      (_m, lead: string, value: string) =>
        lead +
        value.replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, (n) => {
          const r = Math.round(Number(n) * 100) / 100;
          return Object.is(r, -0) ? "0" : String(r);
        }) + '"',
    )
    .replace(/>\s*</g, ">\n<")
    .trim() + "\n";
}

/** Whether snapshots are being (re)written: `UPDATE_SNAPSHOTS=1`. */
export function updatingSnapshots(): boolean {
  return process.env.UPDATE_SNAPSHOTS === "1";
}

/**
 * Compare `svg` with the stored snapshot `name`. Throws when it is missing,
 * or (after writing `<name>-changed.svg`) when they differ; with
 * `UPDATE_SNAPSHOTS=1` writes the snapshot instead.
 */
export function assertSnapshot(
  name: string,
  svg: string,
  dir: string = DIR,
): void {
  const actual = normalizeSvg(svg);
  const stored = `${dir}${name}.svg`;
  const changed = `${dir}${name}-changed.svg`;
  if (updatingSnapshots()) {
    writeFileSync(stored, actual);
    if (existsSync(changed)) rmSync(changed);
    console.log(`wrote snapshot ${stored}; check it and commit it`);
    return;
  }
  if (!existsSync(stored)) {
    throw new Error(
      `Snapshot ${name}.svg is missing from ${dir}: run the test with UPDATE_SNAPSHOTS=1 to write it, check it and commit it`,
    );
  }
  const expected = readFileSync(stored, "utf8");
  if (expected === actual) {
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `Snapshot ${name}.svg differs: the new rendering is in ${changed}; ` +
      `if the change is intended, replace ${name}.svg with it (or run with UPDATE_SNAPSHOTS=1)`,
  );
}
