import { listZipEntries, readZipEntry } from '../zip-entries.js';
import type { LabelledParagraph } from './align-list-labels.js';
import { readDocumentParagraphs } from './document-paragraphs.js';
import { labelListParagraphs } from './list-labels.js';
import { readWordNumbering } from './numbering-xml.js';
import { locateWordParts } from './package-parts.js';
import { parseXmlTree, type XmlElement } from './xml-tree.js';

/**
 * The body paragraphs of a DOCX, in mammoth's order, each with the list number Word shows before it (or null).
 * Null for the whole document when any part of the count is not certain, or the document has no list numbering
 * at all: the caller then reads the document as it did before numbers were computed. The parts are found
 * through the package's relationships (package-parts.ts).
 */
export function readWordListLabels(docx: Uint8Array, maxXmlBytes: number): LabelledParagraph[] | null {
  const entries = listZipEntries(docx);
  if (entries === null) return null;
  const part = (name: string): XmlElement | null | undefined => {
    const entry = entries.find((candidate) => candidate.name === name);
    if (entry === undefined) return undefined;
    const bytes = readZipEntry(docx, entry, maxXmlBytes);
    return bytes === null ? null : parseXmlTree(new TextDecoder().decode(bytes));
  };
  const names = entries.map((entry) => entry.name);
  const parts = locateWordParts(names, part);
  if (parts === null) return null;
  const numberingXml = part(parts.numbering);
  const documentXml = part(parts.document);
  // A styles part that is there but cannot be read may hold the styles the headings are numbered through.
  const stylesXml = parts.styles === null ? null : part(parts.styles);
  if (!numberingXml || !documentXml || !(parts.styles === null || stylesXml)) return null;
  const numbering = readWordNumbering(numberingXml, stylesXml ?? null);
  if (numbering === null) return null;
  const read = readDocumentParagraphs(documentXml);
  if ('uncertain' in read) return null;
  // Nested paragraphs are counted too, only so that a numbered one makes the document uncertain.
  const counted = labelListParagraphs([...read.paragraphs, ...read.nested], numbering);
  if ('uncertain' in counted) return null;
  return read.paragraphs.map((paragraph, index) => ({ label: counted.labels[index], text: paragraph.text }));
}
