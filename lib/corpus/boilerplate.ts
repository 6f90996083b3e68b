/**
 * Separate running text from boilerplate (datelines, date markers, image
 * credits, related-link lines, bylines). Rules are data: `lib/data/boilerplate.tsv`.
 *
 * @module
 */
import { dataPath, parseTsv, readTextFile } from "../io/data_file.ts";

/** One boilerplate rule, compiled. */
export interface BoilerplateRule {
  kind: string;
  scope: "line" | "prefix";
  pattern: RegExp;
  /** Where the rule was defined, for error messages. */
  source: string;
}

/** A piece of article text recorded as metadata rather than body. */
export interface MetadataSpan {
  kind: string;
  start: number;
  end: number;
  text: string;
}

/** A stretch of body text and the paragraph it belongs to (0-based). */
export interface BodyRegion {
  paragraph: number;
  start: number;
  end: number;
}

/** Body regions and metadata of one article. */
export interface ArticleLayout {
  regions: BodyRegion[];
  metadata: MetadataSpan[];
}

const KINDS = new Set([
  "dateline",
  "date_marker",
  "image_credit",
  "related_link",
  "byline",
]);

/**
 * Parse a boilerplate rule file (TSV: kind, scope, pattern).
 *
 * @throws {SyntaxError} naming the file and line of a malformed rule.
 */
export function parseBoilerplateRules(
  text: string,
  file: string,
): BoilerplateRule[] {
  const records = parseTsv(text, file);
  const rules: BoilerplateRule[] = [];
  for (const { line, fields } of records) {
    if (fields[0] === "kind") continue; // header
    const [kind, scope, pattern] = fields;
    const where = `${file}:${line}`;
    if (fields.length !== 3) {
      throw new SyntaxError(
        `Cannot read boilerplate rule at ${where}: expected 3 tab-separated columns (kind, scope, pattern), found ${fields.length}`,
      );
    }
    if (!KINDS.has(kind)) {
      throw new SyntaxError(
        `Cannot read boilerplate rule at ${where}: unknown kind "${kind}"; use one of ${
          [...KINDS].join(", ")
        }`,
      );
    }
    if (scope !== "line" && scope !== "prefix") {
      throw new SyntaxError(
        `Cannot read boilerplate rule at ${where}: scope must be "line" or "prefix", not "${scope}"`,
      );
    }
    let re: RegExp;
    try {
      re = new RegExp(
        scope === "line" ? `^(?:${pattern})$` : `^(?:${pattern})`,
        "u",
      );
    } catch (e) {
      throw new SyntaxError(
        `Cannot read boilerplate rule at ${where}: invalid pattern: ${
          (e as Error).message
        }`,
      );
    }
    rules.push({ kind, scope, pattern: re, source: where });
  }
  return rules;
}

let defaultRules: BoilerplateRule[] | undefined;

/** The rules in `lib/data/boilerplate.tsv`, parsed once. */
export function loadBoilerplateRules(path?: string): BoilerplateRule[] {
  if (path) return parseBoilerplateRules(readTextFile(path), path);
  defaultRules ??= parseBoilerplateRules(
    readTextFile(dataPath("boilerplate.tsv")),
    "lib/data/boilerplate.tsv",
  );
  return defaultRules;
}

// Lines longer than this are running text, never boilerplate; this also
// bounds the work the rule patterns can do on hostile input.
const MAX_BOILERPLATE_LINE = 200;

/**
 * Split an article into body regions and metadata spans.
 *
 * Paragraphs are separated by blank lines. Datelines and date markers are
 * only recognised in the article's header (before its first body line); image credits, related links
 * and bylines anywhere, but only as whole lines.
 */
export function layoutArticle(
  text: string,
  rules: BoilerplateRule[] = loadBoilerplateRules(),
): ArticleLayout {
  const regions: BodyRegion[] = [];
  const metadata: MetadataSpan[] = [];
  let paragraph = -1;
  let inParagraph = false;
  let first = true; // still at the article's first non-blank line
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    if (start === end) {
      inParagraph = false;
    } else {
      let kind: string | null = null;
      const line = text.slice(start, end);
      if (line.length <= MAX_BOILERPLATE_LINE) {
        for (const r of rules) {
          if (r.scope !== "line") continue;
          if (
            !first && (r.kind === "dateline" || r.kind === "date_marker")
          ) continue;
          // A dateline heads a body: the article's only line is text.
          if (r.kind === "dateline" && text.slice(nl).trim() === "") continue;
          if (r.pattern.test(line)) {
            kind = r.kind;
            break;
          }
        }
      }
      if (kind) {
        // A metadata line keeps the article in its header: "date 2020-02",
        // then "Kairo." on the next line is still a dateline.
        metadata.push({ kind, start, end, text: line });
        inParagraph = false;
      } else {
        if (first) {
          // Prefix rules: a date marker or dateline opening the first line.
          let matched = true;
          while (matched) {
            matched = false;
            for (const r of rules) {
              if (r.scope !== "prefix") continue;
              const m = r.pattern.exec(
                text.slice(start, Math.min(end, start + MAX_BOILERPLATE_LINE)),
              );
              if (m && m[0].length > 0 && start + m[0].length < end) {
                const raw = m[0];
                const trimmed = raw.trim();
                const off = start + raw.indexOf(trimmed);
                metadata.push({
                  kind: r.kind,
                  start: off,
                  end: off + trimmed.length,
                  text: trimmed,
                });
                start += raw.length;
                while (start < end && /\s/u.test(text[start])) start++;
                matched = true;
                break;
              }
            }
          }
        }
        if (!inParagraph) {
          paragraph++;
          inParagraph = true;
          regions.push({ paragraph, start, end });
        } else {
          // Same paragraph, next line: extend the region.
          regions[regions.length - 1].end = end;
        }
        first = false;
      }
    }
    pos = nl + 1;
  }
  return { regions, metadata };
}
