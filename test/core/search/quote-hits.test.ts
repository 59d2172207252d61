import { phraseHits, queryWordCount, quoteHoldsWords } from '../../../src/core/search/quote-hits.js';

const row = (quote: string, title: string | null = null) => ({ quote, title });

describe('phraseHits', () => {
  const together = row('Vi instämmer inte i förslaget.');
  const apart = row('Vi instämmer i att avtalen behöver stärkas, om avtalet inte följs.');

  test('of hits with the words together and apart, only those with the words together are kept', () => {
    expect(phraseHits([apart, together], 'instämmer inte')).toEqual([together]);
  });

  test('case, punctuation and spacing do not count: "Instämmer,  INTE" is the phrase', () => {
    expect(phraseHits([row('FSS instämmer, inte')], 'Instämmer  INTE')).toHaveLength(1);
  });

  test('when no hit has the phrase, every hit is kept: the words apart are still what was asked for', () => {
    expect(phraseHits([apart], 'instämmer inte')).toEqual([apart]);
  });

  test('a one-word query keeps every hit', () => {
    expect(phraseHits([apart, together], 'instämmer')).toEqual([apart, together]);
  });

  test("the phrase may stand in a title-only answer's title", () => {
    const titled = row('Vi avstyrker.', 'Det bör inte införas sanktioner');
    expect(phraseHits([apart, titled], 'inte införas')).toEqual([titled]);
  });
});

describe('quoteHoldsWords', () => {
  // FSS on 5.4 (seeds/001): the quote holds "oklarheter"; "förbjudet" is only in the proposal's title.
  const fss = 'FSS instämmer inte i förslaget. Detta kan skapa oklarheter i ansvarsfördelning.';

  test('a quote that lacks one of the words does not hold them: "förbjudet oklarheter"', () => {
    expect(quoteHoldsWords(fss, 'förbjudet oklarheter')).toBe(false);
  });

  test('every word, in any order, as part of a word, case folded: "OKLARHET fss"', () => {
    expect(quoteHoldsWords(fss, 'OKLARHET fss')).toBe(true);
  });

  test('words shorter than three characters are not searched for, as in the stores: "i oklarheter"', () => {
    expect(quoteHoldsWords(fss, 'xy oklarheter')).toBe(true);
  });

  test('a query without such a word is looked for as written', () => {
    expect(quoteHoldsWords('Vi har 2 synpunkter.', '2')).toBe(true);
    expect(quoteHoldsWords('Vi har två synpunkter.', '2')).toBe(false);
  });
});

describe('queryWordCount', () => {
  test.each([
    ['synpunkter', 1],
    ['  instämmer   inte ', 2],
  ])('"%s" has %d', (query, n) => {
    expect(queryWordCount(query)).toBe(n);
  });
});
