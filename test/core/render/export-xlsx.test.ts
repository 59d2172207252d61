import { buildRemissammanstallning, type ExportAnswer } from '../../../src/core/render/export-model.js';
import { renderExportXlsx, STANCE_FILL } from '../../../src/core/render/export-xlsx.js';
import { ASTORP_QUOTE, exportAnswer, MAGNET_TITLE } from '../../helpers/fake-slack-results.js';
import { readWorkbook, sheetRows, zipEntryText } from '../../helpers/office-files.js';

// Answers shaped like stored ones; the Åstorp quote is seed text (seeds/002), the others are constructed.
const answer = exportAnswer;

const remisser = [{ id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' }];

const SAMPLE = [
  answer({}),
  answer({
    documentId: 1,
    respondent: 'Föreningen Sveriges socialchefer',
    stance: 'for',
    quote: 'FSS instämmer i förslaget.',
    file: '001_ddd1ef1438ff4d2c.txt',
    page: 2,
    confidence: 'medium',
  }),
  answer({ proposal: '4.1', title: 'Läkarmedverkan', stance: 'for', quote: 'Vi instämmer.', page: 1 }),
  answer({
    documentId: 3,
    proposal: '*',
    title: null,
    respondent: 'Vision',
    stance: 'partly',
    quote: 'Delvis.',
    page: null,
  }),
];

/** Writes the workbook to bytes and opens them again, as a user's Excel would. */
async function roundTrip(answers: ExportAnswer[]) {
  const model = buildRemissammanstallning(answers, [], remisser);
  return readWorkbook(renderExportXlsx(model));
}

describe('When the remissammanställning is built as XLSX', () => {
  test('the workbook has the sheets "Ståndpunkter" and "Översikt"', async () => {
    const workbook = await roundTrip(SAMPLE);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ståndpunkter', 'Översikt']);
  });

  test('"Ståndpunkter" has the Swedish header and one row per answer', async () => {
    const rows = sheetRows((await roundTrip(SAMPLE)).getWorksheet('Ståndpunkter')!);
    expect(rows[0]).toEqual([
      'Remiss',
      'Förslag',
      'Titel',
      'Remissinstans',
      'Ståndpunkt',
      'Citat',
      'Fil',
      'Sida',
      'Säkerhet',
      'Rättad',
    ]);
    expect(rows).toHaveLength(SAMPLE.length + 1);
  });

  test('a row holds the verbatim quote, the file, the page as a number and the confidence in Swedish', async () => {
    const rows = sheetRows((await roundTrip(SAMPLE)).getWorksheet('Ståndpunkter')!);
    expect(rows.find((r) => r[1] === '7.2.2' && r[3] === 'Åstorps kommun')).toEqual([
      'SOU 2024:72',
      '7.2.2',
      MAGNET_TITLE,
      'Åstorps kommun',
      'avstyrker',
      ASTORP_QUOTE,
      '002_d8f4ead73eb6a353.txt',
      4,
      'hög',
      '',
    ]);
  });

  test('rows follow the document order: the whole remiss first, then proposals by number', async () => {
    const rows = sheetRows((await roundTrip(SAMPLE)).getWorksheet('Ståndpunkter')!);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['*', '4.1', '7.2.2', '7.2.2']);
  });

  test('the stance sheet is filterable, with a frozen header and wrapped quotes', async () => {
    const sheet = (await roundTrip(SAMPLE)).getWorksheet('Ståndpunkter')!;
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('F2').alignment).toMatchObject({ wrapText: true });
  });

  test('a corrected answer says who corrected it and when in "Rättad"', async () => {
    const rows = sheetRows(
      (await roundTrip([answer({ corrected: { by: 'U0ANNA', at: '2026-11-23T09:12:00Z' } })])).getWorksheet(
        'Ståndpunkter',
      )!,
    );
    expect(rows[1][9]).toBe('rättad av U0ANNA 2026-11-23');
  });

  test("a correction under the store's names (userId, createdAt) is marked the same way", async () => {
    const corrected = answer({ corrected: { userId: 'U0ANNA', createdAt: '2026-11-23T09:12:00Z' } });
    const rows = sheetRows((await roundTrip([corrected])).getWorksheet('Ståndpunkter')!);
    expect(rows[1][9]).toBe('rättad av U0ANNA 2026-11-23');
  });

  test('"Översikt" has respondents down and proposals across, the stance in each cell', async () => {
    const rows = sheetRows((await roundTrip(SAMPLE)).getWorksheet('Översikt')!);
    expect(rows[0]).toEqual(['Förslag', '*', '4.1', '7.2.2']);
    const astorp = rows.find((r) => r[0] === 'Åstorps kommun');
    expect(astorp).toEqual(['Åstorps kommun', '', 'tillstyrker', 'avstyrker']);
  });

  test('the second row of "Översikt" names each proposal', async () => {
    const rows = sheetRows((await roundTrip(SAMPLE)).getWorksheet('Översikt')!);
    expect(rows[1]).toEqual(['Remissinstans', 'Remissen som helhet', '4.1 Läkarmedverkan', `7.2.2 ${MAGNET_TITLE}`]);
  });

  test('each grid cell is filled with its stance colour', async () => {
    const sheet = (await roundTrip(SAMPLE)).getWorksheet('Översikt')!;
    const rowNumber = sheetRows(sheet).findIndex((r) => r[0] === 'Åstorps kommun') + 1;
    const fill = sheet.getRow(rowNumber).getCell(4).fill;
    expect(fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: STANCE_FILL.against } });
  });

  test('the grid ends with a count of respondents per stance for each proposal', async () => {
    const rows = sheetRows((await roundTrip(SAMPLE)).getWorksheet('Översikt')!);
    expect(rows.find((r) => r[0] === 'Antal avstyrker')).toEqual(['Antal avstyrker', 0, 0, 1]);
    expect(rows.find((r) => r[0] === 'Antal tillstyrker')).toEqual(['Antal tillstyrker', 0, 1, 1]);
  });

  test('a corrected stance is marked in the grid', async () => {
    const rows = sheetRows(
      (await roundTrip([answer({ stance: 'for', corrected: { by: 'U0ANNA' } })])).getWorksheet('Översikt')!,
    );
    expect(rows[2]).toEqual(['Åstorps kommun', 'tillstyrker (rättad)']);
  });

  test('a respondent with differing stances on one proposal shows both', async () => {
    const rows = sheetRows(
      (await roundTrip([answer({}), answer({ stance: 'partly', quote: 'Delvis.', page: 5 })])).getWorksheet(
        'Översikt',
      )!,
    );
    expect(rows[2]).toEqual(['Åstorps kommun', 'avstyrker / tillstyrker delvis']);
  });

  test('a quote with <, & and quotation marks reads back verbatim, control characters dropped', async () => {
    const quote = 'Vi anser att "A < B" & att <b>fet</b>\u0002 stil inte ska gälla ]]> här.';
    const rows = sheetRows(
      (await roundTrip([answer({ quote, respondent: 'Region A & B' })])).getWorksheet('Ståndpunkter')!,
    );
    expect(rows[1][3]).toBe('Region A & B');
    expect(rows[1][5]).toBe('Vi anser att "A < B" & att <b>fet</b> stil inte ska gälla ]]> här.');
  });

  test('text that looks like an Excel escape ("_x000D_") reads back as typed', async () => {
    const quote = 'Se fil_x000D_bilaga och _x00e9_.';
    const rows = sheetRows((await roundTrip([answer({ quote })])).getWorksheet('Ståndpunkter')!);
    expect(rows[1][5]).toBe(quote);
  });

  test('spaces at the ends of a quote and line breaks inside it are kept', async () => {
    const quote = '  Vi avstyrker.\nSe bilaga.  ';
    const rows = sheetRows((await roundTrip([answer({ quote })])).getWorksheet('Ståndpunkter')!);
    expect(rows[1][5]).toBe(quote);
    // Office may drop spaces at the ends of a text unless xml:space says to keep them.
    const bytes = renderExportXlsx(buildRemissammanstallning([answer({ quote })], [], remisser));
    expect(zipEntryText(bytes, 'xl/sharedStrings.xml')).toContain(`<si><t xml:space="preserve">${quote}</t></si>`);
  });

  test("a very long quote (30,000 characters, near Excel's cell limit) is kept whole", async () => {
    const quote = 'Vi avstyrker förslaget. '.repeat(1250);
    const rows = sheetRows((await roundTrip([answer({ quote })])).getWorksheet('Ståndpunkter')!);
    expect(rows[1][5]).toBe(quote);
  });

  test('the filter covers the header and every answer row', async () => {
    const sheet = (await roundTrip(SAMPLE)).getWorksheet('Ståndpunkter')!;
    expect(sheet.autoFilter).toBe('A1:J5');
  });

  test('"Översikt" keeps the respondent column and both header rows in view', async () => {
    const sheet = (await roundTrip(SAMPLE)).getWorksheet('Översikt')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  test('the column widths are as set: the quote column widest', async () => {
    const sheet = (await roundTrip(SAMPLE)).getWorksheet('Ståndpunkter')!;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => sheet.getColumn(c).width)).toEqual([
      14, 9, 40, 30, 17, 80, 28, 6, 9, 24,
    ]);
  });

  test('the header row is bold and the count rows under the grid italic', async () => {
    const workbook = await roundTrip(SAMPLE);
    expect(workbook.getWorksheet('Ståndpunkter')!.getCell('A1').font).toMatchObject({ bold: true });
    const overview = workbook.getWorksheet('Översikt')!;
    const countRow = sheetRows(overview).findIndex((r) => r[0] === 'Antal avstyrker') + 1;
    expect(overview.getRow(countRow).getCell(2).font).toMatchObject({ italic: true });
    expect(overview.getRow(countRow).getCell(1).fill).toMatchObject({ fgColor: { argb: STANCE_FILL.against } });
  });

  test('an export without answers has both sheets with only their headers and counts', async () => {
    const workbook = await roundTrip([]);
    expect(sheetRows(workbook.getWorksheet('Ståndpunkter')!)).toHaveLength(1);
    expect(sheetRows(workbook.getWorksheet('Översikt')!).map((r) => r[0])).toEqual([
      'Förslag',
      'Remissinstans',
      'Antal avstyrker',
      'Antal tillstyrker delvis',
      'Antal tillstyrker',
      'Antal neutral',
    ]);
  });

  test("the workbook's properties carry the title, the creator and the date", () => {
    const model = buildRemissammanstallning(SAMPLE, [], remisser);
    const core = zipEntryText(renderExportXlsx(model, new Date('2026-11-23T10:00:00Z')), 'docProps/core.xml');
    expect(core).toContain(
      '<dc:title>Remissammanställning: SOU 2024:72 – Stärkt medicinsk kompetens i kommunal hälso- och sjukvård</dc:title>',
    );
    expect(core).toContain('<dc:creator>remiss</dc:creator>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-23T10:00:00Z</dcterms:modified>');
  });
});
