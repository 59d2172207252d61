import { readNumberingReference } from './numbering-xml.js';
import type { ParagraphNumbering } from './word-numbering.js';
import { childNamed, childValue, isElement, type XmlElement } from './xml-tree.js';

/** A paragraph of the body as mammoth will list it, with what decides its number and the text to match it by. */
export interface DocumentParagraph extends ParagraphNumbering {
  /** The w:t text, mammoth's inline way: a text box read into the paragraph is part of it. */
  text: string;
}

export type DocumentParagraphs =
  | {
      /** In mammoth's order, as its tree lists them. */
      paragraphs: DocumentParagraph[];
      /** Paragraphs mammoth reads into the text of another (a text box that is not a VML picture). */
      nested: DocumentParagraph[];
    }
  | { uncertain: string };

/**
 * The body's paragraphs (table cells included) in the order mammoth's tree has them (its
 * lib/docx/body-reader.js): content controls, insertions and moves read through; deletions, moved-from text,
 * and simple fields skipped; a VML text box's paragraphs after the paragraph holding it; only the fallback of
 * mc:AlternateContent read. Headers, footers, notes and comments are not in the body. Uncertain when Word and
 * mammoth may not agree what the paragraphs are (a deleted paragraph mark joins two into one).
 */
export function readDocumentParagraphs(document: XmlElement): DocumentParagraphs {
  const body = childNamed(document, 'w:body');
  if (body === undefined) return { uncertain: 'no w:body' };
  const reader = new BodyReader();
  const blocks = reader.read(body.children.filter(isElement), false);
  if (reader.uncertain !== undefined) return { uncertain: reader.uncertain };
  return { paragraphs: blocks.paragraphs, nested: reader.nested };
}

/** What reading some elements gave: paragraphs at the block level and text at the inline level. */
interface Read {
  paragraphs: DocumentParagraph[];
  text: string;
  /** Paragraphs of VML text boxes, to be listed after the enclosing paragraph. */
  extra: DocumentParagraph[];
}

/** Elements mammoth reads straight through (its readChildElements). */
const READ_THROUGH = new Set([
  'w:body',
  'w:r',
  'w:hyperlink',
  'w:tbl',
  'w:tc',
  'w:customXml',
  'w:ins',
  'w:moveTo',
  'w:moveFromRangeStart',
  'w:moveFromRangeEnd',
  'w:moveToRangeStart',
  'w:moveToRangeEnd',
  'w:object',
  'w:smartTag',
  'w:drawing',
  'v:roundrect',
  'v:shape',
  'v:textbox',
  'v:group',
  'v:rect',
]);

class BodyReader {
  uncertain: string | undefined;
  readonly nested: DocumentParagraph[] = [];

  read(elements: readonly XmlElement[], inTextBox: boolean): Read {
    const result: Read = { paragraphs: [], text: '', extra: [] };
    for (const element of elements) {
      const read = this.readElement(element, inTextBox);
      result.paragraphs.push(...read.paragraphs);
      result.text += read.text;
      result.extra.push(...read.extra);
    }
    return result;
  }

  private readElement(element: XmlElement, inTextBox: boolean): Read {
    const children = (of: XmlElement | undefined, inBox = inTextBox) =>
      this.read((of?.children ?? []).filter(isElement), inBox);
    switch (element.name) {
      case 'w:p':
        return this.readParagraph(element, inTextBox);
      case 'w:t':
        return {
          paragraphs: [],
          text: element.children.filter((node) => typeof node === 'string').join(''),
          extra: [],
        };
      case 'w:tr':
        // mammoth leaves out a deleted row (§17.13.5.12); whether Word counts its numbers is not known.
        if (childNamed(childNamed(element, 'w:trPr'), 'w:del') !== undefined) this.uncertain ??= 'a deleted table row';
        return children(element);
      case 'w:sdt':
        return children(childNamed(element, 'w:sdtContent'));
      case 'mc:AlternateContent':
        return children(childNamed(element, 'mc:Fallback'));
      case 'w:txbxContent':
        return children(element, true);
      case 'w:pict': {
        const read = children(element);
        return { paragraphs: [], text: '', extra: [...read.extra, ...read.paragraphs] };
      }
      default:
        return READ_THROUGH.has(element.name) ? children(element) : { paragraphs: [], text: '', extra: [] };
    }
  }

  private readParagraph(element: XmlElement, inTextBox: boolean): Read {
    const properties = childNamed(element, 'w:pPr');
    const markProperties = childNamed(properties, 'w:rPr');
    // mammoth moves the contents of a paragraph whose mark is deleted into the next one.
    if (childNamed(markProperties, 'w:del') !== undefined) this.uncertain ??= 'a deleted paragraph mark';
    const inline = this.read(element.children.filter(isElement), inTextBox);
    const paragraph: DocumentParagraph = {
      styleId: childValue(properties, 'w:pStyle'),
      numbering: readNumberingReference(childNamed(properties, 'w:numPr')),
      text: inline.text + inline.paragraphs.map((nested) => nested.text).join(''),
      inTextBox,
    };
    this.nested.push(...inline.paragraphs);
    // A hidden paragraph mark: whether Word still counts its number is not known.
    if (childNamed(markProperties, 'w:vanish') !== undefined && paragraph.numbering !== undefined) {
      this.uncertain ??= 'a hidden numbered paragraph';
    }
    return { paragraphs: [paragraph, ...inline.extra], text: '', extra: [] };
  }
}
