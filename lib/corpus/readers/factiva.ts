/**
 * Factiva articles from their field codes, shared by the HTML and the
 * plain-text export: `HD` headline, `BY` byline, `WC` word count, `PD`
 * publication date, `SN` source name, `SC` source code, `LA` language,
 * `LP` lead paragraphs and `TD` the rest of the text, `AN` the document id.
 *
 * @module
 */
import { parseLooseDate } from "./parse_date.ts";
import type { ReaderContext, SourcedInput } from "./types.ts";

/** Codes Factiva writes (a field starts with one of them). */
export const FACTIVA_CODES = [
  "HD",
  "BY",
  "WC",
  "PD",
  "ET",
  "SN",
  "SC",
  "ED",
  "PG",
  "LA",
  "CY",
  "LP",
  "TD",
  "CT",
  "RF",
  "CO",
  "IN",
  "NS",
  "RE",
  "IPC",
  "IPD",
  "PUB",
  "AN",
  "SE",
  "CR",
  "CLM",
  "ART",
  "NGC",
] as const;

const LANGUAGES: Record<string, string> = {
  german: "de",
  deutsch: "de",
  english: "en",
  englisch: "en",
  french: "fr",
  französisch: "fr",
};

/** Field code → its paragraphs. */
export type FactivaFields = Record<string, string[]>;

/**
 * One article from its fields, or null (with a problem) when it has no
 * text. `position` is "article 2" or similar, `line` where known.
 */
export function factivaArticle(
  fields: FactivaFields,
  context: ReaderContext,
  at: { index: number; position: string; line: number | null },
  idPrefix: string,
): SourcedInput | null {
  const one = (code: string) =>
    (fields[code] ?? []).join(" ").replace(/\s+/g, " ").trim();
  const paragraphs = [...(fields.LP ?? []), ...(fields.TD ?? [])]
    .map((p) => p.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean);
  const problem = (severity: "error" | "note", message: string) =>
    context.problems.push({
      file: context.path,
      line: at.line,
      severity,
      message: `${at.position}: ${message}`,
    });
  const title = one("HD");
  if (paragraphs.length === 0) {
    problem(
      "error",
      `no text (fields LP and TD are missing or empty${
        title ? `; headline "${title.slice(0, 60)}"` : ""
      }); skipped`,
    );
    return null;
  }
  const pd = one("PD");
  const date = pd ? parseLooseDate(pd) : null;
  if (pd && !date) {
    problem("note", `cannot read the date "${pd}"; kept without a date`);
  }
  if (!pd) {
    problem("note", "no PD (publication date) field; kept without a date");
  }
  const an = one("AN").replace(/^Document\s+/i, "");
  const id = /^[A-Za-z0-9][A-Za-z0-9_.\-]*$/.test(an)
    ? an
    : `${idPrefix}-${String(at.index + 1).padStart(3, "0")}`;
  const input: SourcedInput = {
    id,
    text: paragraphs.join("\n\n"),
    file: context.file,
    position: at.position,
    title,
    outlet: one("SN") || one("SC") || "unknown",
    date: date?.date ?? "",
    date_note: date && date.date !== pd ? `from "${pd}"` : "",
    language: LANGUAGES[one("LA").toLowerCase()] ?? (one("LA") || "de"),
  };
  if (at.line !== null) input.line = at.line;
  for (
    const [code, name] of [["BY", "byline"], ["WC", "length"], [
      "SC",
      "source_code",
    ]]
  ) {
    if (one(code)) input[name] = one(code);
  }
  return input;
}
