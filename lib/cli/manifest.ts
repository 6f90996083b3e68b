/**
 * `deno task manifest <folder>`: write a starter `manifest.csv` for a folder
 * of `.txt` articles, one row per file, for the user to fill in outlet, date
 * and title. An existing manifest is never overwritten.
 *
 * @module
 */
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { starterManifest } from "../corpus/readers/starter_manifest.ts";

const USAGE = `Usage: deno task manifest <corpus-folder>

Writes <corpus-folder>/manifest.csv with one row per .txt file: id (from the
file name), file, outlet "unknown", date (when the file name starts with
YYYY-MM-DD or YYYY-MM), language "de". Fill in outlet, date and title, then
run deno task report <corpus-folder>. An existing manifest.csv is kept.`;

function main(args: string[]): number {
  if (args.length !== 1 || args[0] === "-h" || args[0] === "--help") {
    console.log(USAGE);
    return args.length === 1 ? 0 : 2;
  }
  const dir = args[0];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(
      `error: ${dir} is not a folder; give the folder of .txt articles`,
    );
    return 1;
  }
  const target = join(dir, "manifest.csv");
  if (existsSync(target)) {
    console.error(
      `error: ${target} exists already; it was left as it is (remove it to start again)`,
    );
    return 1;
  }
  const files = readdirSync(dir).filter((f) =>
    f.endsWith(".txt") && statSync(join(dir, f)).isFile()
  );
  if (files.length === 0) {
    console.error(`error: ${dir} holds no .txt files; nothing to list`);
    return 1;
  }
  writeFileSync(target, starterManifest(files), { flag: "wx" });
  console.error(
    `wrote ${target}: ${files.length} row(s); fill in outlet, date and title`,
  );
  return 0;
}

if (import.meta.main) Deno.exit(main(Deno.args));
