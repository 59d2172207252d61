import { curatedCatalog } from '../../helpers/seed-source.js';
import { ASTORP_SHAPED_OPENING, OPENING, parseConstructed, summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response), in a shape that real remissvar
// published on the web have after conversion from HTML or PDF: grouped lists whose headers have no colon.

const parse = parseConstructed;

describe('When a grouped list has headers without a colon, as web pages and PDFs give them (constructed)', () => {
  test('"Vi tillstyrker följande förslag" and "Vi avstyrker följande förslag" give their bullets a stance each', () => {
    const doc = parse(
      `${OPENING}Sammanfattning\n\nVi tillstyrker följande förslag\n\n` +
        ' • En samlad skolhälsovård i kommunal regi\n • Ett nationellt register över skolsköterskor\n\n' +
        'Vi avstyrker följande förslag\n\n • En ny tillsynsmyndighet för elevhälsan\n',
    );
    expect(summary(doc)).toEqual([
      '"En samlad skolhälsovård i kommunal regi" for',
      '"Ett nationellt register över skolsköterskor" for',
      '"En ny tillsynsmyndighet för elevhälsan" against',
    ]);
  });

  test('with a catalog the listed titles get their numbers, also with no blank line around a header (PDF text)', () => {
    const doc = parse(
      `${ASTORP_SHAPED_OPENING}Vi tillstyrker följande förslag\n` +
        '• Utveckla en nationell ledarskapsutbildning för chefer inom den kommunala hälso- och sjukvården\n' +
        '• Fler specialistsjuksköterskor i kommunal hälso- och sjukvård\n' +
        'Vi avstyrker följande förslag\n' +
        '• Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård\n',
      curatedCatalog(),
    );
    expect(summary(doc)).toEqual(['7.2.1 for', '7.2.2 against', '7.2.3 for']);
  });

  test.each([
    ['–', '– '],
    ['-', '- '],
    ['*', '* '],
    ['indented •', '    • '],
    ['1)', '1) '],
    ['1.', '1. '],
  ])('bullets written with %s are read as the list', (_name, sign) => {
    const doc = parse(
      `${OPENING}Förbundet avstyrker följande förslag\n\n${sign}En ny tillsynsmyndighet för elevhälsan\n` +
        `${sign.replace('1', '2')}Ett nationellt register över skolsköterskor\n`,
    );
    expect(summary(doc)).toEqual([
      '"En ny tillsynsmyndighet för elevhälsan" against',
      '"Ett nationellt register över skolsköterskor" against',
    ]);
  });

  test('"Förslag som vi avstyrker" as a heading without a colon introduces its list too', () => {
    const doc = parse(`${OPENING}Förslag som vi avstyrker\n\n• En ny tillsynsmyndighet för elevhälsan\n`);
    expect(summary(doc)).toEqual(['"En ny tillsynsmyndighet för elevhälsan" against']);
  });

  test('a header that approves "om nödvändiga justeringar görs" makes its bullets partly', () => {
    const doc = parse(
      `${OPENING}Vi tillstyrker följande förslag om nödvändiga justeringar görs\n\n• Samordnad skolhälsojournal\n`,
    );
    expect(summary(doc)).toEqual(['"Samordnad skolhälsojournal" partly']);
  });

  test('a header that both approves and rejects parts of the listed proposals makes them partly', () => {
    const doc = parse(
      `${OPENING}Förbundet tillstyrker vissa delar men avstyrker andra delar av följande förslag\n\n• Fem steg mot bättre elevhälsa\n`,
    );
    expect(summary(doc)).toEqual(['"Fem steg mot bättre elevhälsa" partly']);
  });

  test("a bullet that names its proposal and then comments on it takes the title from its first sentence and the comment's reservation", () => {
    const doc = parse(
      `${OPENING}Vi tillstyrker följande förslag\n\n` +
        '• Samordnad skolhälsojournal. Det bör förtydligas vem som ansvarar för journalen.\n' +
        '• Ett nationellt register över skolsköterskor\n',
    );
    expect(summary(doc)).toEqual([
      '"Samordnad skolhälsojournal" partly',
      '"Ett nationellt register över skolsköterskor" for',
    ]);
  });

  test('a sentence that goes on after "följande förslag" and ends is a statement, not a header', () => {
    const doc = parse(
      `${OPENING}Vi tillstyrker följande förslag med reservation för finansieringen.\n\n` +
        '• En samlad skolhälsovård i kommunal regi\n',
    );
    expect(summary(doc)).toEqual([]);
  });

  test('a header-shaped line with no bullets under it gives nothing to the prose that follows', () => {
    const doc = parse(
      `${OPENING}Vi tillstyrker följande förslag\n\nEn samlad skolhälsovård i kommunal regi skulle ge eleverna bättre stöd.\n`,
    );
    expect(summary(doc)).toEqual([]);
  });

  test('a line that is not about "följande förslag" does not become a header', () => {
    const doc = parse(`${OPENING}Vi tillstyrker utredningens ambition\n\n• En samlad skolhälsovård i kommunal regi\n`);
    expect(summary(doc)).toEqual([]);
  });
});
