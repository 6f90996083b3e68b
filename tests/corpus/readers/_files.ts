/**
 * Test helpers for the corpus readers: write export files into a temporary
 * folder, read them back with `readInput`, and build `.docx` files.
 *
 * @module
 */
import JSZip from "jszip";
import { join } from "node:path";
import type { CorpusProblem } from "../../../lib/corpus/problems.ts";
import {
  readInput,
  type ReadInputOptions,
} from "../../../lib/corpus/readers/read_input.ts";
import type { SourcedInput } from "../../../lib/corpus/readers/types.ts";

/** Write `files` into a new temporary folder; returns its path. */
export async function writeFiles(
  files: Record<string, string | Uint8Array>,
): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "framing-readers-" });
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    if (typeof content === "string") await Deno.writeTextFile(path, content);
    else await Deno.writeFile(path, content);
  }
  return dir;
}

/** Read one file (written into a temporary folder) with `readInput`. */
export async function readOne(
  name: string,
  content: string | Uint8Array,
  options: ReadInputOptions = {},
): Promise<{ inputs: SourcedInput[]; problems: CorpusProblem[] }> {
  const dir = await writeFiles({ [name]: content });
  const problems: CorpusProblem[] = [];
  const inputs = (await readInput(join(dir, name), problems, options)) ?? [];
  await Deno.remove(dir, { recursive: true });
  return { inputs, problems };
}

/** Problems of one severity, as "line: message" strings. */
export function messages(
  problems: CorpusProblem[],
  severity: "error" | "note",
): string[] {
  return problems.filter((p) => p.severity === severity).map((p) =>
    `${p.line ?? "-"}: ${p.message}`
  );
}

export { latin1 } from "../../_corpus.ts";

const escapeXml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A minimal Word `.docx` with one paragraph per line of `lines`. */
export async function buildDocx(lines: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const body = lines.map((l) =>
    `<w:p><w:r><w:t xml:space="preserve">${escapeXml(l)}</w:t></w:r></w:p>`
  ).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return await zip.generateAsync({ type: "uint8array" });
}
