import { matchProposals, parseProposalQuery } from '../../../src/core/search/match-proposals.js';
import type { Proposal } from '../../../src/core/types.js';
import { constructedCatalog } from '../../helpers/constructed-catalog.js';

const REMISS = 'SOU 2099:2';
const proposal = (number: string, title: string): Proposal => ({ remiss: REMISS, number, title });

const SMALL = [
  proposal('7.1', 'Ledarskapsutbildning för chefer'),
  proposal('7.2', 'Genomför försöksverksamhet med Magnetmodellen'),
  proposal('7.2.1', 'Ansvar för försöksverksamheten'),
  proposal('7.2.2', 'Uppföljning av Magnetmodellen'),
  proposal('7.3', 'Läkarnas fortbildning'),
  proposal('7.20', 'Övergångsbestämmelser'),
  proposal('17.2', 'Ikraftträdande'),
];
const CATALOG = constructedCatalog(REMISS);
const numbers = (list: Proposal[] | null) => list?.map((p) => p.number);

describe('When an analyst types a proposal number', () => {
  test('"7.2" lists 7.2, the proposals under it and 7.20 (a number still being typed), in catalog order', () => {
    expect(numbers(matchProposals(SMALL, '7.2'))).toEqual(['7.2', '7.2.1', '7.2.2', '7.20']);
  });

  test('"7.2." lists only the proposals under 7.2', () => {
    expect(numbers(matchProposals(SMALL, '7.2.'))).toEqual(['7.2.1', '7.2.2']);
  });

  test('"14" in a catalog of 150 lists chapter 14 and nothing else (not 1.4)', () => {
    expect(numbers(matchProposals(CATALOG, '14'))).toEqual([
      '14.1',
      '14.2',
      '14.3',
      '14.4',
      '14.5',
      '14.6',
      '14.7',
      '14.8',
      '14.9',
      '14.10',
    ]);
  });

  test('a number followed by a title word needs both: "14 tillsyn" is 14.9', () => {
    expect(numbers(matchProposals(CATALOG, '14 tillsyn'))).toEqual(['14.9']);
  });

  test('"2024" is a word of a title, not a section number', () => {
    expect(parseProposalQuery('2024')).toEqual({ number: null, words: ['2024'] });
  });
});

describe('When an analyst types words of a title', () => {
  test('a word matches the start of a title word, whatever the case', () => {
    expect(numbers(matchProposals(SMALL, 'MAGNET'))).toEqual(['7.2', '7.2.2']);
  });

  test('a word of four letters or more is found inside a compound: "modellen" finds Magnetmodellen', () => {
    expect(numbers(matchProposals(SMALL, 'modellen'))).toEqual(['7.2', '7.2.2']);
  });

  test('a shorter word only starts words: "mod" finds nothing inside Magnetmodellen', () => {
    expect(numbers(matchProposals(SMALL, 'mod'))).toEqual([]);
  });

  test('å, ä and ö need not be typed: "lakarnas" finds "Läkarnas", "overgang" finds "Övergångsbestämmelser"', () => {
    expect(numbers(matchProposals(SMALL, 'lakarnas'))).toEqual(['7.3']);
    expect(numbers(matchProposals(SMALL, 'overgang'))).toEqual(['7.20']);
  });

  test('typed with å, ä and ö in capitals they match too: "ÖVERGÅNG" finds "Övergångsbestämmelser"', () => {
    expect(numbers(matchProposals(SMALL, 'ÖVERGÅNG'))).toEqual(['7.20']);
  });

  test('every word must match, and small words like "om" are ignored', () => {
    expect(numbers(matchProposals(SMALL, 'uppföljning om magnetmodellen'))).toEqual(['7.2.2']);
    expect(numbers(matchProposals(SMALL, 'magnet läkarnas'))).toEqual([]);
  });
});

describe('When many proposals match', () => {
  test('at most 100 are returned, the first 100 in catalog order', () => {
    const many = Array.from({ length: 250 }, (_, i) => proposal(`${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, 'Vård'));
    const found = matchProposals(many, 'vård');
    expect(found).toHaveLength(100);
    expect(found?.[0].number).toBe('1.1');
    expect(found?.[99].number).toBe('10.10');
  });

  test('a smaller limit is kept', () => {
    expect(matchProposals(CATALOG, 'vård', 3)).toHaveLength(3);
  });
});

describe('When nothing is typed', () => {
  test.each(['', '   ', '–', '?!'])('%j is no query (null), so the caller shows its default list', (typed) => {
    expect(matchProposals(CATALOG, typed)).toBeNull();
  });
});
