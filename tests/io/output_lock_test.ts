// Issue 14, case 5: two runs into one outputs folder; the later one failed
// at its very end with a raw ENOENT.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LOCK_FILE, withOutputLock } from "../../lib/io/output_lock.ts";

Deno.test("issue 14 case 5: a second run into a locked outputs folder stops at once, naming the first", async () => {
  const out = await Deno.makeTempDir();
  let inner: unknown = null;
  await withOutputLock(out, async () => {
    assert.ok(existsSync(join(out, LOCK_FILE)));
    inner = await withOutputLock(out, () => "ran").catch((e) => e);
  });
  assert.ok(inner instanceof Error);
  assert.match(
    inner.message,
    new RegExp(
      `^another run is writing to ${out} \\(pid ${Deno.pid}, started at \\d{4}-\\d\\d-\\d\\dT`,
    ),
  );
  // Released when the first run ends.
  assert.deepEqual(readdirSync(out), []);
  assert.equal(await withOutputLock(out, () => "ran"), "ran");
});

Deno.test("issue 14 case 5: a lock left by a dead run is taken over with a note", async () => {
  const out = await Deno.makeTempDir();
  // A pid far above pid_max is never a live process.
  writeFileSync(
    join(out, LOCK_FILE),
    JSON.stringify({ pid: 2 ** 30, started: "2026-01-01T00:00:00.000Z" }),
  );
  const notes: string[] = [];
  const r = await withOutputLock(out, () => "ran", {
    onNote: (m) => notes.push(m),
  });
  assert.equal(r, "ran");
  assert.equal(notes.length, 1);
  assert.match(
    notes[0],
    /took over the lock of .* from a run that no longer exists \(pid 1073741824, started at 2026-01-01T00:00:00\.000Z\)/,
  );
  assert.ok(!existsSync(join(out, LOCK_FILE)));
});

Deno.test("issue 14 case 10: a failed first run leaves no empty outputs folder, a failed later run keeps it", async () => {
  const parent = await Deno.makeTempDir();
  const out = join(parent, "outputs");
  await assert.rejects(
    withOutputLock(out, () => {
      throw new Error("strict: bad article");
    }),
    /bad article/,
  );
  assert.ok(!existsSync(out));
  mkdirSync(out);
  await assert.rejects(withOutputLock(out, () => {
    throw new Error("again");
  }));
  assert.ok(existsSync(out));
});
