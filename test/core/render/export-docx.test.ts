import { Packer } from 'docx';
import mammoth from 'mammoth';
import { buildExportDocx } from '../../../src/core/render/export-docx.js';
import { buildRemissammanstallning, type ExportAnswer } from '../../../src/core/render/export-model.js';
import { ASTORP_QUOTE, exportAnswer, MAGNET_TITLE } from '../../helpers/fake-slack-results.js';
import { docxParagraphs, docxTables } from '../../helpers/office-files.js';

// Answers shaped like stored ones; the Åstorp quote is seed text (seeds/002), the others are constructed.
const answer = exportAnswer;

const remisser = [{ id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' }];

async function docxOf(answers: ExportAnswer[]): Promise<Uint8Array> {
  const model = buildRemissammanstallning(answers, [], remisser);
  return new Uint8Array(await Packer.toBuffer(buildExportDocx(model, '2026-11-23')));
}

const SAMPLE = [
  answer({}),
  answer({
    documentId: 1,
    respondent: 'Föreningen Sveriges socialchefer',
    stance: 'for',
    quote: 'FSS instämmer i förslaget.',
    file: '001_ddd1ef1438ff4d2c.txt',
    page: 2,
  }),
  answer({
    documentId: 3,
    proposal: '*',
    title: null,
    respondent: 'Vision',
    stance: 'partly',
    quote: 'Vision tillstyrker delvis.',
    file: 'vision.docx',
    page: null,
  }),
  answer({
    documentId: 3,
    proposal: null,
    title: 'Ledarskap',
    respondent: 'Vision',
    stance: 'neutral',
    quote: 'Ledarskap är viktigt.',
    file: 'vision.docx',
    page: null,
  }),
];

describe('When the remissammanställning is built as DOCX', () => {
  test('the remiss is a level-1 heading with its number and title', async () => {
    const paragraphs = docxParagraphs(await docxOf(SAMPLE));
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Remissammanställning: SOU 2024:72 – Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
    ]);
  });

  test('each proposal is a level-2 heading: the whole remiss first, then numbers, title-only last', async () => {
    const paragraphs = docxParagraphs(await docxOf(SAMPLE));
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Remissen som helhet',
      `7.2.2 ${MAGNET_TITLE}`,
      'Ledarskap (utan avsnittsnummer)',
    ]);
  });

  test('the tally in Swedish follows the proposal heading', async () => {
    const paragraphs = docxParagraphs(await docxOf(SAMPLE));
    const at = paragraphs.findIndex((p) => p.text.startsWith('7.2.2 '));
    expect(paragraphs[at + 1].text).toBe('1 avstyrker · 0 tillstyrker delvis · 1 tillstyrker · 0 neutral');
  });

  test('each respondent is a table row with stance, the verbatim quote and file with page', async () => {
    const tables = docxTables(await docxOf(SAMPLE));
    expect(tables[1]).toEqual([
      ['Remissinstans', 'Ställning', 'Citat', 'Källa'],
      ['Åstorps kommun', 'avstyrker', `”${ASTORP_QUOTE}”`, '002_d8f4ead73eb6a353.txt, s. 4'],
      [
        'Föreningen Sveriges socialchefer',
        'tillstyrker',
        '”FSS instämmer i förslaget.”',
        '001_ddd1ef1438ff4d2c.txt, s. 2',
      ],
    ]);
  });

  test('a source without pages shows only the file name', async () => {
    const tables = docxTables(await docxOf(SAMPLE));
    expect(tables[0][1][3]).toBe('vision.docx');
  });

  test('a corrected stance is marked with who corrected it and the day', async () => {
    const corrected = answer({ stance: 'for', corrected: { by: 'U0ANNA', at: '2026-11-23T09:12:00Z' } });
    const tables = docxTables(await docxOf([corrected]));
    expect(tables[0][1][1]).toBe('tillstyrker\nrättad av U0ANNA 2026-11-23');
  });

  test('an uncorrected stance carries no marker', async () => {
    const tables = docxTables(await docxOf([answer({})]));
    expect(tables[0][1][1]).toBe('avstyrker');
  });

  test('a catalog proposal nobody answered says so instead of an empty table', async () => {
    const model = buildRemissammanstallning(
      [answer({})],
      [{ remiss: 'SOU 2024:72', number: '4.1', title: 'Läkare' }],
      remisser,
    );
    const paragraphs = docxParagraphs(new Uint8Array(await Packer.toBuffer(buildExportDocx(model, '2026-11-23'))));
    const at = paragraphs.findIndex((p) => p.text === '4.1 Läkare');
    expect(paragraphs[at + 1].text).toBe('Inga remissvar om förslaget.');
  });

  test('characters XML forbids are dropped, so Word can open the file', async () => {
    const tables = docxTables(await docxOf([answer({ quote: 'Vi avstyrker\u0002 förslaget.' })]));
    expect(tables[0][1][2]).toBe('”Vi avstyrker förslaget.”');
  });

  test('another reader (mammoth, as ingest uses) reads the quote back from the file', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docxOf(SAMPLE)) });
    expect(value).toContain(`”${ASTORP_QUOTE}”`);
  });

  test('an empty export says there is nothing to compile', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(buildExportDocx([], '2026-11-23')));
    expect(docxParagraphs(bytes).map((p) => p.text)).toEqual(['Inga remissvar att sammanställa.']);
  });
});
