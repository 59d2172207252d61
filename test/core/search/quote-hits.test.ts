import { phraseHits } from '../../../src/core/search/quote-hits.js';

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
