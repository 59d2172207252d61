import { ACTION, decodeQueryValue } from '../../../src/core/render/blocks-actions.js';
import { renderSearchResult, type SlackMessage } from '../../../src/core/render/blocks-search.js';
import { MESSAGE_TEXT_BUDGET, messageTextLength } from '../../../src/core/render/message-budget.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import type { Answer, SearchResult } from '../../../src/core/search/types.js';
import { buttons, messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import { answer, match, proposalResult, respondentResult } from '../../helpers/fake-slack-results.js';
import { quotedTexts } from '../../helpers/rich-text.js';

/**
 * CONSTRUCTED: the QA case of a proposal whose answers quote about 900 characters each (a long but real-looking
 * sentence, three times), which made a 15-answer thread page of 15,029 characters.
 */
const LONG_SENTENCE =
  'anser att förslaget i huvudsak är väl avvägt men att konsekvenserna för de mindre kommunernas ekonomi, ' +
  'bemanning och kompetensförsörjning inte har analyserats tillräckligt, och att staten därför bör ta ett ' +
  'större ansvar för finansieringen under en övergångsperiod samt följa upp reformen. ';

function longAnswers(n: number, stanceIdFrom = 5000): Answer[] {
  return Array.from({ length: n }, (_, i) =>
    answer({
      stanceId: stanceIdFrom + i,
      documentId: stanceIdFrom + i,
      respondent: `Storkommun ${i + 1}`,
      stance: i % 2 ? 'for' : 'against',
      quote: `Kommun ${i + 1} ${LONG_SENTENCE}`.repeat(3).trim(),
    }),
  );
}

/** Follows "Visa fler" from the first page to the last; `render` gets the offset the button carries. */
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

function expectWithinBudget(pages: readonly SlackMessage[]): void {
  for (const page of pages) {
    expect(messageTextLength(page)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
    expect(messageProblems(page)).toEqual([]);
  }
}

describe('When a proposal has 40 answers quoting about 900 characters each', () => {
  const result = proposalResult(longAnswers(40), '5.5');

  for (const audience of ['private', 'thread', 'public'] as const) {
    test(`every ${audience} page stays within the message budget, and "Visa fler" shows each answer once`, () => {
      const pages = allPages((offset) => renderSearchResult(result, { audience, offset, threadTs: '1700.1' }));
      expectWithinBudget(pages);
      const quotes = pages.flatMap((p) => quotedTexts(p.blocks));
      expect(quotes).toHaveLength(40);
      expect(new Set(quotes).size).toBe(40);
    });
  }

  test('a page cut by the budget says which answers it shows, and the quotes are whole', () => {
    const first = renderSearchResult(result, { audience: 'thread', threadTs: '1700.1' });
    const shown = quotedTexts(first.blocks).length;
    expect(shown).toBeGreaterThan(0);
    expect(visibleText(first.blocks)).toContain(SLACK_SV.showing(1, shown, 40));
    for (const q of quotedTexts(first.blocks)) expect(q.endsWith('reformen.')).toBe(true);
  });
});

describe('When a quote search finds long quotes in many proposals', () => {
  const result: SearchResult = {
    query: 'kompetensförsörjning',
    kind: 'search',
    matches: Array.from({ length: 10 }, (_, k) =>
      match(longAnswers(4, 6000 + 10 * k), {
        proposal: `5.${k + 1}`,
        title: `Konstruerat förslag ${k + 1}`,
        tallyOf: 'hits',
      }),
    ),
    choices: [],
    suggestions: [],
  };

  test('every page stays within the budget and together they show every quote once', () => {
    const pages = allPages((offset) => renderSearchResult(result, { audience: 'private', offset }));
    expectWithinBudget(pages);
    expect(pages.flatMap((p) => quotedTexts(p.blocks))).toHaveLength(40);
  });
});

describe("When a respondent's answers quote about 900 characters each", () => {
  const all = longAnswers(40).map((a, i) =>
    match([{ ...a, respondent: 'Storkommun' }], { proposal: `5.${i + 1}`, title: `Konstruerat förslag ${i + 1}` }),
  );
  const tally = { for: 20, partly: 0, against: 20, neutral: 0 };
  // The search returns one page of proposals from the offset, as the store does.
  const searchPage = (offset: number) =>
    respondentResult(all.slice(offset, offset + 16), { matches: 40, answers: 40, tally }, 'Storkommun');

  test('every page stays within the budget and "Visa fler" reaches each proposal once', () => {
    const pages = allPages((offset) => renderSearchResult(searchPage(offset), { audience: 'private', offset }));
    expectWithinBudget(pages);
    const quotes = pages.flatMap((p) => quotedTexts(p.blocks));
    expect(quotes).toHaveLength(40);
    expect(new Set(quotes).size).toBe(40);
  });
});
