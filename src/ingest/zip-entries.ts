/**
 * Lists a zip's entries from its central directory without inflating anything, so a DOCX can be sized
 * before mammoth unpacks it: a 25 MB upload may expand to gigabytes of XML (a zip bomb) and take the whole
 * process down with it, not only this file. One entry can then be read, never past a stated size.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflate; DOCX writers use nothing else. */
  method: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
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
      method: view.getUint16(offset + 10, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The bytes of one entry, or null when they cannot be had exactly: a method other than stored or deflate,
 * a header out of bounds, or data that does not expand to the size the directory declares. Refuses (null)
 * an entry declared larger than `maxBytes`, and inflation stops at that size whatever the data says, so a
 * directory that lies about sizes cannot make this expand a bomb.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | null {
  if (entry.uncompressedSize > maxBytes) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_FILE_HEADER) return null;
  // The local header's name and extra field may differ in length from the central directory's.
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) return null;
  const data = bytes.subarray(start, end);
  if (entry.method === STORED) return data.byteLength === entry.uncompressedSize ? data : null;
  if (entry.method !== DEFLATED) return null;
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return inflated.byteLength === entry.uncompressedSize ? inflated : null;
  } catch {
    // Corrupt deflate data, or more bytes than declared (maxOutputLength): not this entry as described.
    return null;
  }
}

function findEndRecord(view: DataView): number {
  const stop = Math.max(0, view.byteLength - END_RECORD_SEARCH);
  for (let offset = view.byteLength - END_RECORD_SIZE; offset >= stop; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}
