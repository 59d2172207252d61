import * as mammoth from 'mammoth';
import type { SourceText } from '../core/types.js';
import { ErrorCode, RemissError } from '../errors.js';
import { withTimeout } from './with-timeout.js';
import { listZipEntries } from './zip-entries.js';

/**
 * Real replies have well under 5 MB of XML; mammoth holds the XML and its DOM in memory, so a zip that
 * expands beyond this is refused unopened.
 */
export const MAX_DOCX_XML_BYTES = 50 * 1024 * 1024;

/** The part of mammoth's document tree we render (lib/documents.js); mammoth publishes no types for it. */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  breakType?: string;
  checked?: boolean;
  numbering?: { isOrdered: boolean; level: string } | null;
}

/**
 * Text of a DOCX, one line per paragraph, as one page (Word files carry no page layout we can trust).
 * A bulleted paragraph starts with "• " as in the PDFs: mammoth's raw-text mode drops Word's own bullets,
 * so the tree is captured from its converter and rendered here. Ordered (auto-numbered) paragraphs get no
 * number: mammoth does not compute Word's numbering, and a guessed "4.2" would misfile a stance.
 * Throws RemissError CorruptFile (broken zip, no word/document.xml), FileTooLarge (expands past
 * MAX_DOCX_XML_BYTES) or Timeout.
 */
export async function readDocx(bytes: Uint8Array, timeoutMs: number): Promise<SourceText> {
  checkExpandedSize(bytes);
  let root: DocxElement | undefined;
  const capture = (document: DocxElement) => {
    root = document;
    return document;
  };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    // Only the tree is used; the HTML is a by-product of mammoth's public API.
    const conversion = mammoth.convertToHtml({ buffer }, { transformDocument: capture, convertImage: skipImages });
    await withTimeout(conversion, timeoutMs, 'Reading the DOCX');
  } catch (error) {
    if (error instanceof RemissError) throw error;
    throw new RemissError(ErrorCode.CorruptFile, `The DOCX could not be read: ${firstLine(error)}`, { cause: error });
  }
  const text = root === undefined ? '' : blockLines(root).join('\n');
  return { pages: [{ number: 1, text }], paged: false };
}

/** Images are never read: the default converter would base64-encode every picture only to throw it away. */
const skipImages = mammoth.images.imgElement(async () => ({ src: '' }));

function checkExpandedSize(bytes: Uint8Array): void {
  const entries = listZipEntries(bytes);
  if (entries === null) {
    throw new RemissError(ErrorCode.CorruptFile, 'The DOCX is damaged: its zip directory is missing or truncated');
  }
  const xmlBytes = entries
    .filter((entry) => /\.(xml|rels)$/i.test(entry.name))
    .reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (xmlBytes > MAX_DOCX_XML_BYTES) {
    throw new RemissError(
      ErrorCode.FileTooLarge,
      `The DOCX expands to ${Math.round(xmlBytes / 1024 / 1024)} MB of XML; the limit is ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB`,
    );
  }
}

function blockLines(element: DocxElement): string[] {
  switch (element.type) {
    case 'paragraph':
      return [bulletPrefix(element) + inlineText(element)];
    case 'tableRow':
      // A proposal table row ("7.2.2 | Tillstyrker") stays one line, cells separated by a tab.
      return [(element.children ?? []).map((cell) => blockLines(cell).join(' ').trim()).join('\t')];
    default:
      return (element.children ?? []).flatMap(blockLines);
  }
}

function inlineText(element: DocxElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return element.breakType === 'line' ? '\n' : '';
    case 'checkbox':
      // Reply forms: "Tillstyrker ☒ Avstyrker ☐".
      return element.checked ? '☒' : '☐';
    case 'comment':
    case 'commentReference':
    case 'noteReference':
      return '';
    default:
      return (element.children ?? []).map(inlineText).join('');
  }
}

function bulletPrefix(paragraph: DocxElement): string {
  return paragraph.numbering && !paragraph.numbering.isOrdered ? '• ' : '';
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || 'unknown error';
}
