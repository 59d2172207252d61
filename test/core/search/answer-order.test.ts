import { compareSortKeys, proposalSortKey } from '../../../src/core/search/answer-order.js';

const sorted = (markers: Array<[string | null, string | null]>) =>
  [...markers]
    .sort((a, b) => compareSortKeys(proposalSortKey(...a), proposalSortKey(...b)))
    .map(([proposal, title]) => proposal ?? `(${title})`);

describe('The sort key of an answer', () => {
  test('numbers sort as numbers, part by part: 4.1 < 4.1.1 < 4.2 < 4.10 < 10.1', () => {
    const markers: Array<[string, null]> = [
      ['10.1', null],
      ['4.10', null],
      ['4.2', null],
      ['4.1.1', null],
      ['4.1', null],
    ];
    expect(sorted(markers)).toEqual(['4.1', '4.1.1', '4.2', '4.10', '10.1']);
  });

  test('the remiss as a whole ("*") comes first and title-only answers last', () => {
    expect(
      sorted([
        [null, 'Översyn av tillsynen'],
        ['7.2.2', null],
        ['*', null],
      ]),
    ).toEqual(['*', '7.2.2', '(Översyn av tillsynen)']);
  });

  test('a marker that is not a plain number sorts after the numbers, as written', () => {
    expect(
      sorted([
        ['bilaga', null],
        ['07.2', null],
        ['99.1', null],
      ]),
    ).toEqual(['99.1', '07.2', 'bilaga']);
  });

  test('"7.2.2" is padded to nine digits a part', () => {
    expect(proposalSortKey('7.2.2', 'Magnetmodellen')).toBe('1000000007.000000002.000000002');
  });

  test('a leading zero keeps "07" apart from "7": one key per match', () => {
    expect(proposalSortKey('07', null)).not.toBe(proposalSortKey('7', null));
  });

  test('a numbered answer ignores its title: answers to one number share one key', () => {
    expect(proposalSortKey('4.1', 'Ett')).toBe(proposalSortKey('4.1', 'Två'));
  });

  test('title-only answers with different titles get different keys', () => {
    expect(proposalSortKey(null, 'Ett')).not.toBe(proposalSortKey(null, 'ett'));
  });
});

describe('Comparing sort keys', () => {
  test('is code-point order, as the databases compare text: "Z" before "a", "Ä" before "Å"', () => {
    expect(['a', 'Å', 'Z', 'Ä'].sort(compareSortKeys)).toEqual(['Z', 'a', 'Ä', 'Å']);
  });

  test('a character beyond U+FFFF sorts after U+FFFD, as in UTF-8', () => {
    expect(['😀', '\ufffd'].sort(compareSortKeys)).toEqual(['\ufffd', '😀']);
  });

  test('a prefix sorts first', () => {
    expect(compareSortKeys('1000000004', '1000000004.000000001')).toBeLessThan(0);
  });
});
