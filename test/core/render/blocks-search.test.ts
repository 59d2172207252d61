import { ACTION, decodeQueryValue, decodeShareValue } from '../../../src/core/render/blocks-actions.js';
import { formatTally, PAGE_SIZE, renderSearchResult } from '../../../src/core/render/blocks-search.js';
import { SEARCH_SV, SLACK_SV } from '../../../src/core/render/strings-sv.js';
import type { SearchResult } from '../../../src/core/search/types.js';
import { blockProblems, buttons, visibleText } from '../../helpers/fake-slack-blocks.js';
import {
  ASTORP_QUOTE,
  answer,
  MAGNET_TITLE,
  manyAnswers,
  match,
  proposalResult,
  respondentResult,
} from '../../helpers/fake-slack-results.js';
import { mrkdwnTexts, richTexts } from '../../helpers/rich-text.js';

describe('When rendering /remiss 7.2.2 with one answer from Åstorps kommun', () => {
  const message = renderSearchResult(proposalResult(), { audience: 'private' });
  const text = visibleText(message.blocks);

  test('the proposal number and title are shown', () => {
    expect(text).toContain(`*7.2.2 ${MAGNET_TITLE}*`);
  });

  test('the tally line reads "1 avstyrker · 0 tillstyrker"', () => {
    expect(text).toContain('1 avstyrker · 0 tillstyrker');
  });

  test('the quote is a Slack block quote attributed to the respondent with file and page', () => {
    expect(text).toContain('*Åstorps kommun* — avstyrker');
    expect(text).toContain(`>${ASTORP_QUOTE}`);
    expect(text).toContain('_002_d8f4ead73eb6a353.txt, s. 2_');
  });

  test('a private answer offers "Posta i kanalen" and "Dela i kanalen" on the quote', () => {
    const labels = buttons(message.blocks).map((b) => b.text);
    expect(labels).toEqual([SLACK_SV.shareInChannel, SLACK_SV.postInChannel]);
  });

  test('the share button carries the query and the stance id', () => {
    const share = buttons(message.blocks).find((b) => b.action_id.startsWith(ACTION.shareChannel));
    expect(decodeShareValue(share?.value)).toEqual({ q: '7.2.2', s: 1 });
  });

  test('the blocks are valid for Slack', () => {
    expect(blockProblems(message.blocks)).toEqual([]);
  });
});

describe('When answers have different stances', () => {
  const result = proposalResult([
    answer({ stanceId: 1, stance: 'for', respondent: 'Vision' }),
    answer({ stanceId: 2, stance: 'against', respondent: 'Åstorps kommun' }),
    answer({ stanceId: 3, stance: 'for', respondent: 'Region Skåne' }),
  ]);
  const text = visibleText(renderSearchResult(result, { audience: 'private' }).blocks);

  test('they are grouped by stance, objections first, with a count per group', () => {
    const against = text.indexOf('*Avstyrker* (1)');
    const forGroup = text.indexOf('*Tillstyrker* (2)');
    expect(against).toBeGreaterThan(-1);
    expect(forGroup).toBeGreaterThan(against);
    expect(text.indexOf('Vision')).toBeGreaterThan(forGroup);
    expect(text.indexOf('Region Skåne')).toBeGreaterThan(forGroup);
  });
});

describe('When a quote contains Slack control sequences', () => {
  const evil = 'Vi tillstyrker <!channel> <!here> <@U123> & <https://evil.example|klicka>';
  const result = proposalResult([answer({ quote: evil, respondent: '<!everyone> kommun' })], '<!here> 7.2.2');
  const message = renderSearchResult(result, { audience: 'private' });

  test('no mrkdwn field and not the notification carries them unescaped', () => {
    expect(mrkdwnTexts(message.blocks).join('\n')).not.toMatch(/<[!@#h]/);
    expect(message.text).not.toMatch(/<[!@#h]/);
  });

  test('quote and respondent are literal rich text, shown as written, with no mention or link element', () => {
    expect(richTexts(message.blocks)).toEqual(expect.arrayContaining([evil, '<!everyone> kommun']));
    expect(JSON.stringify(message.blocks)).not.toMatch(/"type":"(broadcast|user|link|channel|usergroup)"/);
  });
});

describe('When a proposal has 300 answers', () => {
  const result = proposalResult(manyAnswers(300));

  test('every page is valid, and following "Visa fler" shows all 300 exactly once', () => {
    const seen: string[] = [];
    let offset: number | undefined = 0;
    let pages = 0;
    while (offset !== undefined) {
      const message = renderSearchResult(result, { audience: 'private', offset });
      expect(blockProblems(message.blocks)).toEqual([]);
      const text = visibleText(message.blocks);
      for (const m of text.matchAll(/\*(Kommun nummer \d+)\*/g)) seen.push(m[1]);
      const more = buttons(message.blocks).find((b) => b.action_id === ACTION.showMore);
      offset = more ? decodeQueryValue(more.value)?.o : undefined;
      pages++;
      expect(pages).toBeLessThan(100);
    }
    expect(seen).toHaveLength(300);
    expect(new Set(seen).size).toBe(300);
  });

  test('the first page says how many are shown', () => {
    const text = visibleText(renderSearchResult(result, { audience: 'private' }).blocks);
    expect(text).toContain(SLACK_SV.showing(1, PAGE_SIZE, 300));
  });

  test('quotes of 5,000 characters in a thread (two blocks per answer) still fit', () => {
    const long = proposalResult(manyAnswers(300, 5000));
    const message = renderSearchResult(long, { audience: 'public', threadTs: '1700000000.000100', offset: 30 });
    expect(blockProblems(message.blocks)).toEqual([]);
  });

  test('a private answer in a thread offers both "Dela i tråd" and "Dela i kanalen"', () => {
    const message = renderSearchResult(result, { audience: 'private', threadTs: '1700000000.000100' });
    const labels = buttons(message.blocks).map((b) => b.text);
    expect(labels.filter((l) => l === SLACK_SV.shareInThread).length).toBeGreaterThan(0);
    expect(labels.filter((l) => l === SLACK_SV.shareInThread).length).toBe(
      labels.filter((l) => l === SLACK_SV.shareInChannel).length,
    );
  });
});

describe('When a query is ambiguous', () => {
  const result: SearchResult = {
    query: '7.2.2',
    kind: 'proposal',
    matches: [],
    choices: [
      { label: `7.2.2 ${MAGNET_TITLE} (SOU 2024:72)`, query: '7.2.2 SOU 2024:72' },
      { label: '7.2.2 Något annat (Ds 2023:5)', query: '7.2.2 Ds 2023:5' },
    ],
    suggestions: [],
  };
  const message = renderSearchResult(result, { audience: 'private' });

  test('a pick list of buttons is shown instead of a guess', () => {
    expect(visibleText(message.blocks)).toContain(SLACK_SV.pickOne('7.2.2'));
    const picks = buttons(message.blocks);
    expect(picks.map((b) => decodeQueryValue(b.value)?.q)).toEqual(['7.2.2 SOU 2024:72', '7.2.2 Ds 2023:5']);
  });

  test('the pick buttons have unique action ids and valid labels', () => {
    expect(blockProblems(message.blocks)).toEqual([]);
  });
});

describe('When nothing is found', () => {
  const result: SearchResult = {
    query: 'xyzzy',
    kind: 'none',
    matches: [],
    choices: [],
    suggestions: [{ label: `7.2.2 ${MAGNET_TITLE}`, query: '7.2.2 SOU 2024:72' }],
  };

  test('the user is told so and offered the closest proposals', () => {
    const message = renderSearchResult(result, { audience: 'private' });
    const text = visibleText(message.blocks);
    expect(text).toContain(SLACK_SV.nothingFound('xyzzy'));
    expect(text).toContain(SLACK_SV.didYouMean);
    expect(buttons(message.blocks).map((b) => decodeQueryValue(b.value)?.q)).toEqual(['7.2.2 SOU 2024:72']);
  });
});

describe('When rendering a respondent query for Vision', () => {
  const result: SearchResult = {
    query: 'Vision',
    kind: 'respondent',
    respondent: 'Vision',
    matches: [
      match([answer({ respondent: 'Vision', stance: 'for', stanceId: 5 })]),
      match([answer({ respondent: 'Vision', stance: 'partly', stanceId: 6 })], {
        proposal: '8.1',
        title: 'Nationell ledarskapsutbildning',
      }),
    ],
    choices: [],
    suggestions: [],
  };
  const message = renderSearchResult(result, { audience: 'public' });
  const text = visibleText(message.blocks);

  test('the heading names the respondent and each proposal shows its stance', () => {
    expect(text).toContain(SEARCH_SV.respondentHeading('Vision', 2));
    expect(text).toContain(`*7.2.2 ${MAGNET_TITLE}* — :large_green_circle: tillstyrker`);
    expect(text).toContain('*8.1 Nationell ledarskapsutbildning* — :large_yellow_circle: tillstyrker delvis');
  });

  test('a public answer has no share or post buttons', () => {
    expect(buttons(message.blocks)).toEqual([]);
  });
});

describe('When rendering the second page of a respondent with 80 proposals (the search returned that page)', () => {
  // Constructed: proposals 9.16–9.30 of 80; 9.16 answered in two documents (two answers, one proposal).
  const page = Array.from({ length: 15 }, (_, i) =>
    match([answer({ respondent: 'Vision', stance: 'for', stanceId: 100 + i })], {
      proposal: `9.${i + 16}`,
      title: `Konstruerat förslag ${i + 16}`,
    }),
  );
  page[0] = match(
    [
      answer({ respondent: 'Vision', stance: 'for', stanceId: 200 }),
      answer({ respondent: 'Vision', stance: 'against', stanceId: 201 }),
    ],
    { proposal: '9.16', title: 'Konstruerat förslag 16' },
  );
  const result = respondentResult(page, {
    matches: 80,
    answers: 81,
    tally: { for: 60, partly: 0, against: 21, neutral: 0 },
  });
  const message = renderSearchResult(result, { audience: 'private', offset: 15 });
  const text = visibleText(message.blocks);

  test('it says which proposals of how many it shows, counted in proposals', () => {
    expect(text).toContain(SLACK_SV.showingProposals(16, 30, 80));
  });

  test('"Visa fler" continues at the 31st proposal and "Posta i kanalen" repeats this page', () => {
    const values = buttons(message.blocks).map((b) => [b.action_id, decodeQueryValue(b.value)?.o]);
    expect(values).toContainEqual([ACTION.showMore, 30]);
    expect(values).toContainEqual([ACTION.postInChannel, 15]);
  });

  test('a share button finds its quote again on this page', () => {
    const share = buttons(message.blocks).find((b) => b.action_id.startsWith(ACTION.shareChannel));
    expect(decodeShareValue(share?.value)).toEqual({ q: 'Vision', s: 201, o: 15 }); // objections first
  });

  test('every answer of the page is shown, both of 9.16 included, within Block Kit limits', () => {
    expect(text).toContain('Konstruerat förslag 16');
    expect(text).toContain('Konstruerat förslag 30');
    expect(buttons(message.blocks).filter((b) => b.action_id.startsWith(ACTION.shareChannel))).toHaveLength(16);
    expect(blockProblems(message.blocks)).toEqual([]);
  });
});

describe('When a respondent page holds more than fits in one message', () => {
  // Constructed: 30 proposals with two answers each on one page: 120 blocks' worth, 50 allowed.
  const page = Array.from({ length: 30 }, (_, i) =>
    match(
      [
        answer({ respondent: 'Vision', stanceId: 300 + 2 * i }),
        answer({ respondent: 'Vision', stanceId: 301 + 2 * i }),
      ],
      { proposal: `9.${i + 1}`, title: `Konstruerat förslag ${i + 1}` },
    ),
  );
  const result = respondentResult(page, {
    matches: 30,
    answers: 60,
    tally: { for: 0, partly: 0, against: 60, neutral: 0 },
  });
  const message = renderSearchResult(result, { audience: 'private' });

  test('whole proposals are shown while they fit, and "Visa fler" starts at the first one left out', () => {
    expect(blockProblems(message.blocks)).toEqual([]);
    const shares = buttons(message.blocks).filter((b) => b.action_id.startsWith(ACTION.shareChannel));
    expect(shares.length % 2).toBe(0);
    const more = buttons(message.blocks).find((b) => b.action_id === ACTION.showMore);
    expect(decodeQueryValue(more?.value)?.o).toBe(shares.length / 2);
  });
});

describe('formatTally', () => {
  test('shows against and for always, partly and neutral only when present, in the order every view uses', () => {
    expect(formatTally({ for: 0, partly: 0, against: 2, neutral: 0 })).toBe('2 avstyrker · 0 tillstyrker');
    expect(formatTally({ for: 1, partly: 3, against: 0, neutral: 1 })).toBe(
      '0 avstyrker · 3 tillstyrker delvis · 1 tillstyrker · 1 neutral',
    );
  });
});

describe('When rendering a quote search, whose tallies count the hits only', () => {
  const result: SearchResult = {
    ...proposalResult([answer()], 'certifiering'),
    kind: 'search',
    matches: [match([answer()], { tallyOf: 'hits' })],
  };
  const message = renderSearchResult(result, { audience: 'private' });

  test("the tally line says it counts the hits, not the proposal's answers", () => {
    expect(visibleText(message.blocks)).toContain(SLACK_SV.tallyOfHits('1 avstyrker · 0 tillstyrker'));
  });

  test('the notification says it is a quote search: how many quotes in how many proposals', () => {
    expect(message.text).toContain(SLACK_SV.quoteHits('certifiering', 1, 1));
  });
});
