import { titleOnlyKey, withStoredTitles } from '../../../src/core/catalog/title-only-key.js';
import { sameProposalTitle } from '../../../src/core/parse/named-proposal.js';
import type { StanceRecord } from '../../../src/core/types.js';

// Constructed titles, as the parser writes them for "… förslaget om X" in letters of our own wording.

const sameKey = (a: string, b: string) => titleOnlyKey(a) !== null && titleOnlyKey(a) === titleOnlyKey(b);

function named(title: string, overrides: Partial<StanceRecord> = {}): StanceRecord {
  return {
    proposal: null,
    title,
    stance: 'for',
    quote: `Kommunen tillstyrker förslaget om ${title.toLowerCase()}.`,
    page: null,
    confidence: 'low',
    reason: 'proposal named by its words, no number',
    ...overrides,
  };
}

describe('When two respondents name one proposal in other words', () => {
  test.each([
    ['En nationell läkarreserv', 'Den nationella läkarreserven'],
    ['En nationell läkarreserv', 'Nationell läkarreserv'],
    ['En nationell läkarreserv', 'Inrätta en nationell läkarreserv'],
    ['En nationell läkarreserv', 'En nationell läkarreserv inrättas'],
    ['Inrättandet av en nationell läkarreserv', 'Att en nationell läkarreserv inrättas'],
    ['Stärkt elevhälsa', 'Den stärkta elevhälsan'],
    ['Ett nytt register över vårdplatser', 'Register över vårdplatserna'],
    ['En nationell läkarreserv', 'EN NATIONELL LÄKARRESERV'],
  ])('"%s" and "%s" have one key', (a, b) => {
    expect(sameKey(a, b)).toBe(true);
  });
});

describe('When two titles name two proposals with words in common (must not merge)', () => {
  test.each([
    ['Läkarreserv i kommunerna', 'Läkarreserv i regionerna'],
    ['Förslaget om läkarreserv i kommunerna', 'Förslaget om läkarreserv i regionerna'],
    ['En nationell läkarreserv', 'En regional läkarreserv'],
    ['En nationell läkarreserv', 'Avskaffa den nationella läkarreserven'],
    ['En nationell läkarreserv', 'Finansieringen av den nationella läkarreserven'],
    ['Högsta ålder för barntandvården ska vara 19 år', 'Högsta ålder för barntandvården ska vara 23 år'],
    ['Arbetsgivare ska lämna kontrolluppgift varje månad', 'Arbetsgivare ska inte lämna kontrolluppgift varje månad'],
    ['Renodla BO:s roll', 'Renodla DO:s roll'],
    ['Ökad andel basanslag', 'Minskad andel basanslag'],
  ])('"%s" and "%s" keep their own keys', (a, b) => {
    expect(sameKey(a, b)).toBe(false);
  });

  // sameProposalTitle (one letter restating itself) takes 4 shared words of 5 as one proposal; across respondents
  // the fifth word is the proposal.
  test('one differing word of five keeps two proposals apart, where sameProposalTitle would merge them', () => {
    const a = 'Stärkt medicinsk kompetens på ledningsnivå i kommunerna';
    const b = 'Stärkt medicinsk kompetens på ledningsnivå i regionerna';
    expect(sameProposalTitle([a], b)).toBe(a);
    expect(sameKey(a, b)).toBe(false);
  });

  test('a title without a word to tell a proposal by has no key', () => {
    expect(titleOnlyKey('Det som föreslås')).toBeNull();
  });
});

describe('When a document is filed under the titles its remiss already has', () => {
  test('a title-only answer takes the stored title of the same proposal; the quote keeps its own words', () => {
    const own = named('Den nationella läkarreserven');
    const [filed] = withStoredTitles([own], ['Magnetmodellen', 'En nationell läkarreserv']);
    expect(filed).toEqual({ ...own, title: 'En nationell läkarreserv' });
    expect(filed.quote).toContain('den nationella läkarreserven');
  });

  test('the first stored of two titles with one key wins', () => {
    const [filed] = withStoredTitles(
      [named('Nationell läkarreserv')],
      ['Den nationella läkarreserven', 'En nationell läkarreserv'],
    );
    expect(filed.title).toBe('Den nationella läkarreserven');
  });

  test('a proposal nobody named before keeps its words, and a later naming in the same letter takes them', () => {
    const filed = withStoredTitles(
      [named('Inrätta en nationell läkarreserv'), named('Den nationella läkarreserven', { stance: 'partly' })],
      ['Läkarreserv i regionerna'],
    );
    expect(filed.map((s) => s.title)).toEqual(['Inrätta en nationell läkarreserv', 'Inrätta en nationell läkarreserv']);
  });

  test('numbered answers keep their catalog titles', () => {
    const numbered = named('Den nationella läkarreserven', { proposal: '7.2.2' });
    expect(withStoredTitles([numbered], ['En nationell läkarreserv'])).toEqual([numbered]);
  });

  test('a proposal with other words than any stored keeps its own', () => {
    const own = named('Läkarreserv i kommunerna');
    expect(withStoredTitles([own], ['Läkarreserv i regionerna'])[0]).toBe(own);
  });
});
