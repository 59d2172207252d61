import { join } from 'node:path';
import { parseDocument } from '../../src/core/parse/index.js';
import { readSource } from '../../src/ingest/read-source.js';
import {
  HEADING_LIST,
  LINKED_HEADING_STYLES,
  type WordPackage,
} from '../fixtures/constructed/build-word-numbered-docx.js';
import { wordNumberedLineReader } from '../helpers/word-numbered-lines.js';

const readLines = wordNumberedLineReader();

const MAGNET = 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård';

describe('When the headings are numbered through heading styles linked to one multilevel list', () => {
  // Chapter numbering starts at 6 (w:start), as in a reply that follows the report from its chapter 6.
  const pkg: WordPackage = {
    styles: LINKED_HEADING_STYLES,
    lists: [{ ...HEADING_LIST, levels: HEADING_LIST.levels.map((l) => (l.ilvl === 0 ? { ...l, start: 6 } : l)) }],
    instances: [{ numId: 1, abstractId: 0 }],
    body: [
      { text: 'Remissvar över SOU 2024:72' },
      { text: 'Kommunernas ansvar', style: 'Rubrik1' },
      { text: 'Personal- och kompetensförsörjning', style: 'Rubrik1' },
      { text: 'Nationell samordning', style: 'Rubrik2' },
      { text: 'Ledarskap och kompetens', style: 'Rubrik2' },
      { text: 'Utveckla en nationell ledarskapsutbildning', style: 'Rubrik3' },
      { text: 'Svar: Vi instämmer.' },
      { text: MAGNET, style: 'Rubrik3' },
      { text: 'Svar: Vi instämmer inte till förslaget.' },
    ],
  };

  test('each heading starts with the number Word shows, and body text stays as it is', async () => {
    expect(await readLines('constructed-style-numbered-headings.docx', pkg)).toEqual([
      'Remissvar över SOU 2024:72',
      '6. Kommunernas ansvar',
      '7. Personal- och kompetensförsörjning',
      '7.1 Nationell samordning',
      '7.2 Ledarskap och kompetens',
      '7.2.1 Utveckla en nationell ledarskapsutbildning',
      'Svar: Vi instämmer.',
      `7.2.2 ${MAGNET}`,
      'Svar: Vi instämmer inte till förslaget.',
    ]);
  });

  test('a numbered heading in a table cell is numbered in document order', async () => {
    const lines = await readLines('constructed-numbered-heading-in-table.docx', {
      ...pkg,
      body: [
        ...pkg.body,
        { table: [[{ text: 'Förslag' }, { text: 'Fler specialistsjuksköterskor', style: 'Rubrik3' }]] },
      ],
    });
    expect(lines.at(-1)).toBe('Förslag\t7.2.3 Fler specialistsjuksköterskor');
  });
});

describe('When paragraphs carry their own numbering (w:numPr), one list "1." / "1.1."', () => {
  const list = {
    abstractId: 3,
    levels: [
      { ilvl: 0, text: '%1.' },
      { ilvl: 1, text: '%1.%2.' },
    ],
  };
  const item = (text: string, ilvl: number, numId = 4) => ({ text, numId, ilvl });

  test('a lower level restarts after the higher level advances, and a start override sets a new start', async () => {
    const lines = await readLines('constructed-direct-numbering.docx', {
      lists: [list],
      // numId 5: Word's "Set numbering value" to 5 on the last item.
      instances: [
        { numId: 4, abstractId: 3 },
        { numId: 5, abstractId: 3, startOverrides: { 0: 5 } },
      ],
      body: [
        item('Bakgrund', 0),
        item('Uppdraget', 1),
        { text: 'Löptext utan nummer.' },
        item('Avgränsningar', 1),
        item('Synpunkter', 0),
        item('Läkarmedverkan', 1),
        item('Övrigt', 0, 5),
        item('Avslutning', 0),
      ],
    });
    expect(lines).toEqual([
      '1. Bakgrund',
      '1.1. Uppdraget',
      'Löptext utan nummer.',
      '1.2. Avgränsningar',
      '2. Synpunkter',
      '2.1. Läkarmedverkan',
      '5. Övrigt',
      // Both instances count one list (w:abstractNum), so numId 4 continues after 5.
      '6. Avslutning',
    ]);
  });
});

describe('When a list is lettered ("a)", w:numFmt lowerLetter)', () => {
  test('its items are left without a number (letters are not rendered), the decimal list still is', async () => {
    const lines = await readLines('constructed-lettered-list.docx', {
      styles: LINKED_HEADING_STYLES,
      lists: [HEADING_LIST, { abstractId: 7, levels: [{ ilvl: 0, format: 'lowerLetter', text: '%1)' }] }],
      instances: [
        { numId: 1, abstractId: 0 },
        { numId: 8, abstractId: 7 },
      ],
      body: [
        { text: 'Synpunkter', style: 'Rubrik1' },
        { text: 'ökade krav på avtalen', numId: 8, ilvl: 0 },
        { text: 'tydligare uppföljning', numId: 8, ilvl: 0 },
        { text: 'Avslutning', style: 'Rubrik1' },
      ],
    });
    expect(lines).toEqual(['1. Synpunkter', 'ökade krav på avtalen', 'tydligare uppföljning', '2. Avslutning']);
  });
});

describe('When the numbers cannot be given for certain, the document reads exactly as before', () => {
  const headings = (texts: string[]): WordPackage['body'] => texts.map((text) => ({ text, style: 'Rubrik2' }));
  const base = { styles: LINKED_HEADING_STYLES, lists: [HEADING_LIST], instances: [{ numId: 1, abstractId: 0 }] };

  test('a deleted paragraph mark (mammoth joins the paragraphs) leaves every heading unnumbered', async () => {
    const lines = await readLines('constructed-deleted-paragraph-mark.docx', {
      ...base,
      body: [{ text: 'Inledning', style: 'Rubrik1' }, { text: 'Strukna ', deletedMark: true }, ...headings(['Avtal'])],
    });
    expect(lines).toEqual(['Inledning', 'Strukna Avtal']);
  });

  test('a level shown before it is used ("%1.%2" with no level 1 yet) leaves every heading unnumbered', async () => {
    const lines = await readLines('constructed-level-shown-unused.docx', {
      ...base,
      body: headings(['Avtalen om läkarmedverkan', 'Sanktioner']),
    });
    expect(lines).toEqual(['Avtalen om läkarmedverkan', 'Sanktioner']);
  });
});

describe('When the DOCX was saved by an office suite (LibreOffice 7.4, outline numbering on Heading 1–3)', () => {
  // Constructed text in outline-numbered-headings.fodt (chapter numbering from 7), converted with
  // `soffice --headless --convert-to docx`: numbering.xml as a real producer writes it, headings linked to the list
  // through their styles, w:suff "nothing", mc:Ignorable extensions.
  const file = join(__dirname, '..', 'fixtures', 'libreoffice', 'outline-numbered-headings.docx');

  test('the headings read with the numbers LibreOffice shows for them', async () => {
    const lines = (await readSource(file)).pages[0].text.split('\n');
    expect(lines.filter((line) => /^\d/.test(line))).toEqual([
      '7 Ledarskap',
      '7.1 Chefer',
      '7.2 Utveckling',
      '7.2.1 Utveckla en nationell ledarskapsutbildning för chefer inom den kommunala hälso- och sjukvården',
      `7.2.2 ${MAGNET}`,
    ]);
  });

  test('the parser files each answer under its numbered heading (without the numbers 7.2.1 was missed)', async () => {
    const parsed = parseDocument(await readSource(file), { file: 'outline-numbered-headings.docx' });
    expect(parsed.stances.map((s) => [s.proposal, s.stance])).toEqual([
      ['7.2.1', 'for'],
      ['7.2.2', 'against'],
    ]);
  });
});
