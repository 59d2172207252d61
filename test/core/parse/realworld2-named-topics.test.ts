import { EMPTY_CATALOG } from '../../../src/core/catalog/catalog.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { textSource } from '../../helpers/seed-source.js';
import { OPENING, summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response), in shapes that remissvar published on
// the web have: the remiss's own subject named as "förslaget till …", proposals named by their substance without
// the word "förslag", and titles with a scope or a reason after them.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt', catalog: EMPTY_CATALOG });
}

describe('When "förslaget till …" names what the whole remiss is about (constructed)', () => {
  test('the remiss title named again after "utredningens förslag till" is the remiss as a whole', () => {
    const doc = parse(
      'Yttrande över remiss Ny skolhälsoorganisation, fyra nya regioner\n\n' +
        'Exempelverket tillstyrker utredningens förslag till ny skolhälsoorganisation med motivering att färre huvudmän ger en enklere styrning.\n',
    );
    expect(summary(doc)).toEqual(['* for']);
  });

  test('a proposal that shares only one word with the remiss title stays a proposal of its own', () => {
    const doc = parse(
      'Yttrande över remiss Ny skolhälsoorganisation, fyra nya regioner\n\n' +
        'Exempelverket tillstyrker utredningens förslag om en ny tillsyn av regioner med små skolor.\n',
    );
    expect(summary(doc)).toEqual(['"En ny tillsyn av regioner med små skolor" for']);
  });

  test('"förslaget till förordning" in a promemoria is the remiss as a whole', () => {
    const doc = parse(
      'Remissvar Promemorian Tillfälliga regler för skolhälsan\n\n' +
        'Exempelförbundet har beretts tillfälle att yttra sig.\n\nFörbundet kan inte tillstyrka förslaget till förordning.\n',
    );
    expect(summary(doc)).toEqual(['* against']);
  });

  test('"förslaget till lag om …" names one law, not the remiss', () => {
    const doc = parse(`${OPENING}Förbundet avstyrker förslaget till lag om elevhälsoregister.\n`);
    expect(summary(doc)).toEqual(['"Lag om elevhälsoregister" against']);
  });
});

describe('When a title-only proposal has a scope or a reason after it (constructed)', () => {
  test('"förslaget med avseende på X" names X', () => {
    const doc = parse(`${OPENING}Förbundet tillstyrker förslaget med avseende på lagens tidsbegränsning.\n`);
    expect(summary(doc)).toEqual(['"Lagens tidsbegränsning" for']);
  });

  test('"förslagen i de delar som X" names those parts', () => {
    const doc = parse(`${OPENING}Förbundet tillstyrker promemorians förslag i de delar som rör skolorna.\n`);
    expect(summary(doc)).toEqual(['"De delar som rör skolorna" for']);
  });

  test('a reason after "med motivering att" is not part of the title', () => {
    const doc = parse(
      `${OPENING}Förbundet tillstyrker förslaget om fler skolsköterskor med motivering att elevhälsan behöver stärkas.\n`,
    );
    expect(summary(doc)).toEqual(['"Fler skolsköterskor" for']);
  });

  test('a title longer than 160 characters is shortened at a clause boundary, not dropped', () => {
    const doc = parse(
      `${OPENING}Förbundet tillstyrker förslaget att ge Skolverket i uppdrag att utveckla en nationell modell för elevhälsans arbete, i samarbete med Socialstyrelsen och i samråd med regionerna, kommunerna och de fristående huvudmännen på nationell och lokal nivå.\n`,
    );
    const titles = doc.stances.map((s) => s.title ?? '');
    expect(summary(doc).map((s) => s.endsWith(' for'))).toEqual([true]);
    expect(titles[0]).toBe('Ge Skolverket i uppdrag att utveckla en nationell modell för elevhälsans arbete');
    expect(titles[0].length).toBeLessThanOrEqual(160);
  });
});

describe('When a proposal is named by its substance without the word "förslag" (constructed)', () => {
  test('"positiva till att X får …" names the proposal X', () => {
    const doc = parse(`${OPENING}Förbundet är positiva till att Skolverket får ett samordnande uppdrag.\n`);
    expect(summary(doc)).toEqual(['"Skolverket får ett samordnande uppdrag" for']);
  });

  test('"positiva till den föreslagna X" names the proposal X', () => {
    const doc = parse(`${OPENING}Förbundet är positiva till den föreslagna strukturen för elevhälsans ledning.\n`);
    expect(summary(doc)).toEqual(['"Den föreslagna strukturen för elevhälsans ledning" for']);
  });

  test('verb-first bullets "• tillstyrker att …" under the respondent\'s name each name a proposal', () => {
    const doc = parse(
      `${OPENING}Exempelförbundet:\n\n• tillstyrker att uppdraget omfattar en kartläggning av skolsköterskornas behov\n• tillstyrker att översynen även gäller samarbetet mellan skolor\n`,
    );
    expect(summary(doc)).toEqual([
      '"Uppdraget omfattar en kartläggning av skolsköterskornas behov" for',
      '"Översynen även gäller samarbetet mellan skolor" for',
    ]);
  });

  test('"positiv till ett utökat uppdrag som en av de föreslagna X" names that proposal', () => {
    const doc = parse(
      `${OPENING}Förbundet är positiv till ett utökat uppdrag som en av tre föreslagna tillsynsmyndigheter.\n`,
    );
    expect(summary(doc)).toEqual(['"Ett utökat uppdrag som en av tre föreslagna tillsynsmyndigheter" for']);
  });

  test('"positiv till en översyn …" with nothing proposed named is no proposal', () => {
    const doc = parse(`${OPENING}Förbundet är positiv till en översyn av skolskjutsarna.\n`);
    expect(summary(doc)).toEqual([]);
  });

  test('of two att-clauses joined by "och att" the first is the title', () => {
    const doc = parse(
      `${OPENING}Förbundet är positiva till att Skolverket får ett samordnande uppdrag, och att elevhälsan definieras som en skolfråga.\n`,
    );
    expect(summary(doc)).toEqual(['"Skolverket får ett samordnande uppdrag" for']);
  });

  test.each([
    ['the inquiry having been set up', 'Förbundet är positiva till att utredningen tillsatts.'],
    ['what the government should also do', 'Förbundet är positiva till att regeringen också ser över skolskjutsarna.'],
    ['what we ourselves do', 'Förbundet är positiva till att vi får delta i arbetet.'],
  ])('"positiva till att …" about %s names no proposal', (_name, sentence) => {
    expect(summary(parse(`${OPENING}${sentence}\n`))).toEqual([]);
  });
});
