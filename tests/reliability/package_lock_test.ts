// Issue 14, case 11: set-up rewrote the tracked tools/package-lock.json
// (+68 lines of optional platform packages), so a fresh clone was dirty
// after `bash scripts/setup.sh`. The committed lock must be the one npm
// writes for tools/package.json.
import assert from "node:assert/strict";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";

const TOOLS = new URL("../../tools/", import.meta.url).pathname;

Deno.test("issue 14 case 11: npm leaves the committed tools/package-lock.json as it is", async () => {
  const dir = await Deno.makeTempDir();
  for (const f of ["package.json", "package-lock.json"]) {
    copyFileSync(join(TOOLS, f), join(dir, f));
  }
  // What scripts/setup.sh runs, without installing: --package-lock-only
  // resolves from the lock and npm's cache (--offline: no network).
  const r = await new Deno.Command("npm", {
    args: [
      "install",
      "--prefix",
      dir,
      "--package-lock-only",
      "--offline",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(r.code, 0, new TextDecoder().decode(r.stderr));
  assert.equal(
    readFileSync(join(dir, "package-lock.json"), "utf8"),
    readFileSync(join(TOOLS, "package-lock.json"), "utf8"),
    "npm rewrites tools/package-lock.json: commit the lock it writes",
  );
});
