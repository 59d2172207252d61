/**
 * Lists a zip's entries from its central directory without inflating anything, so a DOCX can be sized
 * before mammoth unpacks it: a 25 MB upload may expand to gigabytes of XML (a zip bomb) and take the whole
 * process down with it, not only this file.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const END_RECORD_SIZE = 22;
/** The end record sits after at most a 65535-byte archive comment. */
const END_RECORD_SEARCH = END_RECORD_SIZE + 0xffff;
/** ZIP64 marks sizes and offsets it moved elsewhere with all ones; no DOCX reply needs ZIP64. */
const ZIP64_MARK = 0xffffffff;

/** The entries, or null when the bytes have no readable central directory (truncated or not a zip). */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (offset === ZIP64_MARK) return null;
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_HEADER) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > view.byteLength) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndRecord(view: DataView): number {
  const stop = Math.max(0, view.byteLength - END_RECORD_SEARCH);
  for (let offset = view.byteLength - END_RECORD_SIZE; offset >= stop; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}
