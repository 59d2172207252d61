import {
  HEADING_LIST,
  LINKED_HEADING_STYLES,
  type PackageLayout,
  type WordPackage,
} from '../fixtures/constructed/build-word-numbered-docx.js';
import { wordNumberedLineReader } from '../helpers/word-numbered-lines.js';

const readLines = wordNumberedLineReader();

// "Synpunkter" / "Avtalen om läkarmedverkan": 1. and 1.1 when numbers are read, as typed when they are not.
const BODY: WordPackage['body'] = [
  { text: 'Synpunkter', style: 'Rubrik1' },
  { text: 'Avtalen om läkarmedverkan', style: 'Rubrik2' },
  { text: 'Vi instämmer.' },
];
const NUMBERED = ['1. Synpunkter', '1.1 Avtalen om läkarmedverkan', 'Vi instämmer.'];
const UNNUMBERED = ['Synpunkter', 'Avtalen om läkarmedverkan', 'Vi instämmer.'];

function withLayout(layout: PackageLayout): WordPackage {
  return {
    styles: LINKED_HEADING_STYLES,
    lists: [HEADING_LIST],
    instances: [{ numId: 1, abstractId: 0 }],
    body: BODY,
    layout,
  };
}

const styles = { type: 'styles', target: 'styles.xml' };

describe('When the package names its numbering part through the main document’s relationships', () => {
  test('a numbering part named word/numbering2.xml gives the headings their numbers', async () => {
    const lines = await readLines(
      'constructed-numbering2.docx',
      withLayout({
        numberingPath: 'word/numbering2.xml',
        documentRelationships: [styles, { type: 'numbering', target: 'numbering2.xml' }],
      }),
    );
    expect(lines).toEqual(NUMBERED);
  });

  test('a numbering part in another folder ("../lists/numbering.xml", resolved from word/) is found', async () => {
    const lines = await readLines(
      'constructed-numbering-other-folder.docx',
      withLayout({
        numberingPath: 'lists/numbering.xml',
        documentRelationships: [styles, { type: 'numbering', target: '../lists/numbering.xml' }],
      }),
    );
    expect(lines).toEqual(NUMBERED);
  });

  test('an absolute Target ("/lists/numbering.xml") is resolved from the package root', async () => {
    const lines = await readLines(
      'constructed-numbering-absolute-target.docx',
      withLayout({
        numberingPath: 'lists/numbering.xml',
        documentRelationships: [styles, { type: 'numbering', target: '/lists/numbering.xml' }],
      }),
    );
    expect(lines).toEqual(NUMBERED);
  });

  test('a Target differing from the part name only in letter case names the same part (OPC part names)', async () => {
    const lines = await readLines(
      'constructed-numbering-target-case.docx',
      withLayout({ documentRelationships: [styles, { type: 'numbering', target: 'Numbering.XML' }] }),
    );
    expect(lines).toEqual(NUMBERED);
  });

  test('the main document is the one the package relationships name (word/main.xml), not word/document.xml', async () => {
    const lines = await readLines('constructed-main-document-by-relationship.docx', {
      ...withLayout({}),
      staleDocumentXml: [{ text: 'Något annat', style: 'Rubrik1' }],
    });
    expect(lines).toEqual(NUMBERED);
  });
});

describe('When the relationships are absent, the conventional part names are read as before', () => {
  test('without word/_rels/document.xml.rels, word/numbering.xml and word/styles.xml are used', async () => {
    const lines = await readLines(
      'constructed-no-document-relationships.docx',
      withLayout({ documentRelationships: null }),
    );
    expect(lines).toEqual(NUMBERED);
  });

  test('without _rels/.rels, the main document is word/document.xml', async () => {
    const lines = await readLines(
      'constructed-no-package-relationships.docx',
      withLayout({ noPackageRelationships: true }),
    );
    expect(lines).toEqual(NUMBERED);
  });
});

describe('When a relationship is missing or broken, the document reads as before numbers were computed', () => {
  test('no numbering relationship: word/numbering.xml is not the document’s numbering, so no numbers', async () => {
    const lines = await readLines(
      'constructed-numbering-not-related.docx',
      withLayout({ documentRelationships: [styles] }),
    );
    expect(lines).toEqual(UNNUMBERED);
  });

  test('a numbering relationship to a part the package does not have: no numbers, no error', async () => {
    const lines = await readLines(
      'constructed-numbering-target-missing.docx',
      withLayout({ documentRelationships: [styles, { type: 'numbering', target: 'numbering9.xml' }] }),
    );
    expect(lines).toEqual(UNNUMBERED);
  });

  test('a Target climbing out of the package ("../../numbering.xml" from word/): no numbers', async () => {
    const lines = await readLines(
      'constructed-numbering-target-escapes.docx',
      withLayout({
        numberingPath: 'numbering.xml',
        documentRelationships: [styles, { type: 'numbering', target: '../../numbering.xml' }],
      }),
    );
    expect(lines).toEqual(UNNUMBERED);
  });

  test('an external numbering relationship (TargetMode="External") is not a part: no numbers', async () => {
    const lines = await readLines(
      'constructed-numbering-external.docx',
      withLayout({
        documentRelationships: [styles, { type: 'numbering', target: 'file:///C:/numbering.xml', external: true }],
      }),
    );
    expect(lines).toEqual(UNNUMBERED);
  });

  test('two numbering relationships (the standard allows one): no numbers', async () => {
    const lines = await readLines(
      'constructed-numbering-twice.docx',
      withLayout({
        documentRelationships: [
          styles,
          { type: 'numbering', target: 'numbering.xml' },
          { type: 'numbering', target: '/word/numbering.xml' },
        ],
      }),
    );
    expect(lines).toEqual(UNNUMBERED);
  });

  test('a styles relationship to a part the package does not have: no numbers (the headings’ lists are unknown)', async () => {
    const lines = await readLines(
      'constructed-styles-target-missing.docx',
      withLayout({
        documentRelationships: [
          { type: 'styles', target: 'styles9.xml' },
          { type: 'numbering', target: 'numbering.xml' },
        ],
      }),
    );
    expect(lines).toEqual(UNNUMBERED);
  });

  test('the main document mammoth reads is not the one the relationships name ("./word/main.xml"): no numbers', async () => {
    // mammoth joins "./word/main.xml" without resolving it, misses the part, and reads word/document.xml.
    const lines = await readLines('constructed-main-document-readers-disagree.docx', {
      ...withLayout({}),
      staleDocumentXml: [{ text: 'Något annat', style: 'Rubrik1' }, ...BODY.slice(1)],
      mainDocumentTarget: './word/main.xml',
    });
    expect(lines).toEqual(['Något annat', 'Avtalen om läkarmedverkan', 'Vi instämmer.']);
  });
});
