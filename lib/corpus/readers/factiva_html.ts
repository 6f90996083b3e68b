/**
 * Factiva's HTML export: one `div.article` per article, a table of field
 * codes (`HD`, `BY`, `WC`, `PD`, `SN`, `SC`, `LA`, `LP`, `TD`, `AN`) and
 * their contents; parsed with linkedom.
 *
 * @module
 */
import { idStem } from "./columns.ts";
import { decodeExport } from "./decode.ts";
import { type HtmlElement, parseHtmlDocument } from "./html_dom.ts";
import {
  FACTIVA_CODES,
  factivaArticle,
  type FactivaFields,
} from "./factiva.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

const CODES = new Set<string>(FACTIVA_CODES);

/** Whether an HTML text is a Factiva export (has `div.article` blocks). */
export function isFactivaHtml(html: string): boolean {
  return /<div[^>]*class=["'][^"']*\barticle\b/i.test(html) &&
    /\b(HD|LP|TD)\b/.test(html);
}

/** Paragraphs of an element: its `p` children, else its whole text. */
function paragraphs(el: HtmlElement): string[] {
  const ps = [...el.querySelectorAll("p")].map((p) => p.textContent ?? "");
  return ps.length ? ps : [el.textContent ?? ""];
}

/** Read a Factiva HTML export. */
export function readFactivaHtml(
  bytes: Uint8Array,
  context: ReaderContext,
): SourcedInput[] {
  const html = decodeExport(bytes, context, "Factiva articles (div.article)");
  if (html === null) return [];
  const document = parseHtmlDocument(html);
  const articles = [...document.querySelectorAll("div.article")];
  if (articles.length === 0) {
    context.problems.push({
      file: context.path,
      line: null,
      severity: "error",
      message:
        'no Factiva article (div class="article") in the file; export from Factiva as HTML with field codes ("Full Article/Report plus Indexing")',
    });
    return [];
  }
  const out: SourcedInput[] = [];
  const stem = idStem(context.file);
  articles.forEach((div, index) => {
    const fields: FactivaFields = {};
    for (const tr of div.querySelectorAll("tr")) {
      const cells = Array.from(tr.children).filter((c) => c.tagName === "TD");
      if (cells.length < 2) continue;
      const code = (cells[0].textContent ?? "").trim().toUpperCase();
      if (!CODES.has(code)) continue;
      (fields[code] ??= []).push(...paragraphs(cells[1]));
    }
    const input = factivaArticle(fields, context, {
      index,
      position: `article ${index + 1}`,
      line: null,
    }, stem);
    if (input) out.push(input);
  });
  return out;
}
