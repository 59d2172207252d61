import {
  commonRemiss,
  MAX_NUMBERS,
  mergeNumberResults,
  splitRespondentAndTitle,
} from '../../../src/core/search/compound-query.js';
import type { SearchResult } from '../../../src/core/search/types.js';
import { answer, match } from '../../helpers/fake-slack-results.js';

function proposal(number: string, overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    query: '7.2.2 7.2.3',
    kind: 'proposal',
    matches: [match([answer()], { proposal: number })],
    choices: [],
    suggestions: [],
    ...overrides,
  };
}

const nothing = (query: string): SearchResult => ({ query, kind: 'none', matches: [], choices: [], suggestions: [] });

describe('commonRemiss', () => {
  // As in the seeds plus a constructed Ds 2099:1 that also has a 7.2.2.
  const catalog: Record<string, string[]> = { '7.2.2': ['Ds 2099:1', 'SOU 2024:72'], '7.2.3': ['SOU 2024:72'] };
  const remisserOf = (n: string) => catalog[n] ?? [];

  test('the only remiss that has every number settles them all', () => {
    expect(commonRemiss(['7.2.2', '7.2.3'], remisserOf)).toBe('SOU 2024:72');
  });

  test('a number no remiss has does not count against the others', () => {
    expect(commonRemiss(['7.2.3', '7.9.9'], remisserOf)).toBe('SOU 2024:72');
  });

  test('two remisser that both have every number settle nothing', () => {
    expect(commonRemiss(['7.2.2'], remisserOf)).toBeNull();
  });
});

describe('mergeNumberResults', () => {
  test('two answers become one result, their matches in the order asked', () => {
    const merged = mergeNumberResults(['7.2.3', '7.2.2'], [proposal('7.2.3'), proposal('7.2.2')], 50);
    expect(merged.matches.map((m) => m.proposal)).toEqual(['7.2.3', '7.2.2']);
    expect(merged.otherNumbers).toBeUndefined();
  });

  test('a number without an answer is named, not dropped', () => {
    const merged = mergeNumberResults(['7.2.2', '7.9.9'], [proposal('7.2.2'), nothing('7.9.9')], 50);
    expect(merged.matches.map((m) => m.proposal)).toEqual(['7.2.2']);
    expect(merged.otherNumbers).toEqual(['7.9.9']);
  });

  test('numbers past MAX_NUMBERS, never asked, are named too', () => {
    const numbers = Array.from({ length: MAX_NUMBERS + 1 }, (_, i) => `1.${i + 1}`);
    const results = numbers.slice(0, MAX_NUMBERS).map((n) => proposal(n));
    expect(mergeNumberResults(numbers, results, 50).otherNumbers).toEqual([`1.${MAX_NUMBERS + 1}`]);
  });

  test("with no answer at all, the first number's result names the others", () => {
    const merged = mergeNumberResults(['7.9.8', '7.9.9'], [nothing('7.9.8'), nothing('7.9.9')], 50);
    expect(merged).toMatchObject({ kind: 'none', otherNumbers: ['7.9.9'] });
  });
});

describe('splitRespondentAndTitle', () => {
  // Names and titles as the search would rank them: exact words only, enough for the split.
  const respondents = ['åstorps kommun', 'vision'];
  const titles = ['magnetmodellen', 'ledarskapsutbildning'];
  const byWords = (names: string[]) => (text: string) =>
    names.filter((name) => text.split(' ').every((w) => name.split(' ').some((n) => n.startsWith(w))));
  const split = (words: string[]) =>
    splitRespondentAndTitle(words, byWords(respondents), (rest) => byWords(titles)(rest));

  test.each([
    [['magnetmodellen', 'åstorp'], 'åstorps kommun', 'magnetmodellen'],
    [['åstorps', 'kommun', 'magnetmodellen'], 'åstorps kommun', 'magnetmodellen'],
    [['vision', 'ledarskapsutbildning'], 'vision', 'ledarskapsutbildning'],
  ])('%j is %s on %s', (words, who, title) => {
    expect(split(words)).toEqual({ who, proposals: [title] });
  });

  test('one word alone is no split', () => {
    expect(split(['åstorp'])).toBeNull();
  });

  test('words that name no title leave nothing to split', () => {
    expect(split(['åstorp', 'qqqxxzzz'])).toBeNull();
  });
});
