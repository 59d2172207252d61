import { curatedCatalog } from '../../helpers/seed-source.js';
import { ASTORP_SHAPED_OPENING, OPENING, parseConstructed, summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response), in a shape that real remissvar
// published on the web have after conversion from HTML or PDF: tables with "|" between their cells.

const parse = parseConstructed;

describe('When a table is written with "|" between its cells, as HTML and Markdown conversions give it (constructed)', () => {
  test('each row takes the verdict in its last cell; "med medskick" makes it partly', () => {
    const doc = parse(
      `${OPENING}Avsnitt | Förslag | Ställningstagande\n5.1 | Upphandling | Tillstyrker\n` +
        '5.2 | Statsbidrag | Avstyrker\n5.3 | Ersättningssystem | Tillstyrker med medskick\n',
    );
    expect(summary(doc)).toEqual(['5.1 for', '5.2 against', '5.3 partly']);
  });

  test('a Markdown table with outer pipes and a rule line reads the same', () => {
    const doc = parse(
      `${OPENING}| Avsnitt | Förslag | Ställningstagande |\n|---|---|---|\n| 5.1 | Upphandling | Tillstyrker |\n` +
        '| 5.2 | Statsbidrag | Avstyrker delvis |\n| 5.3 | Ersättningssystem | Tillstyrker med förbehåll |\n',
    );
    expect(summary(doc)).toEqual(['5.1 for', '5.2 partly', '5.3 partly']);
  });

  test('the quote is the row as written and the title is the proposal cell', () => {
    const doc = parse(`${OPENING}5.1 | Upphandling | Tillstyrker\n`);
    expect(doc.stances[0]).toMatchObject({ quote: '5.1 | Upphandling | Tillstyrker', title: 'Upphandling' });
  });

  test('a row whose last cell is prose, not a verdict, gives no table verdict', () => {
    const doc = parse(`${OPENING}5.1 | Upphandling | Frågan behöver utredas mer\n`);
    expect(summary(doc)).toEqual([]);
  });

  test('a row of space-separated cells ending "Tillstyrker med medskick" is partly', () => {
    const doc = parse(
      `${ASTORP_SHAPED_OPENING}Förslag Ställningstagande\n4.3 Stärkt möjlighet för kommuner att anlita läkare på regionens bekostnad Tillstyrker med medskick\n`,
      curatedCatalog(),
    );
    expect(summary(doc)).toEqual(['4.3 partly']);
  });

  test('a menu line with pipes is no table row', () => {
    const doc = parse(`Start | Om oss | Kontakt\n\n${OPENING}Förbundet har inga synpunkter.\n`);
    expect(summary(doc)).toEqual(['* neutral']);
  });
});
