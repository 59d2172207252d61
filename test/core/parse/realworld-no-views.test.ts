import { curatedCatalog } from '../../helpers/seed-source.js';
import { ASTORP_SHAPED_OPENING, OPENING, parseConstructed, summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response), in a shape that real remissvar
// published on the web have after conversion from HTML or PDF: "no views" on one point of the remiss.

const parse = parseConstructed;

describe('When a letter has no views on one point (constructed)', () => {
  test('"inga synpunkter i sak när det gäller … förslag avseende X" under a heading is not a verdict on the remiss', () => {
    const doc = parse(
      `${OPENING}Lokala tillsynsplaner\n\n` +
        'Förbundet har inga synpunkter i sak när det gäller utredningens förslag avseende tillsynsplanerna.\n',
    );
    expect(summary(doc)).toEqual([]);
  });

  test('"inga synpunkter på delmålen …, men instämmer i resonemanget" is not a verdict on the remiss', () => {
    const doc = parse(
      `${OPENING}Myndigheten har inga synpunkter på delmålen för år 2030, men instämmer i resonemanget om att följa upp dem oftare.\n`,
    );
    expect(summary(doc)).toEqual([]);
  });

  test('"inga synpunkter på förslagen om X" names some proposals, not the remiss', () => {
    const doc = parse(`${OPENING}Förbundet har inga synpunkter på förslagen om statsbidrag.\n`);
    expect(summary(doc).filter((s) => s.startsWith('* '))).toEqual([]);
  });

  test('a later sentence about "förslagen" never inherits the remiss as a whole from a "no views" sentence', () => {
    const doc = parse(`${OPENING}Vi har inga synpunkter.\n\n• Vi instämmer i förslagen om färre öronmärkta bidrag.\n`);
    expect(summary(doc).filter((s) => s.startsWith('* '))).toEqual([]);
  });

  test('"Vi har inga synpunkter." is not what a later "förslagen som rör …" refers back to', () => {
    const doc = parse(
      `${OPENING}Vi har inga synpunkter.\n\n• Vi välkomnar särskilt förslagen som rör statsbidragen.\n`,
    );
    expect(summary(doc)).toEqual(['* neutral']);
  });

  test('"kan inte ta ställning till kommitténs bedömningar om …" then "instämmer i förslagen om …" gives no verdict on the remiss', () => {
    const doc = parse(
      `${OPENING}Sammanfattning\n\nVi kan inte ta ställning till kommitténs bedömningar om en ny ansvarsfördelning.\n\n` +
        'Några av våra synpunkter i korthet:\n\n' +
        '  • Vi instämmer i förslagen om färre öronmärkta bidrag.\n',
    );
    expect(summary(doc).filter((s) => s.startsWith('* '))).toEqual([]);
  });

  test.each([
    'Kommunen har inga synpunkter på förslagen i betänkandet.',
    'Nämnden har inga synpunkter.',
    'Nämnden har inga synpunkter i ärendet.',
    'Kommunen har tagit del av remissen och har inga synpunkter att lämna.',
    'Kommunen har inga synpunkter på slutbetänkandet.',
  ])('"%s" stays a neutral verdict on the remiss', (sentence) => {
    expect(summary(parse(`${OPENING}${sentence}\n`))).toEqual(['* neutral']);
  });

  test('with a catalog, "inga synpunkter på X" is neutral on the proposal X names', () => {
    const doc = parse(
      `${ASTORP_SHAPED_OPENING}Förbundet har inga synpunkter på försöksverksamheten med Magnetmodellen.\n`,
      curatedCatalog(),
    );
    expect(summary(doc)).toEqual(['7.2.2 neutral']);
  });
});
