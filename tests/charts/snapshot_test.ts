import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import process from "node:process";
import { assertSnapshot, normalizeSvg } from "./_snapshot.ts";

const SVG = '<svg width="10.123"><rect id="a" x="1.006"/></svg>';

function withUpdate<T>(value: string | undefined, fn: () => T): T {
  const before = process.env.UPDATE_SNAPSHOTS;
  if (value === undefined) delete process.env.UPDATE_SNAPSHOTS;
  else process.env.UPDATE_SNAPSHOTS = value;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.UPDATE_SNAPSHOTS;
    else process.env.UPDATE_SNAPSHOTS = before;
  }
}

Deno.test("a missing snapshot fails and writes nothing", () => {
  const dir = Deno.makeTempDirSync() + "/";
  withUpdate(undefined, () =>
    assert.throws(
      () => assertSnapshot("new", SVG, dir),
      /Snapshot new\.svg is missing .*UPDATE_SNAPSHOTS=1/,
    ));
  assert.ok(!existsSync(`${dir}new.svg`));
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("UPDATE_SNAPSHOTS=1 writes the snapshot, which then passes", () => {
  const dir = Deno.makeTempDirSync() + "/";
  withUpdate("1", () => assertSnapshot("new", SVG, dir));
  assert.equal(readFileSync(`${dir}new.svg`, "utf8"), normalizeSvg(SVG));
  withUpdate(undefined, () => assertSnapshot("new", SVG, dir));
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("a changed rendering fails and is written beside the snapshot", () => {
  const dir = Deno.makeTempDirSync() + "/";
  withUpdate("1", () => assertSnapshot("c", SVG, dir));
  // Numbers are compared rounded to two decimals.
  withUpdate(
    undefined,
    () => assertSnapshot("c", SVG.replace("1.006", "1.0061"), dir),
  );
  withUpdate(undefined, () =>
    assert.throws(
      () => assertSnapshot("c", SVG.replace("1.006", "2"), dir),
      /Snapshot c\.svg differs/,
    ));
  assert.ok(existsSync(`${dir}c-changed.svg`));
  Deno.removeSync(dir, { recursive: true });
});
