import type { KnownBlock } from '@slack/types';
import { MAX_REVIEW_ANSWERS, renderReviewList } from '../../../src/core/render/blocks-review.js';
import { REVIEW_SV } from '../../../src/core/render/review-strings-sv.js';
import type { ReviewAnswer, ReviewDocument, ReviewList } from '../../../src/core/review/review-list.js';
import { messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';

function uncertain(n: number, quote = 'Vi ser positivt på delar av förslaget.'): ReviewAnswer {
  return {
    stanceId: n,
    documentId: n,
    remiss: 'SOU 2024:72',
    proposal: '7.2.2',
    title: 'Magnetmodellen',
    respondent: `Konstruerad kommun ${n}`,
    stance: 'partly',
    quote,
    page: 2,
    file: `svar-${n}.txt`,
    confidence: 'low',
    reason: "'ser positivt på' under heading 7.2.2",
  };
}

function noStance(n: number): ReviewDocument {
  const tally = { for: 0, partly: 0, against: 0, neutral: 0 };
  return {
    documentId: 1000 + n,
    file: `tomt-${n}.txt`,
    kind: 'response',
    remiss: { id: 'SOU 2024:72' },
    respondent: `Myndighet ${n}`,
    tally,
  };
}

const list = (u: number, d: number, quote?: string): ReviewList => ({
  uncertain: Array.from({ length: u }, (_, i) => uncertain(i + 1, quote)),
  noStance: Array.from({ length: d }, (_, i) => noStance(i + 1)),
});

function textRuns(blocks: readonly KnownBlock[]): string[] {
  return JSON.stringify(blocks).match(/"type":"text","text":"(?:[^"\\]|\\.)*"/g) ?? [];
}

describe('The /remiss granska list', () => {
  test('a quote is shown as written: its mrkdwn markers, links and mentions stay words', () => {
    const message = renderReviewList(list(1, 0, 'Vi *avstyrker* <!here> https://x.example _inte_'), { remiss: null });
    expect(textRuns(message.blocks).join('\n')).toContain('Vi *avstyrker* <!here> https://x.example _inte_');
    expect(JSON.stringify(message.blocks)).not.toMatch(/"type":"(broadcast|link)"/);
    expect(JSON.stringify(message.blocks)).not.toMatch(/"type":"mrkdwn","text":"[^"]*<!here>/);
  });

  test('every shown answer has its "…" menu, and a long list stays within Block Kit limits with the rest counted', () => {
    const message = renderReviewList(list(100, 60), { remiss: 'SOU 2024:72' });
    expect(messageProblems(message)).toEqual([]);
    const menus = message.blocks.filter((b) => b.type === 'actions');
    expect(menus).toHaveLength(MAX_REVIEW_ANSWERS);
    expect(visibleText(message.blocks)).toContain(REVIEW_SV.reviewMore(100 - MAX_REVIEW_ANSWERS));
  });

  test('the notification says what the list holds', () => {
    expect(renderReviewList(list(3, 1), { remiss: 'SOU 2024:72' }).text).toBe(
      'Att granska i SOU 2024:72: 3 osäkra tolkningar, 1 remissvar utan hittad ståndpunkt',
    );
    expect(renderReviewList(list(0, 0), { remiss: null }).text).toBe(`Att granska: ${REVIEW_SV.reviewNothing}`);
  });
});
