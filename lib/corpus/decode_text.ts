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

const utf8 = new TextDecoder("utf-8", { fatal: true });

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

/** Byte offset of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let len = 0;
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    else return i;
    for (let k = 1; k < len; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return -1;
}

/**
 * Decode article bytes as UTF-8. A BOM is removed and CRLF / CR line endings
 * become LF, each with a note; empty, binary, NUL-containing and non-UTF-8
 * files are refused with an error that names the line and the fix.
 */
export function decodeText(input: Uint8Array, file: string): DecodedText {
  // A plain view: indexing a Node Buffer subclass is several times slower.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.length);
  const problems: CorpusProblem[] = [];
  const error = (line: number | null, message: string): DecodedText => ({
    text: null,
    problems: [{ file, line, severity: "error", message }],
  });
  if (bytes.length === 0) {
    return error(
      null,
      "the file is empty; add the article text or remove the file and its manifest row",
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
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at]?.toString(16).toUpperCase().padStart(2, "0");
    return error(
      lineAt(bytes, at),
      `the file is not valid UTF-8 (byte 0x${byte} at offset ${at}); it is probably Latin-1 or Windows-1252: convert it, e.g. \`iconv -f windows-1252 -t utf-8\``,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    problems.push({
      file,
      line: 1,
      severity: "note",
      message: "removed a UTF-8 byte-order mark; offsets count from after it",
    });
  }
  if (text.indexOf("\r") >= 0) {
    const first = text.indexOf("\r");
    const line = text.slice(0, first).split("\n").length;
    text = text.replace(/\r\n?/g, "\n");
    problems.push({
      file,
      line,
      severity: "note",
      message:
        "converted CRLF/CR line endings to LF; offsets refer to the LF text",
    });
  }
  if (text.trim().length === 0) {
    return error(
      null,
      "the file holds only whitespace; add the article text or remove the file and its manifest row",
    );
  }
  return { text, problems };
}
