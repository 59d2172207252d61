import { renderWhy } from '../../../src/core/render/blocks-why.js';
import { REVIEW_SV } from '../../../src/core/render/review-strings-sv.js';
import { messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';

/** Åstorps kommun on 7.2.2 (seeds/002) as the parser read it, and an analyst's correction to neutral. */
const PARSED = {
  confidence: 'high',
  reason: 'Under rubriken 7.2.2; frasen ”instämmer inte” (och 1 mening till).',
  parsedStance: 'against' as const,
};
const CORRECTION = {
  by: 'U0ANNA',
  at: '2026-12-01T09:00:00Z',
  comment: 'Kommunen uttalar sig om certifieringen, inte om <!here> försöket.',
  stance: 'neutral' as const,
};

describe('"Varför denna tolkning?"', () => {
  test('on an answer nobody corrected: the confidence and the reason, as before', () => {
    const message = renderWhy(PARSED);
    expect(visibleText(message.blocks)).toBe(REVIEW_SV.why('hög', PARSED.reason));
  });

  describe('on a corrected answer', () => {
    const message = renderWhy({ ...PARSED, correction: CORRECTION, timeZone: 'Europe/Stockholm' });
    const lines = visibleText(message.blocks).split('\n');

    test('first who corrected it, when and to what, the analyst as a mention', () => {
      expect(lines[0]).toBe(REVIEW_SV.whyCorrected('<@U0ANNA>', '1 dec', 'neutral'));
      expect(JSON.stringify(message.blocks)).toContain('"type":"user","user_id":"U0ANNA"');
    });

    test('then the comment, as written: nobody pinged', () => {
      expect(lines[1]).toBe(`_${REVIEW_SV.whyComment(CORRECTION.comment)}_`);
      expect(JSON.stringify(message.blocks)).not.toContain('broadcast');
      expect(message.text).not.toContain('<!here>');
    });

    test('then what the parser had read, and why', () => {
      expect(lines[2]).toBe(`${REVIEW_SV.whyParsed('avstyrker')} ${REVIEW_SV.why('hög', PARSED.reason)}`);
    });

    test('the notification starts with the correction, and the message is valid', () => {
      expect(message.text).toMatch(/^Rättad av <@U0ANNA> 1 dec: neutral\./);
      expect(messageProblems(message)).toEqual([]);
    });
  });
});
