import mammoth from 'mammoth';
import { renderExportDocx } from '../../../src/core/render/export-docx.js';
import { buildRemissammanstallning, type ExportAnswer } from '../../../src/core/render/export-model.js';
import { ASTORP_QUOTE, exportAnswer, MAGNET_TITLE } from '../../helpers/fake-slack-results.js';
import { docxParagraphs, docxTables, zipEntryText } from '../../helpers/office-files.js';

// Answers shaped like stored ones; the Åstorp quote is seed text (seeds/002), the others are constructed.
const answer = exportAnswer;

const remisser = [{ id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' }];

function docxOf(answers: ExportAnswer[]): Uint8Array {
  const model = buildRemissammanstallning(answers, [], remisser);
  return renderExportDocx(model, '2026-11-23');
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
      ['Remissinstans', 'Ståndpunkt', 'Citat', 'Källa'],
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
    const paragraphs = docxParagraphs(renderExportDocx(model, '2026-11-23'));
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
    const bytes = renderExportDocx([], '2026-11-23');
    expect(docxParagraphs(bytes).map((p) => p.text)).toEqual(['Inga remissvar att sammanställa.']);
  });

  test('a quote with <, & and quotation marks reads back verbatim', async () => {
    const quote = 'Vi anser att "A < B" & att <b>fet</b> stil inte ska gälla ]]> här.';
    const bytes = docxOf([answer({ quote, respondent: 'Region A & B', file: 'a&b <1>.pdf' })]);
    expect(docxTables(bytes)[0][1]).toEqual(['Region A & B', 'avstyrker', `”${quote}”`, 'a&b <1>.pdf, s. 4']);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain(`”${quote}”`);
  });

  test('control characters in respondent, file and title are dropped too', () => {
    const bytes = docxOf([
      answer({ respondent: 'Åstorps\u0007 kommun', file: 'svar\u001F.pdf', title: 'Magnet\u0000' }),
    ]);
    expect(docxTables(bytes)[0][1]).toEqual(['Åstorps kommun', 'avstyrker', `”${ASTORP_QUOTE}”`, 'svar.pdf, s. 4']);
    expect(docxParagraphs(bytes).filter((p) => p.style === 'Heading2')[0].text).toBe('7.2.2 Magnet');
  });

  test('a very long quote (100,000 characters) is kept whole', () => {
    const quote = `${'Vi avstyrker förslaget. '.repeat(4166)}Slut.`;
    expect(docxTables(docxOf([answer({ quote })]))[0][1][2]).toBe(`”${quote}”`);
  });

  test("Word's reader sees the headings as h1 and h2 and each proposal's answers as a table", async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(docxOf(SAMPLE)) });
    expect(value.match(/<h1>/g)).toHaveLength(1);
    expect(value.match(/<h2>/g)).toHaveLength(3);
    expect(value.match(/<table>/g)).toHaveLength(3);
    expect(value).toContain('<th><p><strong>Remissinstans</strong></p></th>');
    expect(value).toContain('<td><p>Åstorps kommun</p></td>');
  });

  test('the header row is shaded and repeats on every page the table runs onto', () => {
    const xml = zipEntryText(docxOf(SAMPLE), 'word/document.xml')!;
    const headerRow = /<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>[\s\S]*?<\/w:tr>/.exec(xml)![0];
    expect(headerRow.match(/<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"\/>/g)).toHaveLength(4);
  });

  test('the table spans the text width in the shares 22/15/45/18', () => {
    const xml = zipEntryText(docxOf(SAMPLE), 'word/document.xml')!;
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].slice(0, 4).map((m) => Number(m[1]));
    expect(grid).toEqual([1986, 1354, 4062, 1625]);
  });

  test('a remiss nobody has answered yet still has its heading, basis line and proposals', () => {
    const model = buildRemissammanstallning([], [{ remiss: 'SOU 2024:72', number: '4.1', title: 'Läkare' }], remisser);
    const paragraphs = docxParagraphs(renderExportDocx(model, '2026-11-23'));
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Remissammanställning: SOU 2024:72 – Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
      'Underlag: 0 remissvar, 0 ståndpunkter. Sammanställd 2026-11-23.',
      '4.1 Läkare',
      'Inga remissvar om förslaget.',
    ]);
  });

  test("the file's properties carry the title, the creator, the remiss and the date", () => {
    const model = buildRemissammanstallning(SAMPLE, [], remisser);
    const core = zipEntryText(
      renderExportDocx(model, '2026-11-23', new Date('2026-11-23T10:00:00Z')),
      'docProps/core.xml',
    );
    expect(core).toContain(
      '<dc:title>Remissammanställning: SOU 2024:72 – Stärkt medicinsk kompetens i kommunal hälso- och sjukvård</dc:title>',
    );
    expect(core).toContain('<dc:creator>remiss</dc:creator>');
    expect(core).toContain('<dc:description>SOU 2024:72</dc:description>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-23T10:00:00Z</dcterms:created>');
  });

  test("Heading 1 and Heading 2 are defined as Word's built-in headings", () => {
    const styles = zipEntryText(docxOf(SAMPLE), 'word/styles.xml')!;
    expect(styles).toContain('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>');
    expect(styles).toContain('<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>');
  });
});
