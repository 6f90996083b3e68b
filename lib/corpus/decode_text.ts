/**
 * Turn the bytes of one article file into text, or say why not.
 *
 * @module
 */
import type { CorpusProblem } from "./problems.ts";

/** The decoded text and any problems (notes for normalisations). */
export interface DecodedText {
  text: string | null;
  problems: CorpusProblem[];
}

// ignoreBOM: keep a BOM in the decoded text, so that it can be removed with
// a note (by default TextDecoder drops it silently).
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
  }
  return line;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.1;
}

/**
 * "le" or "be" when the bytes look like UTF-16 (a UTF-16 byte-order mark, or
 * NUL bytes in every other position as in UTF-16 text of Latin script).
 */
function utf16(bytes: Uint8Array): "le" | "be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "be";
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.4 && evenNul === 0) return "le";
  if (evenNul > half * 0.4 && oddNul === 0) return "be";
  return null;
}

/**
 * Byte offset of the first invalid UTF-8 sequence (Unicode Table 3-7, so
 * overlong forms and encoded surrogates count as invalid, as they do for
 * TextDecoder), or -1.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let len = 0;
    let lo = 0x80, hi = 0xbf; // allowed range of the second byte
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (i + k >= bytes.length || (c & 0xc0) !== 0x80) return i;
      if (k === 1 && (c < lo || c > hi)) return i;
    }
    i += len;
  }
  return -1;
}

/** Options for {@linkcode decodeText}. */
export interface DecodeTextOptions {
  /**
   * Accept an empty or whitespace-only file (for files whose own parser
   * reports emptiness better, such as the manifest).
   * @default false
   */
  allowEmpty?: boolean;
}

/**
 * Decode article bytes as UTF-8. A BOM is removed and CRLF / CR line endings
 * become LF, each with a note; empty, binary, UTF-16, NUL-containing and
 * non-UTF-8 files are refused with an error that names the line and the fix.
 */
export function decodeText(
  input: Uint8Array,
  file: string,
  options: DecodeTextOptions = {},
): DecodedText {
  // A plain view: indexing a Node Buffer subclass is several times slower.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.length);
  const problems: CorpusProblem[] = [];
  const error = (line: number | null, message: string): DecodedText => ({
    text: null,
    problems: [{ file, line, severity: "error", message }],
  });
  if (bytes.length === 0 && !options.allowEmpty) {
    return error(
      null,
      "the file is empty; add the article text or remove the file and its manifest row",
    );
  }
  const wide = utf16(bytes);
  if (wide) {
    return error(
      null,
      `the file is UTF-16 (${
        wide === "le" ? "little" : "big"
      }-endian), not UTF-8: convert it, e.g. \`iconv -f utf-16 -t utf-8\``,
    );
  }
  if (looksBinary(bytes)) {
    return error(
      null,
      "the file looks binary, not text; save the article as UTF-8 plain text (.txt)",
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return error(
      lineAt(bytes, nul),
      "the file contains NUL bytes; it is probably UTF-16 or damaged: save it as UTF-8 plain text",
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const byte = bytes[at]?.toString(16).toUpperCase().padStart(2, "0");
    return error(
      lineAt(bytes, at),
      `the file is not valid UTF-8 (byte 0x${byte} at offset ${at}); it is probably Latin-1 or Windows-1252: convert it, e.g. \`iconv -f windows-1252 -t utf-8\``,
    );
  }
  text = normalizeNewlines(text, file, problems);
  if (text.trim().length === 0 && !options.allowEmpty) {
    return error(
      null,
      "the file holds only whitespace; add the article text or remove the file and its manifest row",
    );
  }
  return { text, problems };
}

/**
 * Remove a leading byte-order mark and turn CRLF / CR line endings into LF,
 * pushing a note (with the line) for each; offsets refer to the result.
 */
export function normalizeNewlines(
  text: string,
  file: string,
  problems: CorpusProblem[],
): string {
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    problems.push({
      file,
      line: 1,
      severity: "note",
      message: "removed a byte-order mark; offsets count from after it",
    });
  }
  const cr = text.indexOf("\r");
  if (cr >= 0) {
    problems.push({
      file,
      line: lineOf(text, cr),
      severity: "note",
      message:
        "converted CRLF/CR line endings to LF; offsets refer to the LF text",
    });
    text = text.replace(/\r\n?/g, "\n");
  }
  return text;
}

/** 1-based line of UTF-16 offset `at` in `text`. */
export function lineOf(text: string, at: number): number {
  let line = 1;
  for (
    let i = text.indexOf("\n");
    i >= 0 && i < at;
    i = text.indexOf("\n", i + 1)
  ) line++;
  return line;
}
