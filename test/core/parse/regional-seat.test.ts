import type { ParsedDocument } from '../../../src/core/types.js';
import { parseConstructed } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response). There are 21 county administrative
// boards, four administrative courts of appeal, twelve administrative courts, six courts of appeal and many district
// courts, and each calls itself "Länsstyrelsen", "Kammarrätten", "Förvaltningsrätten", "Hovrätten" or "Tingsrätten"
// in its own letters. The store keeps one answer per respondent, so the bare noun would let two boards' or two
// courts' answers replace each other: the respondent is the body with its seat, or nobody.

const TITLE = 'Yttrande över betänkandet Ett påhittat betänkande om tillsyn (SOU 2030:12)';
const POSITION = 'Vi tillstyrker förslaget i 4.1 men avstyrker förslaget i 4.2.';

/** A letter whose opening sentence introduces `name` as the one invited to answer. */
function introducedAs(name: string, { before = '', after = '' } = {}): ParsedDocument {
  return parseConstructed(
    `${before}${TITLE}\n\n${name} har beretts möjlighet att yttra sig över rubricerat betänkande och lämnar följande synpunkter.\n\n${POSITION}\n${after}`,
  );
}

describe('When a county board or a court calls itself by its bare noun under a letterhead with its seat (constructed)', () => {
  test('"Länsstyrelsen" under the letterhead "Länsstyrelsen i Skåne län" is Länsstyrelsen i Skåne län', () => {
    expect(
      introducedAs('Länsstyrelsen', { before: 'Länsstyrelsen i Skåne län\nMiljöavdelningen\n\n' }).respondent,
    ).toBe('Länsstyrelsen i Skåne län');
  });

  test('the letterhead "Länsstyrelsen Skåne" files the letter under the same name, Länsstyrelsen i Skåne län', () => {
    expect(introducedAs('Länsstyrelsen', { before: 'Länsstyrelsen Skåne\n\n' }).respondent).toBe(
      'Länsstyrelsen i Skåne län',
    );
  });

  test('"Länsstyrelsen Dalarna" is Länsstyrelsen i Dalarnas län, "Länsstyrelsen Kalmar län" Länsstyrelsen i Kalmar län', () => {
    expect(introducedAs('Länsstyrelsen', { before: 'Länsstyrelsen Dalarna\n\n' }).respondent).toBe(
      'Länsstyrelsen i Dalarnas län',
    );
    expect(introducedAs('Länsstyrelsen', { before: 'Länsstyrelsen Kalmar län\n\n' }).respondent).toBe(
      'Länsstyrelsen i Kalmar län',
    );
  });

  test('a letterhead in capitals, "LÄNSSTYRELSEN I VÄSTRA GÖTALANDS LÄN", names Länsstyrelsen i Västra Götalands län', () => {
    expect(introducedAs('Länsstyrelsen', { before: 'LÄNSSTYRELSEN I VÄSTRA GÖTALANDS LÄN\n\n' }).respondent).toBe(
      'Länsstyrelsen i Västra Götalands län',
    );
  });

  test('the signature "För Länsstyrelsen i Hallands län" names Länsstyrelsen i Hallands län', () => {
    const after = '\nFör Länsstyrelsen i Hallands län\n\nAnna Exempelsson\nlandshövding\n';
    expect(introducedAs('Länsstyrelsen', { after }).respondent).toBe('Länsstyrelsen i Hallands län');
  });

  test('"Kammarrätten" under the letterhead "KAMMARRÄTTEN I GÖTEBORG" is Kammarrätten i Göteborg', () => {
    expect(introducedAs('Kammarrätten', { before: 'KAMMARRÄTTEN I GÖTEBORG\n\n' }).respondent).toBe(
      'Kammarrätten i Göteborg',
    );
  });

  test('"Förvaltningsrätten" under "Förvaltningsrätten i Malmö" is Förvaltningsrätten i Malmö', () => {
    expect(
      introducedAs('Förvaltningsrätten', { before: 'Förvaltningsrätten i Malmö\nAvdelning 1\n\n' }).respondent,
    ).toBe('Förvaltningsrätten i Malmö');
  });

  test('"Tingsrätten" under the letterhead "Malmö tingsrätt" is Malmö tingsrätt', () => {
    expect(introducedAs('Tingsrätten', { before: 'Malmö tingsrätt\n\n' }).respondent).toBe('Malmö tingsrätt');
  });

  test('"Hovrätten" under "Hovrätten för Västra Sverige" is Hovrätten för Västra Sverige', () => {
    expect(introducedAs('Hovrätten', { before: 'Hovrätten för Västra Sverige\n\n' }).respondent).toBe(
      'Hovrätten för Västra Sverige',
    );
  });
});

describe('When nothing in the letter says which county board or court it is (constructed)', () => {
  test.each(['Länsstyrelsen', 'Kammarrätten', 'Förvaltningsrätten', 'Tingsrätten', 'Hovrätten'])(
    '"%s" alone names no respondent',
    (body) => {
      expect(introducedAs(body).respondent).toBeNull();
    },
  );

  test('another board the proposal speaks of is not the seat: "… ska Länsstyrelsen i Stockholms län samordna …"', () => {
    const after = '\nEnligt förslaget ska Länsstyrelsen i Stockholms län samordna arbetet i hela landet.\n';
    expect(introducedAs('Länsstyrelsen', { after }).respondent).toBeNull();
  });
});

describe('When the name already says which one it is, or the body is national (constructed)', () => {
  test.each([
    'Länsstyrelsen i Skåne län',
    'Kammarrätten i Stockholm',
    'Förvaltningsrätten i Umeå',
    'Svea hovrätt',
    'Polismyndigheten',
    'Socialstyrelsen',
    'Domstolsverket',
  ])('"%s" stays the respondent', (name) => {
    expect(introducedAs(name).respondent).toBe(name);
  });
});
