import { type GoldDocument, scoreAgainstGold } from '../../../src/core/eval/score.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { textSource } from '../../helpers/seed-source.js';

const gold: GoldDocument[] = [
  {
    file: 'a.txt',
    kind: 'response',
    remiss: 'SOU 2024:72',
    respondent: 'Vision',
    stances: [
      { proposal: '7.2.1', stance: 'for' },
      { proposal: '7.2.2', stance: 'against' },
    ],
  },
];

function parsed(stances: ParsedDocument['stances'], respondent = 'Vision'): ParsedDocument {
  return {
    file: 'a.txt',
    kind: 'response',
    remiss: { id: 'SOU 2024:72', title: null },
    respondent,
    stances,
    warnings: [],
  };
}

const stance = (proposal: string, s: 'for' | 'against', quote = 'Vi instämmer i förslaget.') => ({
  proposal,
  title: null,
  stance: s,
  quote,
  page: 1,
  confidence: 'high' as const,
  reason: 'test',
});

describe('When scoring parser output against hand labels', () => {
  test('a wrong stance counts as both a false positive and a miss', () => {
    const score = scoreAgainstGold(gold, [{ parsed: parsed([stance('7.2.1', 'for'), stance('7.2.2', 'for')]) }]);
    expect([score.precision, score.recall]).toEqual([0.5, 0.5]);
  });

  test('a wrong respondent is counted and reported', () => {
    const score = scoreAgainstGold(gold, [{ parsed: parsed([], 'Visions') }]);
    expect(score.respondent).toEqual({ right: 0, total: 1 });
    expect(score.misses.join('\n')).toContain('respondent expected "Vision"');
  });

  test('a quote that is not in the source is not verbatim', () => {
    const source = textSource('Vi instämmer i förslaget om en nationell ledarskapsutbildning.');
    const score = scoreAgainstGold(gold, [
      { parsed: parsed([stance('7.2.1', 'for', 'Vi tillstyrker förslaget.')]), source },
    ]);
    expect(score.verbatim).toEqual({ right: 0, total: 1 });
  });
});
