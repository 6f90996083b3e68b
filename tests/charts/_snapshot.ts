/**
 * SVG snapshot comparison, as Observable Plot's own test suite does it:
 * normalise (round numbers, renumber ids, one tag per line), compare with
 * `snapshots/<name>.svg`; on a mismatch write `<name>-changed.svg` beside it
 * and fail; when the stored file is missing, write it and say so.
 *
 * @module
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * Compare `svg` with the stored snapshot `name`. Throws (after writing
 * `<name>-changed.svg`) when they differ.
 */
export function assertSnapshot(name: string, svg: string): void {
  const actual = normalizeSvg(svg);
  const stored = `${DIR}${name}.svg`;
  const changed = `${DIR}${name}-changed.svg`;
  if (!existsSync(stored)) {
    writeFileSync(stored, actual);
    console.log(`wrote new snapshot ${stored}; check it and commit it`);
    return;
  }
  const expected = readFileSync(stored, "utf8");
  if (expected === actual) {
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `Snapshot ${name}.svg differs: the new rendering is in ${changed}; ` +
      `if the change is intended, replace ${name}.svg with it`,
  );
}
