/**
 * Decides how to read a file from its bytes first and its name second: remissvar arrive through Slack and
 * e-mail, where a PDF saved as "yttrande.txt" or a DOCX without an extension is ordinary.
 */

/** `legacy-doc` (pre-2007 Word, OLE2) and `image` (a photo or scan) are recognised only to give a precise error. */
export type SourceFormat = 'pdf' | 'docx' | 'text' | 'zip' | 'legacy-doc' | 'rtf' | 'image' | 'unknown';

const PDF_MAGIC = ascii('%PDF-');
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF_MAGIC = ascii('{\\rtf');
const DOCX_MAIN_PART = ascii('word/document.xml');
/**
 * JPEG, PNG, GIF and TIFF (both byte orders): a photographed or scanned letter renamed .pdf. Checked before the
 * text test, which the first bytes of a JPEG ("ÿØÿàJFIF") would pass.
 */
const IMAGE_MAGIC = [
  [0xff, 0xd8, 0xff],
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  ascii('GIF87a'),
  ascii('GIF89a'),
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];

/** The PDF spec lets "%PDF-" sit anywhere in the first 1024 bytes (some generators put junk before it). */
const PDF_HEADER_WINDOW = 1024;

export function detectFormat(bytes: Uint8Array): SourceFormat {
  if (indexOf(bytes.subarray(0, PDF_HEADER_WINDOW), PDF_MAGIC) >= 0) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) {
    // Zip entry names are stored uncompressed (local headers and central directory), so a byte search finds
    // the main part of a DOCX without unzipping; an XLSX or ODT has none.
    return indexOf(bytes, DOCX_MAIN_PART) >= 0 ? 'docx' : 'zip';
  }
  if (startsWith(bytes, OLE2_MAGIC)) return 'legacy-doc';
  if (startsWith(skipBom(bytes), RTF_MAGIC)) return 'rtf';
  if (IMAGE_MAGIC.some((magic) => startsWith(bytes, magic))) return 'image';
  if (looksLikeText(bytes)) return 'text';
  return 'unknown';
}

/** The format a file name promises, used only to word an error when the content is not recognised. */
export function formatFromExtension(fileName: string): SourceFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case 'pdf':
      return 'pdf';
    case 'docx':
      return 'docx';
    case 'doc':
      return 'legacy-doc';
    case 'txt':
    case 'text':
    case 'md':
      return 'text';
    default:
      return 'unknown';
  }
}

/**
 * Text when control characters (other than tab, newline, carriage return and form feed) are rare. Random
 * binary has about 12% bytes below 0x20 and usually a NUL; real text, in any 8-bit encoding, almost none.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.length === 0) return true;
  if (isUtf16Bom(sample)) return true;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
    else if (byte === 0x7f) control++;
  }
  return control / sample.length < 0.01;
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function skipBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function indexOf(bytes: Uint8Array, needle: number[]): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from(needle));
}
