import { ACTION, decodeQueryValue } from '../../../src/core/render/blocks-actions.js';
import { formatTally, PAGE_SIZE, renderSearchResult } from '../../../src/core/render/blocks-search.js';
import { SEARCH_SV, SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { renderSearchResultText } from '../../../src/core/render/text.js';
import { MAX_QUOTE_HITS } from '../../../src/core/search/quote-hits.js';
import type { SearchResult } from '../../../src/core/search/types.js';
import { buttons, messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import {
  answer,
  MAGNET_TITLE,
  manyAnswers,
  match,
  proposalResult,
  respondentResult,
} from '../../helpers/fake-slack-results.js';

/** Pages of a search result: whose they are, which part, what the notification says, and what was left out. */

describe('When a respondent has 80 proposals, shown a page at a time', () => {
  const page = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) =>
      match([answer({ respondent: 'Vision', stance: 'for', stanceId: 500 + from + i })], {
        proposal: `9.${from + i + 1}`,
        title: `Konstruerat förslag ${from + i + 1}`,
      }),
    );
  const totals = { matches: 80, answers: 80, tally: { for: 59, partly: 0, against: 21, neutral: 0 } };
  const first = renderSearchResult(respondentResult(page(0, 15), totals), { audience: 'private' });
  const second = renderSearchResult(respondentResult(page(15, 15), totals), { audience: 'public', offset: 15 });

  test('the first page says how many proposals and how they are answered', () => {
    const text = visibleText(first.blocks);
    expect(text).toContain(SEARCH_SV.respondentHeading('Vision', 80));
    expect(text).toContain(formatTally(totals.tally));
  });

  test('a later page still says whose answers they are, also when posted in the channel', () => {
    const header = second.blocks[0] as { type: string; text: { text: string } };
    expect(header.type).toBe('header');
    expect(header.text.text).toContain('Vision');
  });

  test('the notification of the first page gives the count and the tally', () => {
    expect(first.text).toContain(SEARCH_SV.respondentHeading('Vision', 80));
    expect(first.text).toContain(formatTally(totals.tally));
  });

  test('the notification of a later page says which proposals it shows', () => {
    expect(second.text).toContain('Vision');
    expect(second.text.toLowerCase()).toContain(SLACK_SV.showingProposals(16, 30, 80).toLowerCase());
  });
});

describe('When the last page of a respondent holds one proposal', () => {
  const one = respondentResult([match([answer({ respondent: 'Vision' })], { proposal: '9.16' })], {
    matches: 16,
    answers: 16,
    tally: { for: 0, partly: 0, against: 16, neutral: 0 },
  });

  test('it says "förslag 16 av 16", not "16–16"', () => {
    const text = visibleText(renderSearchResult(one, { audience: 'private', offset: 15 }).blocks);
    expect(text).toContain(SLACK_SV.showingProposals(16, 16, 16));
    expect(SLACK_SV.showingProposals(16, 16, 16)).toBe('Visar förslag 16 av 16');
  });
});

describe('When a respondent has one proposal more than a page (16)', () => {
  const sixteen = Array.from({ length: 16 }, (_, i) =>
    match([answer({ respondent: 'Vision', stanceId: 700 + i })], { proposal: `9.${i + 1}`, title: `Förslag ${i + 1}` }),
  );
  const tally = { for: 0, partly: 0, against: 16, neutral: 0 };

  test('all 16 are on the first page: no second click for a single proposal', () => {
    const message = renderSearchResult(respondentResult(sixteen, { matches: 16, answers: 16, tally }), {
      audience: 'private',
    });
    expect(buttons(message.blocks).filter((b) => b.action_id.startsWith(ACTION.shareChannel))).toHaveLength(16);
    expect(buttons(message.blocks).find((b) => b.action_id === ACTION.showMore)).toBeUndefined();
    expect(messageProblems(message)).toEqual([]);
  });

  test('with 17 in all, the page shows 15 and "Visa fler" goes on at the 16th', () => {
    const message = renderSearchResult(respondentResult(sixteen, { matches: 17, answers: 17, tally }), {
      audience: 'private',
    });
    expect(buttons(message.blocks).filter((b) => b.action_id.startsWith(ACTION.shareChannel))).toHaveLength(PAGE_SIZE);
    const more = buttons(message.blocks).find((b) => b.action_id === ACTION.showMore);
    expect(decodeQueryValue(more?.value)?.o).toBe(PAGE_SIZE);
  });
});

describe('When a respondent answered two remisser', () => {
  const matches = [
    match([answer({ stanceId: 1 })], { remiss: 'Ds 2025:3' }),
    match([answer({ stanceId: 2 })], { remiss: 'SOU 2024:72' }),
  ];
  const totals = { matches: 2, answers: 2, tally: { for: 0, partly: 0, against: 2, neutral: 0 } };

  test('each proposal line names its remiss', () => {
    const result = { ...respondentResult(matches, totals, 'Åstorps kommun'), remisser: ['Ds 2025:3', 'SOU 2024:72'] };
    const answers = visibleText(renderSearchResult(result, { audience: 'private' }).blocks)
      .split('\n')
      .filter((line) => line.includes(MAGNET_TITLE));
    expect(answers).toHaveLength(2);
    expect(answers[0]).toContain('Ds 2025:3');
    expect(answers[1]).toContain('SOU 2024:72');
  });

  test('a respondent of one remiss gets no remiss on each line', () => {
    const result = { ...respondentResult(matches.slice(1), totals, 'Åstorps kommun'), remisser: ['SOU 2024:72'] };
    const text = visibleText(renderSearchResult(result, { audience: 'private' }).blocks);
    expect(text).not.toContain('SOU 2024:72');
  });
});

describe('When a quote search finds quotes in several proposals', () => {
  const result: SearchResult = {
    query: 'instämmer inte',
    kind: 'search',
    matches: [
      match([answer({ stanceId: 1 }), answer({ stanceId: 2, respondent: 'Vision' })], { tallyOf: 'hits' }),
      match([answer({ stanceId: 3 })], { tallyOf: 'hits', proposal: '5.4', title: 'Konstruerat förslag' }),
    ],
    choices: [],
    suggestions: [],
  };

  test("the notification says how many quotes in how many proposals, not one proposal's tally", () => {
    const { text } = renderSearchResult(result, { audience: 'private' });
    expect(text).toContain(SLACK_SV.quoteHits('instämmer inte', 3, 2));
    expect(text).not.toContain(MAGNET_TITLE);
  });

  test('the heading says the same, as the terminal does', () => {
    expect(visibleText(renderSearchResult(result, { audience: 'private' }).blocks)).toContain(
      SEARCH_SV.searchHeading('instämmer inte', 3),
    );
  });
});

describe('When the quote search stopped at its limit of quotes', () => {
  const hits = manyAnswers(200).map((a) => ({ ...a, quote: `${a.quote} synpunkter` }));
  const result: SearchResult = {
    query: 'synpunkter',
    kind: 'search',
    matches: [match(hits, { tallyOf: 'hits' })],
    choices: [],
    suggestions: [],
    notices: ['quotes_capped'],
  };

  test('every page says so, and how to narrow the search', () => {
    for (const offset of [0, 15, 195]) {
      const message = renderSearchResult(result, { audience: 'private', offset });
      expect(visibleText(message.blocks)).toContain(SEARCH_SV.quotesCapped(MAX_QUOTE_HITS, 1));
      expect(messageProblems(message)).toEqual([]);
    }
  });

  test('so does the notification', () => {
    expect(renderSearchResult(result, { audience: 'private' }).text).toContain(
      SEARCH_SV.quotesCapped(MAX_QUOTE_HITS, 1),
    );
  });

  test('so does the terminal', () => {
    expect(renderSearchResultText(result)).toContain(SEARCH_SV.quotesCapped(MAX_QUOTE_HITS, 1));
  });
});

describe('When a proposal with 300 answers is shown from its 16th answer', () => {
  const message = renderSearchResult(proposalResult(manyAnswers(300)), { audience: 'private', offset: 15 });

  test('the notification names the proposal and says which answers the page shows', () => {
    expect(message.text).toContain(`7.2.2 ${MAGNET_TITLE}`);
    expect(message.text).toMatch(/visar 16–\d+ av 300 svar/i);
  });
});
