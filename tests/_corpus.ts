/**
 * Test helpers: build throw-away corpora in temporary folders and fingerprint
 * folders, so tests can prove the corpus is only ever read.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join, relative } from "node:path";

/** The standard manifest header. */
export const HEADER =
  "id,file,title,outlet,date,date_precision,date_note,language,conflict";

/** One manifest row with defaults for everything but id and file. */
export function row(
  id: string,
  file = `${id}.txt`,
  fields: { date?: string; precision?: string; conflict?: string } = {},
): string {
  return [
    id,
    file,
    "",
    "unknown",
    fields.date ?? "2020-02",
    fields.precision ?? "",
    "",
    "de",
    fields.conflict ?? "",
  ].join(",");
}

/** A short German article that analyses to a few sentences. */
export function article(topic = "Bagdad"): string {
  return `Die Lage in ${topic} bleibt angespannt. Die Regierung rief zur Ruhe auf.\n\nBeobachter erwarten weitere Proteste.\n`;
}

/**
 * Create a corpus folder in a new temporary folder. `files` maps file names
 * to contents (string: written as UTF-8; bytes: written as they are). A
 * `manifest.csv` entry in `files` is written as given; otherwise, when `rows`
 * is given, a manifest is built from {@linkcode HEADER} and the rows.
 */
export async function makeCorpus(
  files: Record<string, string | Uint8Array>,
  rows?: string[],
): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "framing-corpus-" });
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === "string") {
      await Deno.writeTextFile(join(dir, name), content);
    } else await Deno.writeFile(join(dir, name), content);
  }
  if (rows && !("manifest.csv" in files)) {
    await Deno.writeTextFile(
      join(dir, "manifest.csv"),
      [HEADER, ...rows].join("\n") + "\n",
    );
  }
  return dir;
}

/**
 * SHA-256 of every file below `dir`, with modes and sizes, sorted by path.
 * Links are recorded by their target and never followed, and special files
 * (FIFOs, devices) by their mode only, so a hostile corpus can be
 * fingerprinted without reading outside it or blocking.
 */
export function fingerprint(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isSymbolicLink()) {
        out.push(`${relative(dir, p)} -> ${readlinkSync(p)}`);
      } else if (!st.isFile()) out.push(`${relative(dir, p)} ${st.mode}`);
      else {
        const h = createHash("sha256").update(readFileSync(p)).digest("hex");
        out.push(`${relative(dir, p)} ${st.mode} ${st.size} ${h}`);
      }
    }
  };
  walk(dir);
  return out.join("\n");
}

/** Bytes of `text` in Latin-1 (every char must be below U+0100). */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
