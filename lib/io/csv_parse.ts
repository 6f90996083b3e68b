/**
 * A small RFC 4180 CSV parser that remembers the line each record starts on,
 * so that errors in data files can name the line.
 *
 * Kept rather than replaced by d3-dsv or Arquero's `fromCSV` (checked with
 * d3-dsv 3.0.1): those report no line numbers, which every data-file and
 * corpus-reader error names, and they read an unclosed quote silently to
 * the end of the file (`a,"x\nb,y` becomes one field), where this parser
 * names the line of the quote.
 *
 * @module
 */

/** One parsed record and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Parse CSV (or, with `delimiter: "\t"`, TSV) text into records.
 * Quoted fields may contain delimiters, doubled quotes and newlines.
 * Blank lines and (unless `comments: false`) lines starting with `#`
 * (outside quotes) are skipped.
 *
 * @throws {SyntaxError} on an unterminated quoted field, naming the line.
 */
export function parseDelimited(
  text: string,
  options: { delimiter?: string; file?: string; comments?: boolean } = {},
): CsvRecord[] {
  const delimiter = options.delimiter ?? ",";
  const file = options.file ?? "<input>";
  const comments = options.comments ?? true;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const recordLine = line;
    // Skip blank lines (also CRLF ones) and comments.
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n")) {
      i += text[i] === "\n" ? 1 : 2;
      line++;
      continue;
    }
    if (comments && text[i] === "#") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? n : nl + 1;
      line++;
      continue;
    }
    const fields: string[] = [];
    let field = "";
    let atFieldStart = true;
    for (;;) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const c = text[i];
      if (atFieldStart && c === '"') {
        // Quoted field.
        i++;
        const quoteLine = line;
        for (;;) {
          if (i >= n) {
            throw new SyntaxError(
              `Cannot parse ${file}:${quoteLine}: a quoted field is never closed; add the closing '"'`,
            );
          }
          const q = text[i];
          if (q === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q === "\n") line++;
          field += q;
          i++;
        }
        atFieldStart = false;
        continue;
      }
      if (c === delimiter) {
        fields.push(field);
        field = "";
        atFieldStart = true;
        i++;
        continue;
      }
      if (c === "\n") {
        fields.push(field);
        i++;
        line++;
        break;
      }
      if (c === "\r" && text[i + 1] === "\n") {
        i++;
        continue;
      }
      field += c;
      atFieldStart = false;
      i++;
    }
    records.push({ line: recordLine, fields });
  }
  return records;
}
