import * as mammoth from 'mammoth';
import type { SourceText } from '../core/types.js';
import { ErrorCode, RemissError } from '../errors.js';
import { alignListLabels } from './docx/align-list-labels.js';
import { readWordListLabels } from './docx/word-list-labels.js';
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
 * so the tree is captured from its converter and rendered here.
 * An automatically numbered paragraph starts with the number Word shows ("7.2.2 Genomför försöksverksamhet…"),
 * which mammoth does not compute: docx/word-list-labels.ts counts it from the XML, and a paragraph only gets
 * its number when both readings agree on every paragraph's text. When anything is uncertain (a rule Word does
 * not document, a tracked change that joins paragraphs, readings that disagree) no paragraph of the document
 * gets a number, as before: a guessed "4.2" would misfile a stance, a missing one only leaves the title to
 * match. Items shown in letters or Roman numerals keep no number of their own (they still count).
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
  if (root === undefined) return { pages: [{ number: 1, text: '' }], paged: false };
  const labels = listLabelsOf(bytes, root);
  const text = blockLines(root, labels).join('\n');
  return { pages: [{ number: 1, text }], paged: false };
}

/** Word's list numbers by mammoth paragraph; empty when the document has none or they are not certain. */
function listLabelsOf(bytes: Uint8Array, root: DocxElement): Map<DocxElement, string> {
  const labels = new Map<DocxElement, string>();
  let labelled: ReturnType<typeof readWordListLabels>;
  try {
    labelled = readWordListLabels(bytes, MAX_DOCX_XML_BYTES);
  } catch {
    // Numbers are an extra: a file mammoth could read is never refused because counting them failed.
    return labels;
  }
  if (labelled === null) return labels;
  const paragraphs = blockParagraphs(root);
  const aligned = alignListLabels(labelled, paragraphs.map(plainText));
  aligned?.forEach((label, index) => {
    if (label !== null) labels.set(paragraphs[index], label);
  });
  return labels;
}

/** The paragraphs `blockLines` renders as lines (or table cells), in order. */
function blockParagraphs(element: DocxElement): DocxElement[] {
  if (element.type === 'paragraph') return [element];
  return (element.children ?? []).flatMap(blockParagraphs);
}

/** Just the words: the text elements under a paragraph, to compare with document.xml. */
function plainText(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  return (element.children ?? []).map(plainText).join('');
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

function blockLines(element: DocxElement, labels: ReadonlyMap<DocxElement, string>): string[] {
  switch (element.type) {
    case 'paragraph':
      return [listPrefix(element, labels) + inlineText(element)];
    case 'tableRow':
      // A proposal table row ("7.2.2 | Tillstyrker") stays one line, cells separated by a tab.
      return [(element.children ?? []).map((cell) => blockLines(cell, labels).join(' ').trim()).join('\t')];
    default:
      return (element.children ?? []).flatMap((child) => blockLines(child, labels));
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

/**
 * "7.2.2 " for a numbered paragraph, followed by a space whatever Word puts after the number (a tab, usually),
 * as the PDFs of the same replies show it; "• " for a bulleted one.
 */
function listPrefix(paragraph: DocxElement, labels: ReadonlyMap<DocxElement, string>): string {
  const label = labels.get(paragraph);
  if (label !== undefined) return `${label} `;
  return paragraph.numbering && !paragraph.numbering.isOrdered ? '• ' : '';
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || 'unknown error';
}
