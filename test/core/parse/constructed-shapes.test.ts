import { harvestProposals, parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { curatedCatalog, textSource } from '../../helpers/seed-source.js';
import { summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us, in shapes that real remissvar use; none is a real response.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt', catalog: curatedCatalog() });
}

describe('When a reply letter says only that it has no views (constructed)', () => {
  const doc = parse(
    'Yttrande från Exempelnämnden\n\nRemiss av SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård\n\nNämnden har inga synpunkter.\n',
  );

  test('the whole remiss gets one neutral stance', () => {
    expect(summary(doc)).toEqual(['* neutral']);
  });

  test('the respondent comes from "Yttrande från …"', () => {
    expect(doc.respondent).toBe('Exempelnämnden');
  });

  test('a source without pages gives no page numbers', () => {
    expect(doc.stances[0].page).toBeNull();
  });
});

describe('When numbered lines state the position themselves (constructed)', () => {
  const doc = parse(
    [
      'Remissvar SOU 2024:72',
      '',
      'Exempelregionen har tagit del av betänkandet och lämnar följande synpunkter.',
      '',
      '5.4 Regionen avstyrker förslaget att kommuner ska få anställa läkare för patientnära kliniskt arbete.',
      '7.2.1 Förslaget om en nationell ledarskapsutbildning välkomnas.',
    ].join('\n'),
  );

  test('each numbered statement is a stance on its own number', () => {
    expect(summary(doc)).toEqual(['5.4 against', '7.2.1 for']);
  });

  test('the respondent comes from "… har tagit del av betänkandet och lämnar följande synpunkter"', () => {
    expect(doc.respondent).toBe('Exempelregionen');
  });
});

describe('When a letterhead names the organisation and the body speaks as "vi" (constructed)', () => {
  const doc = parse(
    [
      'Region Exempelland',
      '',
      'Remiss av SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
      '',
      'Vi ser positivt på förslaget om en nationell samordnare för att nå riktvärdet om 1100 invånare per specialistläkare.',
      'Vi är däremot tveksamma till försöksverksamheten med Magnetmodellen.',
    ].join('\n'),
  );

  test('the letterhead is the respondent', () => {
    expect(doc.respondent).toBe('Region Exempelland');
  });

  test('topics named in prose are matched to their proposals', () => {
    expect(summary(doc)).toEqual(['7.1.1 for', '7.2.2 partly']);
  });
});

describe('When a text takes no position at all (constructed)', () => {
  test('no stance is invented, and the document says so', () => {
    const doc = parse(
      'Remiss av SOU 2024:72\n\nKommunen har tagit del av betänkandet. Utredningen är omfattande och väl genomförd.\n',
    );
    expect(doc.stances).toEqual([]);
    expect(doc.warnings).toContain('no stance found');
  });
});

describe('When a response opens with a table of contents and answers under "Kommentar:" labels (constructed)', () => {
  const doc = parse(
    [
      'Kammarrätten i Exempelstad',
      '',
      'Remissvar: SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
      '',
      'Innehåll',
      '4.3 Stärkt möjlighet för kommuner att anlita läkare ........ 2',
      '7.2.2 Genomför försöksverksamhet med Magnetmodellen ........ 3',
      '',
      '4.3 Stärkt möjlighet för kommuner att anlita läkare på regionens bekostnad',
      'Kommentar: Inga synpunkter.',
      '',
      '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
      'Kommentar: Kammarrätten tillstyrker i huvudsak förslaget men har vissa invändningar mot certifieringskravet.',
    ].join('\n'),
  );

  test('the contents lines give no sections, and each answer is read without its label', () => {
    expect(summary(doc)).toEqual(['4.3 neutral', '7.2.2 partly']);
    expect(doc.stances[1].quote.startsWith('Kammarrätten tillstyrker')).toBe(true);
  });

  test("a court's letterhead is the respondent", () => {
    expect(doc.respondent).toBe('Kammarrätten i Exempelstad');
  });
});

describe('When the whole report is welcomed with one word of doubt (constructed)', () => {
  test('"tillstyrker i huvudsak utredningens förslag men har synpunkter" is partly on the whole remiss', () => {
    const doc = parse(
      'Remiss av SOU 2024:72\n\nExempelförbundet har getts möjlighet att yttra sig.\n\nFörbundet tillstyrker i huvudsak utredningens förslag men har synpunkter på finansieringen.\n',
    );
    expect(summary(doc)).toEqual(['* partly']);
  });

  test('"ställer sig positiv till betänkandet" is for the whole remiss', () => {
    const doc = parse(
      'Remiss av SOU 2024:72\n\nExempelförbundet har getts möjlighet att yttra sig.\n\nFörbundet ställer sig positiv till betänkandet.\n',
    );
    expect(summary(doc)).toEqual(['* for']);
  });
});

describe('When bullets name a topic before a colon (constructed)', () => {
  test('"Magnetmodellen: Kommunen avstyrker förslaget." is matched through the catalog', () => {
    const doc = parse(
      'Remiss av SOU 2024:72\n\nExempelby kommun har beretts möjlighet att yttra sig.\n\n• Magnetmodellen: Kommunen avstyrker förslaget.\n• Nationell ledarskapsutbildning för chefer: Kommunen tillstyrker.\n',
    );
    expect(summary(doc)).toEqual(['7.2.1 for', '7.2.2 against']);
  });
});

describe('When a response has its own numbered outline (constructed)', () => {
  test('only numbered headings the respondent answers are harvested as proposals', () => {
    const source = textSource(
      [
        'Remissvar SOU 2024:72',
        '',
        '2.1 Bakgrund',
        'Kommunen har cirka 15 000 invånare och bedriver hemsjukvård i egen regi.',
        '',
        '7.2.2 Genomför försöksverksamhet med Magnetmodellen',
        'Kommunen avstyrker förslaget.',
      ].join('\n'),
    );
    expect(harvestProposals(source).map((p) => p.number)).toEqual(['7.2.2']);
  });
});

describe('When a short last answer is followed by a contact or signature line with no blank line between (constructed)', () => {
  const lines = [
    'Remissvar från Exempelkommunen',
    'Yttrande över SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
    '7.2.1 Utveckla en nationell ledarskapsutbildning för chefer inom den kommunala hälso- och sjukvården',
    'Exempelkommunen tillstyrker förslaget.',
    '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
    'Vi instämmer inte i förslaget. Vi ser inte nyttan, då det innebär en ny certifiering vart fjärde år.',
  ];

  test.each([
    ['a contact line', ['Kontakt: Anna Andersson']],
    ['the organisation signing', ['Exempelkommunen']],
    ['a name and a title', ['Anna Andersson', 'Kommunchef']],
    ['a web address', ['https://exempelkommunen.se']],
  ])('the last answer keeps its stance after %s', (_, tail) => {
    expect(summary(parse([...lines, ...tail].join('\n')))).toEqual(['7.2.1 for', '7.2.2 against']);
  });

  test('the same with blank lines between paragraphs, as plain text and Word files have them', () => {
    const text = [...lines, 'https://exempelkommunen.se'].join('\n\n');
    expect(summary(parse(text))).toEqual(['7.2.1 for', '7.2.2 against']);
  });
});

describe('When a letter opens by naming its sender: "Yttrande från <org>" (constructed)', () => {
  const withNumber = [
    '',
    'Yttrande över SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
    '',
    '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
    'Läkarförbundet Test avstyrker förslaget.',
  ];

  test.each([
    'Yttrande från Läkarförbundet Test',
    'Remissvar från Läkarförbundet Test',
    'Remissyttrande från Läkarförbundet Test',
    'Svar från Läkarförbundet Test',
  ])('"%s" names the respondent; the remiss title comes from "Yttrande över …"', (opening) => {
    const doc = parse([opening, ...withNumber].join('\n'));
    expect([doc.respondent, doc.remiss]).toEqual([
      'Läkarförbundet Test',
      { id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' },
    ]);
  });

  test('without an SOU number the answer is filed under the consultation it answers, not under "Från …"', () => {
    const doc = parse(
      [
        'Yttrande från Region Testland',
        '',
        'Remiss av Förslag till nationell plan för hälso- och sjukvårdens kompetensförsörjning',
        '',
        'Region Testland anser att 24 av de 25 förslagen är bra. När det gäller punkt 5.2.1 tillstyrker Region Testland förslaget.',
      ].join('\n'),
    );
    const title = 'Förslag till nationell plan för hälso- och sjukvårdens kompetensförsörjning';
    expect([doc.respondent, doc.remiss]).toEqual(['Region Testland', { id: title, title }]);
  });

  test.each([
    ['the remiss came from', 'Svar på remiss från kommunstyrelsen, Dnr KS 2024/894'],
    ['the remiss came from', 'Remiss från Socialdepartementet'],
    ['the answer goes to', 'Remissvar till Socialdepartementet'],
  ])('a line naming whom %s is no title either: "%s"', (_, opening) => {
    const doc = parse(
      [
        opening,
        '',
        'Region Testland har tagit del av remissen.',
        '',
        'Region Testland tillstyrker förslaget i 5.2.1.',
      ].join('\n'),
    );
    expect(doc.remiss).toBeNull();
  });
});

describe('When an objection comes before the agreement that makes a proposal partly (constructed)', () => {
  const doc = parse(
    [
      'Remissvar SOU 2024:72',
      '',
      '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
      'Kommunen avstyrker förslaget om att verksamheterna ska certifieras vart fjärde år. Vi välkomnar samtidigt att Magnetmodellen prövas i en försöksverksamhet.',
    ].join('\n'),
  );

  test('the stance is partly and the quote holds both sentences, verbatim', () => {
    expect([summary(doc), doc.stances[0].quote]).toEqual([
      ['7.2.2 partly'],
      'Kommunen avstyrker förslaget om att verksamheterna ska certifieras vart fjärde år. Vi välkomnar samtidigt att Magnetmodellen prövas i en försöksverksamhet.',
    ]);
  });

  test('the reason names the agreement that made the objection partly', () => {
    expect(doc.stances[0].reason).toBe("under heading 7.2.2; 'avstyrker', but 'välkomnar' (+1 more sentence)");
  });
});

describe('When one sentence agrees with some listed proposals and objects to others (constructed)', () => {
  const doc = parse(
    [
      'Remissvar SOU 2024:72',
      '',
      'Exempelmyndigheten',
      '',
      'Vi instämmer i förslagen 7.2.1, 7.2.3 och 7.2.5 och motsätter oss förslagen 7.2.2 och 7.2.4.',
    ].join('\n'),
  );

  test('each list takes the phrase before it: "motsätter oss" objects', () => {
    expect(summary(doc)).toEqual(['7.2.1 for', '7.2.2 against', '7.2.3 for', '7.2.4 against', '7.2.5 for']);
  });
});

describe('When a sentence mentions chapters before the proposals it answers (constructed)', () => {
  const doc = parse(
    [
      'Remissvar SOU 2024:72',
      '',
      'Exempelmyndigheten',
      '',
      'Vi lämnar några allmänna kommentarer om kapitel 6 och har tagit ställning till två förslag i kapitel 7, där vi instämmer i förslagen 7.2.1 och 7.2.2.',
    ].join('\n'),
  );

  test('only the proposals after the stance phrase get it, not the chapters named before it', () => {
    expect(summary(doc)).toEqual(['7.2.1 for', '7.2.2 for']);
  });
});

describe('When the reflexive pronoun is "oss" (constructed)', () => {
  test.each([
    ['Därför motsätter vi oss förslaget i 7.2.2.', '7.2.2 against'],
    ['Vi motsätter oss inte förslaget i 7.2.2.', '7.2.2 for'],
    ['Vi ställer oss positiva till förslaget i 7.2.2.', '7.2.2 for'],
    ['Vi ställer oss negativa till förslaget i 7.2.2.', '7.2.2 against'],
    ['Vi ställer oss tveksamma till förslaget i 7.2.2.', '7.2.2 partly'],
  ])('"%s" → %s', (sentence, expected) => {
    const letter = 'Exempelmyndigheten har fått betänkandet på remiss och lämnar följande synpunkter.';
    expect(summary(parse(`Remissvar SOU 2024:72\n\n${letter}\n\n${sentence}\n`))).toEqual([expected]);
  });
});
