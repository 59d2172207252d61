import { CandidateIndex } from '../../../src/core/search/candidates.js';
import type { Proposal } from '../../../src/core/types.js';
import { curatedCatalog } from '../../helpers/seed-source.js';

const proposals: readonly Proposal[] = curatedCatalog().proposals;
const respondents = [
  { respondent: 'Vision', remiss: 'SOU 2024:72' },
  { respondent: 'Åstorps kommun', remiss: 'SOU 2024:72' },
  { respondent: 'Föreningen Sveriges socialchefer', remiss: 'SOU 2024:72' },
];
const index = new CandidateIndex(proposals, respondents);

function best(text: string) {
  const [top] = index.rank(text);
  if (!top) return null;
  const name = top.candidate.kind === 'proposal' ? top.candidate.proposal.number : top.candidate.respondent;
  return { name, score: top.score, coverage: top.coverage };
}

describe('CandidateIndex.rank over the SOU 2024:72 catalog and three seed respondents', () => {
  describe('When every query word matches', () => {
    test('"magnetmodellen försöksverksamhet" covers 7.2.2 whole', () => {
      expect(best('magnetmodellen försöksverksamhet')).toMatchObject({ name: '7.2.2', coverage: 1 });
    });
  });

  describe('When only some query words match', () => {
    test('"kommunala självstyret" covers half of the query at best', () => {
      expect(best('kommunala självstyret')?.coverage).toBe(0.5);
    });
  });

  describe('When the query has stop-word-like words', () => {
    test('"inte" counts for nothing: "instämmer inte" matches no title through it', () => {
      const hits = index.rank('instämmer inte').filter((r) => r.candidate.kind === 'proposal');
      expect(hits).toEqual([]);
    });

    test('"det bör inte införas sanktioner" is 4.4.3 covered whole', () => {
      expect(best('det bör inte införas sanktioner')).toMatchObject({ name: '4.4.3', coverage: 1 });
    });
  });

  describe('When a word has two letters swapped', () => {
    test.each([
      ['visoin', 'Vision'],
      ['åstrop', 'Åstorps kommun'],
      ['socialcheefr', 'Föreningen Sveriges socialchefer'],
    ])('"%s" finds %s as well as one typo would', (query, name) => {
      const top = best(query);
      expect(top?.name).toBe(name);
      expect(top?.score).toBeGreaterThanOrEqual(0.5);
    });

    test('a word with its letters reversed is not matched: "noisiv"', () => {
      expect(best('noisiv')).toBeNull();
    });
  });
});
