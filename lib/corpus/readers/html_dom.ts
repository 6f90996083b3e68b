/**
 * An HTML document parsed with linkedom, typed with the few DOM members the
 * readers use (Deno's type check has no DOM library).
 *
 * @module
 */
import { parseHTML } from "linkedom";

/** The element members the readers use. */
export interface HtmlElement {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<HtmlElement>;
  parentElement: HtmlElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(
    selector: string,
  ): ArrayLike<HtmlElement> & Iterable<HtmlElement>;
  closest(selector: string): HtmlElement | null;
}

/** The document members the readers use. */
export interface HtmlDocument {
  documentElement: HtmlElement | null;
  body: HtmlElement;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(
    selector: string,
  ): ArrayLike<HtmlElement> & Iterable<HtmlElement>;
}

/** Parse `html` into a document. */
export function parseHtmlDocument(html: string): HtmlDocument {
  return (parseHTML(html) as unknown as { document: HtmlDocument }).document;
}
