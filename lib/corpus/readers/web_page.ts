/**
 * Saved news web pages (`.html`): the article text extracted with Mozilla's
 * Readability (the library behind Firefox's Reader View) over linkedom; the
 * date and outlet from the page's metadata (`article:published_time`,
 * `og:site_name`, JSON-LD `datePublished` / `publisher`).
 *
 * @module
 */
import { Readability } from "@mozilla/readability";
import { idStem } from "./columns.ts";
import { decodeExport } from "./decode.ts";
import { type HtmlDocument, parseHtmlDocument } from "./html_dom.ts";
import { parseLooseDate } from "./parse_date.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

/** Fewer words than this is not an article. */
const MIN_WORDS = 20;
const BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

function meta(document: HtmlDocument, ...names: string[]): string {
  for (const n of names) {
    const el = document.querySelector(
      `meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`,
    );
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return "";
}

/** `datePublished` and publisher name from the page's JSON-LD blocks. */
function jsonLd(document: HtmlDocument): { date: string; outlet: string } {
  const out = { date: "", outlet: "" };
  for (
    const s of document.querySelectorAll('script[type="application/ld+json"]')
  ) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? "");
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (!out.date && typeof o.datePublished === "string") {
          out.date = o.datePublished;
        }
        const pub = o.publisher as Record<string, unknown> | undefined;
        if (!out.outlet && pub && typeof pub.name === "string") {
          out.outlet = pub.name;
        }
        if (Array.isArray(o["@graph"])) stack.push(...o["@graph"]);
      }
    }
  }
  return out;
}

/** Paragraph text of Readability's extracted HTML, blank-line separated. */
function blockText(html: string): string {
  const document = parseHtmlDocument(`<html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)]
    // Nested blocks (p inside li/blockquote) are counted by their parent.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (blocks.length) return blocks.join("\n\n");
  return (document.body.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * The page's text: UTF-8, or the legacy charset the page declares
 * (`<meta charset="windows-1252">`, as older German news sites do), with a
 * note; undeclared non-UTF-8 bytes are an error (see decodeText).
 */
function decodePage(bytes: Uint8Array, context: ReaderContext): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)/i.exec(head)
    ?.[1]
    .toLowerCase();
  if (declared && !/^utf-?8$/.test(declared)) {
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(declared, { fatal: true });
    } catch {
      decoder = null; // a charset TextDecoder does not know: try UTF-8
    }
    if (decoder) {
      try {
        const text = decoder.decode(bytes);
        context.problems.push({
          file: context.path,
          line: null,
          severity: "note",
          message: `decoded as ${declared}, as the page declares`,
        });
        return text;
      } catch {
        // Not valid in the declared charset either: report as UTF-8 would.
      }
    }
  }
  return decodeExport(bytes, context, "a saved news web page");
}

/** Read one saved web page as one article. */
export function readWebPage(
  bytes: Uint8Array,
  context: ReaderContext,
): SourcedInput[] {
  const html = decodePage(bytes, context);
  if (html === null) return [];
  const document = parseHtmlDocument(html);
  const published = meta(
    document,
    "article:published_time",
    "datePublished",
    "date",
    "dc.date",
    "DC.date.issued",
  );
  const ld = jsonLd(document);
  const siteName = meta(document, "og:site_name", "application-name");
  let parsed: ReturnType<Readability["parse"]> = null;
  try {
    parsed = new Readability(document as never).parse();
  } catch (e) {
    context.problems.push({
      file: context.path,
      line: null,
      severity: "error",
      message: `cannot extract the article from the page (${
        (e as Error).message
      }); save the page as plain text instead`,
    });
    return [];
  }
  const text = parsed?.content ? blockText(parsed.content) : "";
  // Readability returns its best guess even for pages without an article
  // (a navigation bar); fewer words than a short news item is no article.
  if (text.split(/\s+/).filter(Boolean).length < MIN_WORDS) {
    context.problems.push({
      file: context.path,
      line: null,
      severity: "error",
      message:
        `no article text found in the page (Readability found no main content of at least ${MIN_WORDS} words); save the article as plain text instead`,
    });
    return [];
  }
  const rawDate = published || ld.date || parsed?.publishedTime || "";
  const date = rawDate ? parseLooseDate(rawDate) : null;
  if (!date) {
    context.problems.push({
      file: context.path,
      line: null,
      severity: "note",
      message: rawDate
        ? `cannot read the page's date "${rawDate}"; the article is kept without a date`
        : "the page has no publication date (article:published_time or JSON-LD datePublished); the article is kept without a date",
    });
  }
  const lang = (document.documentElement?.getAttribute("lang") ?? "").slice(
    0,
    2,
  ).toLowerCase();
  const url = meta(document, "og:url") ||
    (document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
      "");
  const input: SourcedInput = {
    id: idStem(context.file),
    text,
    file: context.file,
    position: "",
    title: (parsed?.title ?? "").trim(),
    outlet: siteName || ld.outlet || parsed?.siteName || "unknown",
    date: date?.date ?? "",
    date_note: date && rawDate !== date.date
      ? `from page metadata "${rawDate}"`
      : "",
    language: lang || "de",
  };
  if (url) input.url = url;
  return input.text ? [input] : [];
}
