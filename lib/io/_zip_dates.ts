/**
 * Give every entry of a ZIP archive the same modification time, so that an
 * archive written twice from the same content has the same bytes. The dates
 * are not covered by the entries' checksums, so patching them in place
 * leaves a valid archive.
 *
 * @module
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** MS-DOS date of 1980-01-01 (day 1, month 1, year 0 from 1980). */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * Set the modification time of every entry (local and central headers) to
 * 1980-01-01 00:00, in place; returns the same array.
 *
 * @throws {SyntaxError} when the bytes are not a ZIP archive.
 */
export function fixZipDates(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  // The end record is at least 22 bytes and followed by at most 65535
  // bytes of comment.
  for (
    let i = zip.length - 22;
    i >= Math.max(0, zip.length - 22 - 65535);
    i--
  ) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new SyntaxError(
      "Cannot fix ZIP dates: no end of central directory record; the bytes are not a ZIP archive",
    );
  }
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let k = 0; k < count; k++) {
    if (view.getUint32(p, true) !== CENTRAL) {
      throw new SyntaxError(
        `Cannot fix ZIP dates: entry ${k} of the central directory is malformed`,
      );
    }
    view.setUint16(p + 12, DOS_TIME, true);
    view.setUint16(p + 14, DOS_DATE, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) {
      throw new SyntaxError(
        `Cannot fix ZIP dates: the local header of entry ${k} is malformed`,
      );
    }
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) +
      view.getUint16(p + 32, true);
  }
  return zip;
}
