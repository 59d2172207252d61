import { curatedCatalog } from '../../helpers/seed-source.js';
import { OPENING, parseConstructed, summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response), in a shape that real remissvar
// published on the web have: a position on a proposal named by its substance in prose, with no number
// ("avstyrker förslaget om …"), and no catalog to give it one.

const parse = parseConstructed;

describe('When prose takes a position on a proposal it names by its words, with no number (constructed)', () => {
  test('"avstyrker förslaget om X" gives a title-only stance, titled as a heading', () => {
    const doc = parse(`${OPENING}Förbundet avstyrker förslaget om en ny nationell tillsynsmyndighet för skolhälsan.\n`);
    expect(summary(doc)).toEqual(['"En ny nationell tillsynsmyndighet för skolhälsan" against']);
    expect(doc.stances[0]).toMatchObject({ proposal: null, confidence: 'low' });
  });

  test('"stöder utredningens förslag om att X" drops the "att"', () => {
    const doc = parse(`${OPENING}Förbundet stöder utredningens förslag om att samla elevhälsan under en huvudman.\n`);
    expect(summary(doc)).toEqual(['"Samla elevhälsan under en huvudman" for']);
  });

  test('two proposals named in one sentence take the phrase before each', () => {
    const doc = parse(
      `${OPENING}Vi avstyrker förslaget om en ny myndighet men tillstyrker förslaget om ett nationellt register.\n`,
    );
    expect(summary(doc)).toEqual(['"En ny myndighet" against', '"Ett nationellt register" for']);
  });

  test('one phrase governing two proposals joined by "och" names both', () => {
    const doc = parse(
      `${OPENING}Vi välkomnar utredningens förslag om en ny skolhälsolag och utredningens förslag om ett register.\n`,
    );
    expect(summary(doc)).toEqual(['"En ny skolhälsolag" for', '"Ett register" for']);
  });

  test('the title ends where the clause does', () => {
    const doc = parse(
      `${OPENING}Vi ställer oss positiva till förslagen för en bättre elevhälsa på landsbygden, eftersom de ger bättre underlag.\n`,
    );
    expect(summary(doc)).toEqual(['"En bättre elevhälsa på landsbygden" for']);
  });

  test('where the proposal stands ("i betänkandet …") is not part of its title', () => {
    const doc = parse(
      `${OPENING}Vi tillstyrker förslaget om ett nationellt register i betänkandet Ett påhittat betänkande om skolhälsa (SOU 2030:11).\n`,
    );
    expect(summary(doc)).toEqual(['"Ett nationellt register" for']);
  });

  test('an approval on a condition is partly, and the condition is not part of the title', () => {
    const doc = parse(
      `${OPENING}Vi tillstyrker förslaget om ett nationellt register under förutsättning att staten finansierar det.\n`,
    );
    expect(summary(doc)).toEqual(['"Ett nationellt register" partly']);
  });

  test('"inga synpunkter på förslaget om X" is neutral on X, not on the remiss', () => {
    const doc = parse(`${OPENING}Förbundet har inga synpunkter på förslaget om ett nationellt register.\n`);
    expect(summary(doc)).toEqual(['"Ett nationellt register" neutral']);
  });

  test('the same position restated in the same words is one stance', () => {
    const doc = parse(
      `${OPENING}Sammanfattning\n\nVi avstyrker förslaget om en ny myndighet.\n\nTillsyn\n\nFörbundet avstyrker förslaget om en ny myndighet. Den skulle bli dyr.\n`,
    );
    expect(summary(doc)).toEqual(['"En ny myndighet" against']);
  });

  test('a position restated in the body in other words is one stance, under the first wording', () => {
    const doc = parse(
      `${OPENING}Sammanfattning\n\nVi ser positivt på förslagen om att det ska finnas en samordnare för skolhälsa i varje kommun och en regional ledningsfunktion.\n\n` +
        'Samordning\n\nVi ser positivt på förslagen om en samordnare för skolhälsa i varje kommun och en regional ledningsfunktion för elevhälsan. ' +
        'Samtidigt som vi är positiva till förslagen ser vi utmaningar som behöver hanteras.\n',
    );
    expect(summary(doc)).toEqual([
      '"Det ska finnas en samordnare för skolhälsa i varje kommun och en regional ledningsfunktion" partly',
    ]);
  });

  test('two proposals that share most but not enough of their words stay two', () => {
    const doc = parse(
      `${OPENING}Vi tillstyrker förslaget om stärkt medicinsk kompetens på ledningsnivå i kommunerna.\n\n` +
        'Vi avstyrker förslaget om stärkt medicinsk kompetens i regionerna.\n',
    );
    expect(summary(doc)).toEqual([
      '"Stärkt medicinsk kompetens på ledningsnivå i kommunerna" for',
      '"Stärkt medicinsk kompetens i regionerna" against',
    ]);
  });

  test("the respondent's own alternative is not a proposal of the remiss", () => {
    const doc = parse(
      `${OPENING}Förbundet förordar i stället förslaget om en regional samordnare.\nVi stöder vårt förslag om en regional samordnare.\n`,
    );
    expect(summary(doc)).toEqual([]);
  });

  test("a third party's proposal inside another body's remiss is not named as one of its proposals", () => {
    const doc = parse(
      `${OPENING}Vi stöder Socialstyrelsens förslag om en ny föreskrift.\nVi stöder regeringens förslag om sänkt skatt.\n`,
    );
    expect(summary(doc)).toEqual([]);
  });

  test.each([
    ['a condition', 'Vi tillstyrker förslaget om det genomförs stegvis.'],
    ['"för närvarande"', 'Vi tillstyrker förslaget för närvarande.'],
    ['"till fullo"', 'Vi tillstyrker förslaget till fullo.'],
    ['"på de grunder som …"', 'Vi avstyrker förslaget på de grunder som anges ovan.'],
  ])('%s after "förslaget" is no title', (_name, sentence) => {
    expect(summary(parse(`${OPENING}${sentence}\n`))).toEqual([]);
  });

  test('"förslaget om det nya registret" names a proposal, not a condition', () => {
    const doc = parse(`${OPENING}Vi tillstyrker förslaget om det nya registret.\n`);
    expect(summary(doc)).toEqual(['"Det nya registret" for']);
  });

  test('a long clause of reasoning after "förslaget om" is cut to its head at the first clause boundary', () => {
    const doc = parse(
      `${OPENING}Vi tillstyrker förslaget om att kommunerna ska få ett större ansvar för elevhälsan och att regionerna ska stödja dem med specialistkompetens i de fall där skolornas egna resurser inte räcker till och där behovet av samordning med primärvården är stort.\n`,
    );
    expect(summary(doc)).toEqual(['"Kommunerna ska få ett större ansvar för elevhälsan" for']);
  });

  test('with a catalog the words are matched to the proposal they name', () => {
    const doc = parse(
      'Remissvar SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård\n\n' +
        'Förbundet avstyrker förslaget om försöksverksamhet med Magnetmodellen.\n',
      curatedCatalog(),
    );
    expect(summary(doc)).toEqual(['7.2.2 against']);
  });

  test('under a numbered heading the heading is the proposal', () => {
    const doc = parse(`${OPENING}5.2 Statsbidrag\n\nVi avstyrker förslaget om statsbidrag för etablering.\n`);
    expect(summary(doc)).toEqual(['5.2 against']);
  });
});
