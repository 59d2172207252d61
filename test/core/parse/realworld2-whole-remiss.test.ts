import { EMPTY_CATALOG } from '../../../src/core/catalog/catalog.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { textSource } from '../../helpers/seed-source.js';
import { OPENING, summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response), in shapes that short remissvar
// published on the web have: the verdict on the remiss as a whole given with a bare "förslaget", a compound
// inquiry name, the report itself or a quantifier as the object.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt', catalog: EMPTY_CATALOG });
}

describe('When the verdict on the remiss as a whole has an object outside the usual list (constructed)', () => {
  test.each([
    ['a bare "förslaget."', 'Förbundet tillstyrker förslaget.'],
    ['a bare "förslagen."', 'Förbundet tillstyrker förslagen.'],
    ['a compound inquiry genitive', 'Förbundet ställer sig bakom Skolhälsokommitténs förslag.'],
    ['a compound inquiry genitive of the utredning kind', 'Vi stöder Skolhälsoutredningens förslag.'],
    ['"välkomnar utredningen"', 'Förbundet välkomnar utredningen.'],
    ['"tillstyrker promemorian"', 'Förbundet tillstyrker promemorian.'],
    ['"föreslagna kompletteringar"', 'Förbundet tillstyrker föreslagna kompletteringar.'],
  ])('%s is a verdict on the remiss as a whole', (_name, sentence) => {
    expect(summary(parse(`${OPENING}${sentence}\n`))).toEqual(['* for']);
  });

  test('a bare "förslaget" after a sentence that took a stance on a named proposal keeps that proposal', () => {
    const doc = parse(
      `${OPENING}Förbundet avstyrker förslaget om en ny tillsynsmyndighet. Vi avstyrker förslaget med kraft.\n`,
    );
    expect(summary(doc)).toEqual(['"En ny tillsynsmyndighet" against']);
  });

  test('a bare "förslaget" right after the inquiry\'s proposal is described is not the remiss as a whole', () => {
    const doc = parse(
      `${OPENING}Utredningen föreslår att skolsköterskor ska få förskriva fler läkemedel. Förbundet tillstyrker förslaget.\n`,
    );
    expect(summary(doc)).toEqual([]);
  });

  test('a bare "förslagen" under a numbered heading keeps the heading\'s number', () => {
    const doc = parse(`${OPENING}4.2 Elevhälsans organisation\n\nFörbundet tillstyrker förslagen.\n`);
    expect(summary(doc)).toEqual(['4.2 for']);
  });

  test('"förslaget om …" still names one proposal', () => {
    const doc = parse(`${OPENING}Förbundet tillstyrker förslaget om en ny skolhälsojournal.\n`);
    expect(summary(doc)).toEqual(['"En ny skolhälsojournal" for']);
  });

  test('"positiva till att utredningen tillsatts" is not a verdict on the remiss', () => {
    const doc = parse(`${OPENING}Förbundet är positiva till att utredningen tillsatts.\n`);
    expect(summary(doc).filter((s) => s.startsWith('*'))).toEqual([]);
  });

  test.each([
    ['en stor del av', 'Förbundet tillstyrker en stor del av de förslag som utredningen lämnar.'],
    ['många av', 'Förbundet instämmer i många av utredningens förslag.'],
    ['flera av', 'Förbundet stöder flera av förslagen i betänkandet.'],
  ])('"%s" the proposals is a partial agreement with the remiss as a whole', (_name, sentence) => {
    expect(summary(parse(`${OPENING}${sentence}\n`))).toEqual(['* partly']);
  });
});
