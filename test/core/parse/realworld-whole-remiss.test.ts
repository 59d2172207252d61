import { OPENING, parseConstructed, summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response), in a shape that real remissvar
// published on the web have after conversion from HTML or PDF: verdicts on the remiss as a whole in other words than "utredningens förslag".

const parse = parseConstructed;

describe('When the remiss as a whole is named in other words than "utredningens förslag" (constructed)', () => {
  test.each([
    ['de förslag som utredningen lägger fram', 'Förbundet ser positivt på de förslag som utredningen lägger fram.'],
    ['de förslag som presenteras i delbetänkandet', 'Vi är positiva till de förslag som presenteras i delbetänkandet.'],
    ['promemorians huvudförslag', 'Förbundet ställer sig bakom promemorians huvudförslag.'],
    ['kommitténs analys och förslag', 'Vi ställer oss bakom kommitténs analys och förslag.'],
    ['slutbetänkandet', 'Förbundet tillstyrker slutbetänkandet.'],
    ['förslagen i delbetänkandet', 'Förbundet tillstyrker förslagen i delbetänkandet.'],
  ])('"%s" is a verdict on the remiss as a whole', (_name, sentence) => {
    expect(summary(parse(`${OPENING}${sentence}\n`))).toEqual(['* for']);
  });

  test('"de förslag som utredningen lägger fram om …" names some proposals, not the remiss', () => {
    const doc = parse(`${OPENING}Förbundet ser positivt på de förslag som utredningen lägger fram om statsbidrag.\n`);
    expect(summary(doc)).toEqual([]);
  });

  test('"förslagen i delbetänkandet om …" names some proposals, not the remiss', () => {
    const doc = parse(`${OPENING}Förbundet tillstyrker förslagen i delbetänkandet om statsbidrag.\n`);
    expect(summary(doc)).toEqual([]);
  });

  test('"betänkandet <title> (SOU …)" with the number of the remiss answered is the remiss as a whole', () => {
    const doc = parse(
      `${OPENING}Förbundet välkomnar Skolhälsokommitténs betänkande Ett påhittat betänkande om skolhälsa (SOU 2030:11) och ser fram emot det fortsatta arbetet.\n`,
    );
    expect(summary(doc)).toEqual(['* for']);
  });

  test('an earlier report named with its own SOU number is not the remiss answered', () => {
    const doc = parse(
      `${OPENING}Förbundet välkomnade delbetänkandet Ett första påhittat betänkande (SOU 2029:4) och står fast vid det.\n` +
        'Förbundet tillstyrkte delbetänkandet En tidigare påhittad utredning (SOU 2029:4).\n',
    );
    expect(summary(doc)).toEqual([]);
  });

  test('the proposals of the body whose request is on remiss are the remiss as a whole', () => {
    const doc = parse(
      'Yttrande om Exempelverkets hemställan om viltvård i Exempelby kommun\n\n' +
        'Exempelmyndigheten tillstyrker Exempelverkets förslag.\n',
    );
    expect(summary(doc)).toEqual(['* for']);
  });

  test("a third party's proposals inside another body's remiss are not the remiss", () => {
    const doc = parse(`${OPENING}Förbundet tillstyrker Exempelverkets förslag.\n`);
    expect(summary(doc)).toEqual([]);
  });

  test('"kommissionens förslag" is the remiss when the letter answers a kommission\'s report', () => {
    const doc = parse(
      'Remissvar på Skolhälsokommissionens slutbetänkande\n\nFörbundet instämmer i kommissionens förslag.\n',
    );
    expect(summary(doc)).toEqual(['* for']);
  });

  test('"kommissionens förslag" is the remiss when the letter speaks of no other kommission', () => {
    const doc = parse(
      'Remissvar Ett påhittat betänkande om jämlik tandvård\n\nVi instämmer i stort i kommissionens analys och förslag.\n',
    );
    expect(summary(doc)).toEqual(['* for']);
  });

  test('"kommissionens förslag" in an answer to an inquiry that discusses the European Commission is not the remiss', () => {
    const doc = parse(
      `${OPENING}Utredningen redovisar Europeiska kommissionens förslag till förordning om hälsodata. Förbundet stöder kommissionens förslag.\n`,
    );
    expect(summary(doc)).toEqual([]);
  });

  test('"kommissionens förslag" is the remiss when the European Commission\'s proposal itself is on remiss', () => {
    const doc = parse(
      'Remiss av Europeiska kommissionens förslag till förordning om hälsodata\n\nFörbundet stöder kommissionens förslag.\n',
    );
    expect(summary(doc)).toEqual(['* for']);
  });
});
