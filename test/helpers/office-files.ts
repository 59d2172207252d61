/**
 * Reads produced DOCX/XLSX files back for tests: a minimal zip reader (central directory → local header →
 * inflate) and a DOCX paragraph/table reader over word/document.xml, so tests check what Word would show.
 * XLSX files are read with exceljs itself.
 */
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/** The text of one entry of a zip archive, or null when there is no such entry. */
export function zipEntryText(bytes: Uint8Array, name: string): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const entryName = Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString('utf8');
    if (entryName === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + compressedSize);
      return (method === 0 ? Buffer.from(data) : inflateRawSync(data)).toString('utf8');
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

/**
 * The central directory's record of each entry of an archive written without a comment (as ours are): name,
 * CRC-32, uncompressed size and DOS date, as unzip tools check them.
 */
export function zipDirectory(bytes: Uint8Array): Array<{ name: string; crc: number; size: number; dosDate: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory where expected');
  const entries = [];
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      name: Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString('utf8'),
      crc: view.getUint32(offset + 16, true),
      size: view.getUint32(offset + 24, true),
      dosDate: view.getUint16(offset + 14, true),
    });
    offset += 46 + nameLength;
  }
  return entries;
}

export interface DocxParagraph {
  /** "Heading1", "Heading2", or null for body text. */
  style: string | null;
  text: string;
  inTable: boolean;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join('');
}

/** Every paragraph of the document body in order, with its style and whether it sits in a table cell. */
export function docxParagraphs(bytes: Uint8Array): DocxParagraph[] {
  const xml = zipEntryText(bytes, 'word/document.xml');
  if (xml === null) throw new Error('no word/document.xml');
  const out: DocxParagraph[] = [];
  let depth = 0;
  for (const token of xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)) {
    if (token[0] === '<w:tbl>') depth++;
    else if (token[0] === '</w:tbl>') depth--;
    else {
      const style = /<w:pStyle w:val="([^"]+)"/.exec(token[0])?.[1] ?? null;
      out.push({ style, text: paragraphText(token[0]), inTable: depth > 0 });
    }
  }
  return out;
}

/** Every table of the document: rows of cell texts (a cell's paragraphs joined by a line break). */
export function docxTables(bytes: Uint8Array): string[][][] {
  const xml = zipEntryText(bytes, 'word/document.xml') ?? '';
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
        [...cell[1].matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join('\n'),
      ),
    ),
  );
}

/** Opens workbook bytes with exceljs, as Excel users' files are opened. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs' load() is typed for its own Buffer; a Node Buffer is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's rows as plain values (1-based columns flattened to a 0-based array; empty cells as ''). */
export function sheetRows(sheet: ExcelJS.Worksheet): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: Array<string | number> = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      values.push(v === null || v === undefined ? '' : typeof v === 'number' ? v : String(v));
    }
    rows.push(values);
  });
  return rows;
}
