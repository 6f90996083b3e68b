/**
 * Nexis Uni `.docx` downloads: many articles in one Word file.
 *
 * Layout (as documented by the R package LexisNexisTools): each article
 * ends at the line `End of Document`; its metadata ends at the line `Body`;
 * the headline and the outlet are the two lines before the date line
 * ("January 11, 2010 Monday", "11. Januar 2010 Montag"); fields follow as
 * `Length:`, `Byline:`, `Section:`, and after the text `Load-Date:`.
 * Articles without `Body` are images or graphics and are skipped with a
 * note. A cover page before the first article is ignored: the headline is
 * found from the date line, not from the top of the file, so neither the
 * first article nor a blank line on the cover page confuses the reader.
 *
 * The Word file is unzipped with JSZip and its XML parsed with linkedom's
 * DOMParser (mammoth, the usual choice, assigns `__proto__`, which Deno
 * forbids).
 *
 * @module
 */
import JSZip from "jszip";
import { DOMParser } from "linkedom";
import { idStem } from "./columns.ts";
import { parseLooseDate } from "./parse_date.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

/** Field names Nexis writes as `Name: value` lines. */
const FIELD =
  /^(Length|Byline|Section|Load-Date|Dateline|Highlight|Language|Graphic|Publication-Type|Subject|Geographic|Company|Organization|Person|Industry|Document-Type|Journal-Code|Rubrik|Ressort|Autor|Länge|Name|Series|Edition|Ticker|Correction|Correction-Date|Notes|Type|Source|URL):\s*(.*)$/u;
const END = /^End of Document$/u;
const BODY = /^Body$/u;
/** Lines after the text that are not text. */
const AFTER_BODY = /^(Load-Date:|Classification$|Graphic:?$)/u;

interface XmlNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
}

/** The text of a Word paragraph: runs, tabs and line breaks. */
function paragraphText(p: XmlNode): string {
  let s = "";
  const walk = (n: XmlNode) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType !== 1) continue;
      const t = c.tagName;
      if (t === "w:t") s += c.textContent ?? "";
      else if (t === "w:tab") s += "\t";
      else if (t === "w:br" || t === "w:cr") s += "\n";
      else if (t !== "w:delText" && t !== "w:instrText") walk(c);
    }
  };
  walk(p);
  return s;
}

/**
 * The lines of a `.docx` file (one per paragraph and line break), or an
 * error text.
 */
export async function docxLines(
  bytes: Uint8Array,
): Promise<string[] | { error: string }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return {
      error:
        "the file is not a Word .docx file (not a zip archive); download the articles from Nexis Uni again as .docx, or save the file as .docx in Word",
    };
  }
  const entry = zip.file("word/document.xml");
  if (!entry) {
    return {
      error:
        "the file is a zip archive but not a Word document (no word/document.xml); download it from Nexis Uni again as .docx",
    };
  }
  const xml = await entry.async("string");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const paragraphs = Array.from(
    doc.getElementsByTagName("w:p") as unknown as ArrayLike<XmlNode>,
  );
  return paragraphs.flatMap((p) => paragraphText(p).split("\n"));
}

/** Read a Nexis Uni `.docx` download. */
export async function readNexisDocx(
  bytes: Uint8Array,
  context: ReaderContext,
): Promise<SourcedInput[]> {
  const problem = (severity: "error" | "note", message: string) =>
    context.problems.push({
      file: context.path,
      line: null,
      severity,
      message,
    });
  if (bytes.length === 0) {
    problem(
      "error",
      "the file is empty; it should be a Nexis Uni download saved as .docx",
    );
    return [];
  }
  const lines = await docxLines(bytes);
  if ("error" in lines) {
    problem("error", lines.error);
    return [];
  }
  const chunks: string[][] = [[]];
  for (const raw of lines) {
    if (END.test(raw.trim())) chunks.push([]);
    else chunks[chunks.length - 1].push(raw);
  }
  const trailing = chunks.pop()!;
  const hasEnd = chunks.length > 0;
  if (trailing.some((l) => BODY.test(l.trim()))) {
    chunks.push(trailing);
    problem(
      "note",
      `the last article has no "End of Document" line; it was read up to the end of the file`,
    );
  }
  if (!hasEnd && chunks.length === 0) {
    problem(
      "error",
      `no "End of Document" line and no "Body" line: this does not look like a Nexis Uni download (choose "Word (.docx)" and "Separate files" or "Single file" when downloading)`,
    );
    return [];
  }
  const out: SourcedInput[] = [];
  const stem = idStem(context.file);
  let k = 0;
  for (const chunk of chunks) {
    if (chunk.every((l) => l.trim() === "")) continue;
    k++;
    const position = `article ${k}`;
    const article = parseNexisArticle(chunk);
    if ("skip" in article) {
      problem("note", `${position}: ${article.skip}`);
      continue;
    }
    if (article.date === "") {
      problem(
        "note",
        `${position}: no date line found ("${
          article.title.slice(0, 60)
        }"); the article is kept without a date`,
      );
    }
    out.push({
      id: `${stem}-${String(k).padStart(3, "0")}`,
      file: context.file,
      position,
      ...article,
    });
  }
  return out;
}

/** One article's lines (between two `End of Document` lines) parsed. */
export function parseNexisArticle(lines: string[]):
  | {
    text: string;
    title: string;
    outlet: string;
    date: string;
    date_note: string;
    [field: string]: string;
  }
  | { skip: string } {
  const body = lines.findIndex((l) => BODY.test(l.trim()));
  if (body < 0) {
    const first = lines.find((l) => l.trim() !== "")?.trim() ?? "";
    return {
      skip: `no "Body" line, so no text (an image or graphic: "${
        first.slice(0, 60)
      }"); skipped`,
    };
  }
  const fields: Record<string, string> = {};
  const head: string[] = [];
  for (const raw of lines.slice(0, body)) {
    const l = raw.trim();
    if (l === "") continue;
    const f = FIELD.exec(l);
    if (f) fields[f[1].toLowerCase()] = f[2].trim();
    else head.push(l);
  }
  const textLines: string[] = [];
  for (const raw of lines.slice(body + 1)) {
    const l = raw.trim();
    const f = FIELD.exec(l);
    if (AFTER_BODY.test(l)) {
      if (f) fields[f[1].toLowerCase()] = f[2].trim();
      break;
    }
    textLines.push(l);
  }
  const text = textLines.join("\n").replace(/\n{2,}/g, "\n\n").trim()
    // One paragraph per line in Word: a blank line between paragraphs.
    .split(/\n+/).join("\n\n");
  if (text === "") return { skip: `the text after "Body" is empty; skipped` };
  // The date line: the last head line that is a full date; the headline
  // and the outlet are the two lines before it.
  let at = -1;
  for (let i = head.length - 1; i >= 1; i--) {
    const d = parseLooseDate(head[i]);
    if (d?.precision === "day") {
      at = i;
      break;
    }
  }
  let title: string, outlet: string, date = "", date_note = "";
  if (at >= 0) {
    title = at >= 2 ? head[at - 2] : head[0];
    outlet = at >= 2 ? head[at - 1] : "unknown";
    date = parseLooseDate(head[at])!.date;
  } else {
    title = head[0] ?? "";
    outlet = head[1] ?? "unknown";
    const load = fields["load-date"]
      ? parseLooseDate(fields["load-date"])
      : null;
    if (load) {
      date = load.date;
      date_note = "from Load-Date (the day Nexis loaded it)";
    }
  }
  const out: Record<string, string> = { text, title, outlet, date, date_note };
  for (const [k, v] of Object.entries(fields)) {
    if (!(k in out)) out[k.replace(/-/g, "_")] = v;
  }
  return out as ReturnType<typeof parseNexisArticle> & { text: string };
}
