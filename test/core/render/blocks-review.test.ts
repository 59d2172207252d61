import type { KnownBlock } from '@slack/types';
import { ACTION, decodeQueryValue } from '../../../src/core/render/blocks-actions.js';
import { MAX_REVIEW_ANSWERS, renderReviewList } from '../../../src/core/render/blocks-review.js';
import type { SlackMessage } from '../../../src/core/render/blocks-search.js';
import { MESSAGE_TEXT_BUDGET, messageTextLength } from '../../../src/core/render/message-budget.js';
import { REVIEW_SV } from '../../../src/core/render/review-strings-sv.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import type { ReviewAnswer, ReviewDocument, ReviewList } from '../../../src/core/review/review-list.js';
import { buttons, messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import { mrkdwnTexts, quotedTexts, richTexts, styledTexts } from '../../helpers/rich-text.js';

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

/** A remissvar with stances whose respondent the parser did not find (README: respondent null and a warning). */
function unattributed(n: number): ReviewDocument {
  return {
    documentId: 2000 + n,
    file: `Yttrande_2024-05-${String(n).padStart(2, '0')}.pdf`,
    kind: 'response',
    remiss: { id: 'SOU 2024:72' },
    respondent: null,
    tally: { for: 1, partly: 0, against: 1, neutral: 0 },
  };
}

const list = (u: number, d: number, quote?: string): ReviewList => ({
  uncertain: Array.from({ length: u }, (_, i) => uncertain(i + 1, quote)),
  unattributed: [],
  noStance: Array.from({ length: d }, (_, i) => noStance(i + 1)),
});

/** Follows "Visa fler" from the first page to the last, as the button's value says. */
function allPages(render: (offset: number) => SlackMessage): SlackMessage[] {
  const pages: SlackMessage[] = [];
  let offset: number | undefined = 0;
  while (offset !== undefined && pages.length < 100) {
    const page = render(offset);
    pages.push(page);
    const more = buttons(page.blocks).find((b) => b.action_id === ACTION.showMore);
    offset = more ? decodeQueryValue(more.value)?.o : undefined;
  }
  return pages;
}

function expectWithinLimits(pages: readonly SlackMessage[]): void {
  for (const page of pages) {
    expect(messageProblems(page)).toEqual([]);
    expect(messageTextLength(page)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
  }
}

/**
 * CONSTRUCTED from the QA run: 45 protokollsutdrag without stances, with file names as municipalities write them
 * (about 130 characters), one file name and one respondent with mrkdwn and a link in them.
 */
function protokollsutdrag(n: number): ReviewDocument {
  const file =
    n === 1
      ? 'svar_*slutlig*_version_2.pdf'
      : `Remissvar SOU 2024_72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård – protokollsutdrag kommunstyrelsen ${n} (slutlig version).pdf`;
  const respondent = n === 3 ? 'Kommun & <Region> https://kommun.example/remiss' : `Kommun ${n}`;
  return { ...noStance(n), file, respondent };
}

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

  test('every shown answer has its "…" menu, and a long list stays within Block Kit limits with the rest a click away', () => {
    const message = renderReviewList(list(100, 60), { remiss: 'SOU 2024:72' });
    expect(messageProblems(message)).toEqual([]);
    const menus = message.blocks.filter(
      (b) => b.type === 'actions' && (b.elements[0] as { type: string }).type === 'overflow',
    );
    expect(menus).toHaveLength(MAX_REVIEW_ANSWERS);
    expect(visibleText(message.blocks)).toContain(REVIEW_SV.reviewShowing(1, MAX_REVIEW_ANSWERS, 160));
    expect(buttons(message.blocks).map((b) => b.text)).toContain(SLACK_SV.showMore);
  });

  test('the notification says what the list holds', () => {
    expect(renderReviewList(list(3, 1), { remiss: 'SOU 2024:72' }).text).toBe(
      'Att granska i SOU 2024:72: 3 osäkra tolkningar, 1 remissvar utan hittad ståndpunkt',
    );
    expect(renderReviewList({ ...list(3, 1), unattributed: [unattributed(1)] }, { remiss: null }).text).toBe(
      'Att granska: 3 osäkra tolkningar, 1 remissvar utan hittad ståndpunkt, 1 remissvar utan hittad remissinstans',
    );
    expect(renderReviewList(list(0, 0), { remiss: null }).text).toBe(`Att granska: ${REVIEW_SV.reviewNothing}`);
  });
});

describe('/remiss granska with 45 remissvar without a found stance, named as municipalities name files', () => {
  const documents: ReviewList = {
    uncertain: [],
    unattributed: [],
    noStance: Array.from({ length: 45 }, (_, i) => protokollsutdrag(i + 1)),
  };
  const pages = allPages((offset) => renderReviewList(documents, { remiss: 'SOU 2024:72', offset }));

  test("every page is within Slack's limits and the message budget", () => {
    expectWithinLimits(pages);
  });

  test('every document is listed once, on whole lines, when "Visa fler" is followed to the end', () => {
    const files = pages.flatMap((p) => styledTexts(p.blocks, 'italic'));
    expect(files).toHaveLength(45);
    expect(new Set(files)).toEqual(new Set(documents.noStance.map((d) => d.file)));
  });

  test('a page that does not show them all says which it shows and offers "Visa fler"', () => {
    const first = pages[0];
    if (pages.length > 1) {
      const shown = styledTexts(first.blocks, 'italic').length;
      expect(visibleText(first.blocks)).toContain(REVIEW_SV.reviewShowing(1, shown, 45));
      expect(buttons(first.blocks).map((b) => b.text)).toContain(SLACK_SV.showMore);
    } else expect(styledTexts(first.blocks, 'italic')).toHaveLength(45);
  });

  test('names and file names are shown as written (rich text): no bold from "*slutlig*", no link', () => {
    const all = pages.flatMap((p) => [...richTexts(p.blocks)]);
    expect(all).toContain('svar_*slutlig*_version_2.pdf');
    expect(all).toContain('Kommun & <Region> https://kommun.example/remiss');
    const mrkdwn = pages.flatMap((p) => mrkdwnTexts(p.blocks)).join('\n');
    expect(mrkdwn).not.toContain('slutlig');
    expect(mrkdwn).not.toContain('kommun.example');
  });

  test('later pages still say what they list', () => {
    for (const page of pages.slice(1)) {
      expect(visibleText(page.blocks)).toContain(REVIEW_SV.reviewTitle('SOU 2024:72'));
      expect(visibleText(page.blocks)).toContain(REVIEW_SV.reviewNoStanceHeading(45));
    }
  });
});

describe('/remiss granska with 45 uncertain answers', () => {
  const pages = allPages((offset) => renderReviewList(list(45, 0), { remiss: null, offset, threadTs: '1700.1' }));

  test('"Visa fler" goes on where the page ended, in the thread, until every answer was shown once', () => {
    expectWithinLimits(pages);
    expect(pages.length).toBeGreaterThan(1);
    const names = pages.flatMap((p) => styledTexts(p.blocks, 'bold').filter((t) => t.startsWith('Konstruerad kommun')));
    expect(names).toHaveLength(45);
    expect(new Set(names).size).toBe(45);
    const more = buttons(pages[0].blocks).find((b) => b.action_id === ACTION.showMore);
    expect(decodeQueryValue(more?.value)).toEqual({ q: 'granska', o: MAX_REVIEW_ANSWERS, t: '1700.1' });
  });

  test('the "Visa fler" of one remiss asks for that remiss again', () => {
    const first = renderReviewList(list(45, 0), { remiss: 'SOU 2024:72' });
    const more = buttons(first.blocks).find((b) => b.action_id === ACTION.showMore);
    expect(decodeQueryValue(more?.value)?.q).toBe('granska SOU 2024:72');
  });
});

describe('/remiss granska with 20 uncertain answers quoting about 900 characters', () => {
  const quote =
    'Vi anser att förslaget i huvudsak är väl avvägt men att konsekvenserna för de mindre kommunernas ekonomi inte har analyserats tillräckligt. '
      .repeat(6)
      .trim();
  const pages = allPages((offset) => renderReviewList(list(20, 3, quote), { remiss: null, offset }));

  test('each page stays within the message budget, with whole quotes', () => {
    expectWithinLimits(pages);
    for (const q of pages.flatMap((p) => quotedTexts(p.blocks))) expect(q).toBe(quote);
    expect(pages.flatMap((p) => quotedTexts(p.blocks))).toHaveLength(20);
  });
});

describe('/remiss granska with a remissvar whose respondent was not found', () => {
  const message = renderReviewList({ ...list(1, 1), unattributed: [unattributed(12)] }, { remiss: null });
  const text = visibleText(message.blocks);

  test('lists it as needing review, by its file, with what it says', () => {
    expect(text).toContain(REVIEW_SV.reviewUnattributedHeading(1));
    expect(richTexts(message.blocks)).toContain('Yttrande_2024-05-12.pdf');
    expect(text).toContain('1 avstyrker · 1 tillstyrker');
    expect(text).toContain(REVIEW_SV.reviewUnattributedHint);
  });

  test('after the uncertain answers and before the remissvar without stances', () => {
    expect(text.indexOf(REVIEW_SV.reviewLowHeading(1))).toBeLessThan(
      text.indexOf(REVIEW_SV.reviewUnattributedHeading(1)),
    );
    expect(text.indexOf(REVIEW_SV.reviewUnattributedHeading(1))).toBeLessThan(
      text.indexOf(REVIEW_SV.reviewNoStanceHeading(1)),
    );
  });
});
