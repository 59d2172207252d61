import { constants, crc32, deflateRawSync } from 'node:zlib';
import { xmlEscaped } from './export-xml-text.js';
import { runToEnd, type Steps, type TextSink, type TextWriter } from './steps.js';
import { joinBytes } from './utf8-file.js';

/** Takes a part's XML one piece at a time. */
export type XmlSink = TextSink;

/**
 * One part of an Office package (DOCX, XLSX): its path in the zip and its XML, whole or written piece by piece by
 * a writer that yields between rows. A writer is not called before the parts ahead of it are done, so it may use
 * what earlier parts collected (the workbook's shared strings).
 */
export interface OfficePart {
  name: string;
  xml: string | TextWriter;
}

// DOS time cannot say 1970; a package without a date carries the first day it can, so one model gives one file.
const UNDATED = new Date(Date.UTC(1980, 0, 1));

/**
 * An Office package as bytes: a zip of its parts, each deflated as it is written. Only compressed bytes are kept:
 * the 14 MB document.xml of a 300 × 60 remiss never exists whole, in a string or in bytes. `modified` dates the
 * entries (years 1980–2107). Pauses after each compressed batch (about 64 KB of XML, a few ms of work), so a
 * caller can let other work run while a large package is built; the bytes do not depend on where it pauses.
 */
export function* officePackageSteps(parts: readonly OfficePart[], modified: Date = UNDATED): Steps<Uint8Array> {
  const out: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  const time = dosTime(modified);
  const deflater = new PartDeflater();
  let offset = 0;
  for (const part of parts) {
    const entry = yield* deflater.deflate(part.xml);
    const name = new TextEncoder().encode(part.name);
    const local = header(LOCAL_FILE, name, entry, time, offset);
    out.push(local, ...entry.chunks);
    directory.push(header(CENTRAL_DIRECTORY, name, entry, time, offset));
    offset += local.byteLength + entry.compressedSize;
  }
  if (offset > 0xffffffff) throw new Error('Office package over 4 GB');
  const directorySize = directory.reduce((n, d) => n + d.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return joinBytes([...out, ...directory, new Uint8Array(end.buffer)]);
}

/** The same package built in one go, without pauses. */
export function zipOfficePackage(parts: readonly OfficePart[], modified?: Date): Uint8Array {
  return runToEnd(officePackageSteps(parts, modified));
}

interface DeflatedPart {
  chunks: Uint8Array[];
  crc: number;
  size: number;
  compressedSize: number;
}

const BATCH_BYTES = 64 * 1024;
const WINDOW_BYTES = 32 * 1024;

/**
 * Raw DEFLATE of one part at a time through Node's zlib, in batches of about 64 KB. Each batch is its own deflate
 * stream, primed with the 32 KB before it (as pigz does) and ended with a sync flush: byte-aligned and not final,
 * so the streams join into one, and the last batch ends it. Pieces are encoded straight into one reused buffer,
 * so writing a part allocates next to nothing: garbage, not live data, set the peak memory of an export (V8's
 * young generation fills and is touched in full), and fflate's streaming deflate made new buffers per batch.
 */
class PartDeflater {
  private buffer = Buffer.allocUnsafe(4 * BATCH_BYTES);
  private readonly window = Buffer.allocUnsafe(WINDOW_BYTES);
  private used = 0;
  private windowUsed = 0;
  private part: DeflatedPart = emptyPart();

  /** Yields after each batch it compresses: where a caller may pause. */
  *deflate(xml: OfficePart['xml']): Steps<DeflatedPart> {
    this.part = emptyPart();
    this.used = 0;
    this.windowUsed = 0;
    if (typeof xml === 'string') this.write(xml);
    else {
      let paused = 0;
      // The writer yields after each row; pausing there would cost a turn of the event loop per row.
      for (const _ of xml(this.write)) {
        if (this.part.chunks.length === paused) continue;
        paused = this.part.chunks.length;
        yield;
      }
    }
    this.flush(true);
    if (this.part.size > 0xffffffff) throw new Error('Office part over 4 GB');
    return this.part;
  }

  private readonly write = (text: string): void => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const room = 3 * text.length;
    if (this.used + room > this.buffer.byteLength) {
      this.flush(false);
      if (room > this.buffer.byteLength) this.buffer = Buffer.allocUnsafe(room);
    }
    this.used += this.buffer.write(text, this.used);
    if (this.used >= BATCH_BYTES) this.flush(false);
  };

  private flush(final: boolean): void {
    if (this.used === 0 && !final) return;
    const bytes = this.buffer.subarray(0, this.used);
    const part = this.part;
    part.crc = crc32(bytes, part.crc);
    part.size += this.used;
    const deflated = deflateRawSync(bytes, {
      level: 6,
      finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      ...(this.windowUsed > 0 ? { dictionary: this.window.subarray(0, this.windowUsed) } : {}),
    });
    part.chunks.push(deflated);
    part.compressedSize += deflated.byteLength;
    this.keepWindow(bytes);
    this.used = 0;
  }

  /** The last 32 KB written, which the next batch may refer back to. */
  private keepWindow(bytes: Buffer): void {
    if (bytes.byteLength >= WINDOW_BYTES) {
      bytes.copy(this.window, 0, bytes.byteLength - WINDOW_BYTES);
      this.windowUsed = WINDOW_BYTES;
      return;
    }
    const keep = Math.min(this.windowUsed, WINDOW_BYTES - bytes.byteLength);
    this.window.copy(this.window, 0, this.windowUsed - keep, this.windowUsed);
    bytes.copy(this.window, keep);
    this.windowUsed = keep + bytes.byteLength;
  }
}

function emptyPart(): DeflatedPart {
  return { chunks: [], crc: 0, size: 0, compressedSize: 0 };
}

const LOCAL_FILE = 0x04034b50;
const CENTRAL_DIRECTORY = 0x02014b50;

/** A local file header or a central directory entry: deflate, sizes known up front, no data descriptor. */
function header(
  signature: number,
  name: Uint8Array,
  part: DeflatedPart,
  time: { time: number; date: number },
  offset: number,
): Uint8Array {
  const central = signature === CENTRAL_DIRECTORY;
  const fixed = central ? 46 : 30;
  const bytes = new Uint8Array(fixed + name.byteLength);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value >>> 0, true);
    at += 4;
  };
  u32(signature);
  if (central) u16(20); // version made by: 2.0, MS-DOS attributes
  u16(20); // version needed to extract: 2.0 (deflate)
  u16(0x0800); // flags: names are UTF-8
  u16(8); // deflate
  u16(time.time);
  u16(time.date);
  u32(part.crc);
  u32(part.compressedSize);
  u32(part.size);
  u16(name.byteLength);
  u16(0); // extra field length
  if (central) {
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offset);
  }
  bytes.set(name, fixed);
  return bytes;
}

/** MS-DOS date and time (two-second steps) in UTC, so the bytes do not depend on the machine's time zone. */
function dosTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Relationship types of the parts the exports write. */
export const REL = Object.freeze({
  officeDocument: `${RELATIONSHIP}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  styles: `${RELATIONSHIP}/styles`,
  settings: `${RELATIONSHIP}/settings`,
  worksheet: `${RELATIONSHIP}/worksheet`,
  sharedStrings: `${RELATIONSHIP}/sharedStrings`,
});

/** A .rels part: targets get rId1, rId2, … in the order given. */
export function relationshipsXml(targets: ReadonlyArray<{ type: string; target: string }>): string {
  const items = targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${t.type}" Target="${t.target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** [Content_Types].xml: every part is XML, so one content type per part name besides the two defaults. */
export function contentTypesXml(overrides: Readonly<Record<string, string>>): string {
  const items = Object.entries(overrides).map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`);
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${items.join('')}</Types>`
  );
}

export const CORE_PROPERTIES_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';

/** docProps/core.xml: what File → Properties shows. The dates only when the caller gives one. */
export function corePropertiesXml(properties: { title: string; description?: string; created?: Date }): string {
  const { title, description, created } = properties;
  // "2026-11-23T10:00:00Z": W3CDTF as Office writes it, without milliseconds.
  const stamp = created?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const date = (name: string) => (stamp ? `<dcterms:${name} xsi:type="dcterms:W3CDTF">${stamp}</dcterms:${name}>` : '');
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscaped(title)}</dc:title><dc:creator>remiss</dc:creator>` +
    (description === undefined ? '' : `<dc:description>${xmlEscaped(description)}</dc:description>`) +
    `${date('created')}${date('modified')}</cp:coreProperties>`
  );
}
