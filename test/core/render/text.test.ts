import { REVIEW_SV } from '../../../src/core/render/review-strings-sv.js';
import { SEARCH_SV } from '../../../src/core/render/strings-sv.js';
import { renderSearchResultText, renderTally } from '../../../src/core/render/text.js';
import type { Answer, Match, SearchResult } from '../../../src/core/search/types.js';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    stanceId: 1,
    documentId: 1,
    respondent: 'Åstorps kommun',
    stance: 'against',
    quote: 'Svar: Vi instämmer inte till förslaget.',
    file: '002_d8f4ead73eb6a353.txt',
    page: 7,
    confidence: 'high',
    reason: 'test',
    ...overrides,
  };
}

function match(answers: Answer[], overrides: Partial<Match> = {}): Match {
  const tally = { for: 0, partly: 0, against: 0, neutral: 0 };
  for (const a of answers) tally[a.stance] += 1;
  return {
    remiss: 'SOU 2024:72',
    proposal: '7.2.2',
    title: 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
    tally,
    answers,
    ...overrides,
  };
}

function result(overrides: Partial<SearchResult>): SearchResult {
  return { query: '7.2.2', kind: 'proposal', matches: [], choices: [], suggestions: [], ...overrides };
}

describe('renderSearchResultText', () => {
  describe('When rendering a proposal with answers', () => {
    const text = renderSearchResultText(
      result({
        matches: [
          match([
            answer({ respondent: 'Föreningen Sveriges socialchefer', file: '001.txt', page: 2 }),
            answer(),
            answer({ respondent: 'Vision', stance: 'for', page: null, file: '000.txt' }),
          ]),
        ],
      }),
    );

    test('the first line is the number, title and remiss', () => {
      expect(text.split('\n')[0]).toBe(
        '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård (SOU 2024:72)',
      );
    });

    test('the second line is the tally, objections first', () => {
      expect(text.split('\n')[1]).toBe('2 avstyrker · 0 tillstyrker delvis · 1 tillstyrker · 0 neutral');
    });

    test('answers are grouped under stance headings with counts, against before for', () => {
      expect(text.indexOf('Avstyrker (2)')).toBeGreaterThan(0);
      expect(text.indexOf('Tillstyrker (1)')).toBeGreaterThan(text.indexOf('Avstyrker (2)'));
    });

    test('each answer shows respondent, quote, file and page', () => {
      expect(text).toContain(
        '  Åstorps kommun\n    ”Svar: Vi instämmer inte till förslaget.”\n    002_d8f4ead73eb6a353.txt, s. 7',
      );
    });

    test('an answer without a page shows only the file', () => {
      expect(text).toContain('    000.txt\n');
    });
  });

  describe('When rendering a quote search, whose tallies count the hits only', () => {
    const text = renderSearchResultText(
      result({ query: 'certifiering', kind: 'search', matches: [match([answer()], { tallyOf: 'hits' })] }),
    );

    test("the tally line says it counts the hits, not the proposal's answers", () => {
      const tally = '1 avstyrker · 0 tillstyrker delvis · 0 tillstyrker · 0 neutral';
      expect(text.split('\n')).toContain(SEARCH_SV.tallyOfHits(tally));
    });

    test("a proposal's own tally has no such label", () => {
      const own = renderSearchResultText(result({ matches: [match([answer()])] }));
      expect(own.split('\n')[1]).toBe('1 avstyrker · 0 tillstyrker delvis · 0 tillstyrker · 0 neutral');
    });
  });

  describe('When rendering one respondent\'s answer to a proposal ("Åstorp 7.2.2")', () => {
    const whole = { for: 0, partly: 0, against: 2, neutral: 0 };
    const text = renderSearchResultText(
      result({
        respondent: 'Åstorps kommun',
        matches: [match([answer()], { answersOf: 'Åstorps kommun', tally: whole })],
      }),
    );

    test('the heading says whose answer it is', () => {
      expect(text.split('\n')[0]).toBe(
        `${SEARCH_SV.respondentOn('Åstorps kommun', '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård')} (SOU 2024:72)`,
      );
    });

    test("the tally is the whole proposal's, labelled so", () => {
      expect(text.split('\n')[1]).toBe(
        SEARCH_SV.tallyOfAll('2 avstyrker · 0 tillstyrker delvis · 0 tillstyrker · 0 neutral'),
      );
    });

    test("the answer carries its stance, with no stance group counting it as the proposal's", () => {
      expect(text).not.toContain('Avstyrker (1)');
      expect(text).toContain('  Åstorps kommun — avstyrker\n    ”Svar: Vi instämmer inte till förslaget.”');
    });
  });

  test('a respondent with no stance on the proposal says so and lists what they did answer', () => {
    const text = renderSearchResultText(
      result({
        query: 'Vision 7.2.2',
        respondent: 'Vision',
        matches: [match([], { answersOf: 'Vision', tally: { for: 0, partly: 0, against: 2, neutral: 0 } })],
        suggestions: [{ label: '7.2.1 Ledarskap', remiss: 'SOU 2024:72', query: 'Vision 7.2.1 SOU 2024:72' }],
        totals: { matches: 1, answers: 1, tally: { for: 0, partly: 1, against: 0, neutral: 0 } },
      }),
    );
    expect(text).toContain(SEARCH_SV.noAnswersFrom('Vision'));
    expect(text).toContain(SEARCH_SV.respondentAnswered('Vision', 1, 'SOU 2024:72'));
    expect(text).toContain('7.2.1 Ledarskap\n     → Vision 7.2.1 SOU 2024:72');
  });

  test('numbers the answer leaves out are named under it', () => {
    const text = renderSearchResultText(result({ matches: [match([answer()])], otherNumbers: ['7.9.9'] }));
    expect(text.trimEnd().split('\n').at(-1)).toBe(SEARCH_SV.otherNumbers(['7.9.9']));
  });

  test('a quote search that matched through a title says so in its heading and under the answer', () => {
    const text = renderSearchResultText(
      result({
        query: 'förbjudet oklarheter',
        kind: 'search',
        matches: [match([answer({ matchedBy: 'title' })], { tallyOf: 'hits' })],
      }),
    );
    expect(text.split('\n')[0]).toBe(SEARCH_SV.searchHeadingWithTitles('förbjudet oklarheter', 1));
    expect(text).toContain(`002_d8f4ead73eb6a353.txt, s. 7 · ${SEARCH_SV.matchedByTitle}`);
  });

  test('a capped search for one word speaks of the word, not of words', () => {
    const one = renderSearchResultText(
      result({
        query: 'synpunkter',
        kind: 'search',
        matches: [match([answer()], { tallyOf: 'hits' })],
        notices: ['quotes_capped'],
      }),
    );
    expect(one).toContain(SEARCH_SV.quotesCapped(200, 1));
    expect(SEARCH_SV.quotesCapped(200, 1)).toContain('ordet');
    expect(SEARCH_SV.quotesCapped(200, 2)).toContain('orden');
  });

  test('a pick list within one remiss names it once, not on every row', () => {
    const text = renderSearchResultText(
      result({
        query: 'tillsyn',
        choices: [
          { label: '1.9 Ledarskap – tillsyn', remiss: 'SOU 2096:1', query: '1.9 SOU 2096:1' },
          { label: '2.9 Magnetmodellen – tillsyn', remiss: 'SOU 2096:1', query: '2.9 SOU 2096:1' },
        ],
      }),
    );
    expect(text).toContain(SEARCH_SV.allInRemiss('SOU 2096:1'));
    expect(text).toContain('  1. 1.9 Ledarskap – tillsyn\n');
    expect(text.match(/SOU 2096:1/g)).toHaveLength(3);
  });

  test("a pick list across remisser names each row's", () => {
    const text = renderSearchResultText(
      result({
        choices: [
          { label: '7.2.2 Magnetmodellen', remiss: 'SOU 2024:72', query: '7.2.2 SOU 2024:72' },
          { label: '7.2.2 Tandvård', remiss: 'Ds 2099:1', query: '7.2.2 Ds 2099:1' },
        ],
      }),
    );
    expect(text).toContain('  1. 7.2.2 Magnetmodellen (SOU 2024:72)\n');
    expect(text).not.toContain(SEARCH_SV.allInRemiss('SOU 2024:72'));
  });

  test('a proposal nobody answered says so', () => {
    expect(renderSearchResultText(result({ matches: [match([])] }))).toContain(SEARCH_SV.noAnswers);
  });

  test('the remiss as a whole is named so, not "*"', () => {
    const text = renderSearchResultText(result({ matches: [match([answer()], { proposal: '*', title: null })] }));
    expect(text.split('\n')[0]).toBe('Remissen som helhet (SOU 2024:72)');
  });

  test('a pick list is numbered and each entry shows the query that picks it', () => {
    const text = renderSearchResultText(
      result({
        choices: [
          { label: '7.2.2 Magnetmodellen (SOU 2024:72)', query: '7.2.2 SOU 2024:72' },
          { label: '7.2.2 Tandvård (Ds 2099:1)', query: '7.2.2 Ds 2099:1' },
        ],
      }),
    );
    expect(text).toBe(
      `${SEARCH_SV.pickOne('7.2.2')}\n  1. 7.2.2 Magnetmodellen (SOU 2024:72)\n     → 7.2.2 SOU 2024:72\n` +
        '  2. 7.2.2 Tandvård (Ds 2099:1)\n     → 7.2.2 Ds 2099:1\n',
    );
  });

  describe('When a pick list is as long as search makes one (10)', () => {
    const respondents = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ label: `Kommun${i + 1} kommun`, query: `Kommun${i + 1} kommun` }));

    test('search having found 12, it says how many more matched and how to narrow the list', () => {
      const text = renderSearchResultText(
        result({ query: 'kommun', kind: 'respondent', choices: respondents(10), choicesTotal: 12 }),
      );
      expect(text.trimEnd().split('\n').at(-1)).toBe(SEARCH_SV.moreChoices(2));
    });

    test('a list search did not cut says nothing of the kind', () => {
      const text = renderSearchResultText(result({ query: 'kommun', kind: 'respondent', choices: respondents(10) }));
      expect(text).not.toMatch(/och \d+ till/);
    });

    test('the proposals of one remiss, all listed, say nothing of the kind', () => {
      const text = renderSearchResultText(result({ query: 'SOU 2024:72', kind: 'none', choices: respondents(16) }));
      expect(text).not.toMatch(/och \d+ till/);
    });

    test('with ten or more entries the arrow lines up under the label', () => {
      const lines = renderSearchResultText(result({ query: 'kommun', choices: respondents(10) })).split('\n');
      const label = lines.find((l) => l.startsWith('  10. '));
      const arrow = lines[lines.indexOf(label ?? '') + 1];
      expect(arrow.indexOf('→')).toBe(label?.indexOf('Kommun10'));
      expect(lines[2].indexOf('→')).toBe(lines[1].indexOf('Kommun1'));
    });
  });

  test('no hits says "Inga träffar för" the query and lists the closest proposals', () => {
    const text = renderSearchResultText(
      result({
        query: '7.2.9',
        kind: 'none',
        suggestions: [{ label: '7.2.7 Stimulera …', query: '7.2.7 SOU 2024:72' }],
      }),
    );
    expect(text.startsWith('Inga träffar för ”7.2.9”.\nNärmaste förslag:\n  1. 7.2.7 Stimulera …')).toBe(true);
  });

  test('an empty database tells the user to run ingest', () => {
    const text = renderSearchResultText(result({ kind: 'none', notices: ['empty_database'] }));
    expect(text).toBe(`${SEARCH_SV.emptyDatabase}\n`);
    expect(text).toContain('npm run remiss -- ingest seeds/');
  });

  test('an empty query gets the help line', () => {
    expect(renderSearchResultText(result({ query: '', kind: 'none', notices: ['empty_query'] }))).toBe(
      `${SEARCH_SV.emptyQuery}\n`,
    );
  });

  test('a truncated query is said first', () => {
    const text = renderSearchResultText(result({ kind: 'none', notices: ['truncated'] }));
    expect(text.split('\n')[0]).toBe(SEARCH_SV.truncated(200));
  });

  test('a respondent result shows one block per proposal with the stance beside the quote', () => {
    const text = renderSearchResultText(
      result({
        query: 'Vision',
        kind: 'respondent',
        respondent: 'Vision',
        matches: [
          match([answer({ respondent: 'Vision', stance: 'partly' })], { proposal: '7.2.1', title: 'Ledarskap' }),
        ],
      }),
    );
    expect(text).toBe(
      'Vision: ståndpunkt i 1 förslag\n0 avstyrker · 1 tillstyrker delvis · 0 tillstyrker · 0 neutral\n\n' +
        '7.2.1 Ledarskap (SOU 2024:72)\n  tillstyrker delvis\n    ”Svar: Vi instämmer inte till förslaget.”\n' +
        '    002_d8f4ead73eb6a353.txt, s. 7\n',
    );
  });

  test('a very long quote is cut with an ellipsis', () => {
    const text = renderSearchResultText(result({ matches: [match([answer({ quote: 'ord '.repeat(500) })])] }));
    expect(text).toMatch(/…”\n/);
  });

  test('renderTally lists every stance even when zero', () => {
    expect(renderTally({ for: 0, partly: 0, against: 0, neutral: 0 })).toBe(
      '0 avstyrker · 0 tillstyrker delvis · 0 tillstyrker · 0 neutral',
    );
  });

  describe('When an answer was corrected by an analyst or is uncertain', () => {
    const corrected = answer({
      stance: 'partly',
      confidence: 'low',
      corrected: { by: 'U0ANNA', at: '2026-11-22T23:30:00Z', comment: 'Läs stycket\nefter rubriken' },
    });
    const render = (a: Answer, timeZone?: string) =>
      renderSearchResultText(result({ matches: [match([a])] }), timeZone ? { timeZone } : {});

    test('the source line says who corrected it and which day, in Stockholm time by default', () => {
      expect(render(corrected)).toContain('    002_d8f4ead73eb6a353.txt, s. 7 · rättad av U0ANNA 23 nov\n');
    });

    test('the day follows the time zone it is given', () => {
      expect(render(corrected, 'Pacific/Pago_Pago')).toContain('· rättad av U0ANNA 22 nov\n');
    });

    test("the analyst's comment stands on its own line under the source, on one line", () => {
      expect(render(corrected)).toContain(
        `rättad av U0ANNA 23 nov\n    ${REVIEW_SV.correctionComment('Läs stycket efter rubriken')}\n`,
      );
    });

    test('a corrected answer without a comment has no comment line', () => {
      const text = render({ ...corrected, corrected: { by: 'U0ANNA', at: '2026-11-22T23:30:00Z' } });
      expect(text).not.toContain('kommentar');
    });

    test('a corrected answer is not also marked uncertain: the analyst has looked at it', () => {
      expect(render(corrected)).not.toContain(REVIEW_SV.lowConfidence);
    });

    test('a low-confidence answer says "osäker tolkning" after its source', () => {
      expect(render(answer({ confidence: 'low' }))).toContain(
        `    002_d8f4ead73eb6a353.txt, s. 7 · ${REVIEW_SV.lowConfidence}\n`,
      );
    });

    test('a confident answer carries no marker', () => {
      expect(render(answer({ confidence: 'medium' }))).toContain('    002_d8f4ead73eb6a353.txt, s. 7\n');
    });

    test('the markers also stand in a respondent result', () => {
      const text = renderSearchResultText(
        result({ kind: 'respondent', respondent: 'Åstorps kommun', matches: [match([corrected])] }),
      );
      expect(text).toContain('s. 7 · rättad av U0ANNA 23 nov');
    });

    test('control characters in a comment or a quote never reach the terminal', () => {
      const text = render(
        answer({
          quote: 'Vi \u001b[31mavstyrker',
          corrected: { by: 'U0ANNA', at: '2026-11-23T10:00:00Z', comment: 'a\u0007b' },
        }),
      );
      expect(text).not.toMatch(/\p{Cc}(?<!\n)/u);
    });
  });
});

describe('When a respondent result is one page of many', () => {
  const tally = { for: 40, partly: 5, against: 15, neutral: 0 };
  const onePage: SearchResult = {
    query: 'Vision',
    kind: 'respondent',
    respondent: 'Vision',
    matches: [
      {
        remiss: 'SOU 2024:72',
        proposal: '7.2.1',
        title: 'Utveckla en nationell ledarskapsutbildning',
        tally: { for: 0, partly: 1, against: 0, neutral: 0 },
        answers: [
          {
            stanceId: 1,
            documentId: 1,
            respondent: 'Vision',
            stance: 'partly',
            quote: 'Vision välkomnar en nationell ledarskapsutbildning men anser att den ska omfatta alla chefer.',
            file: '000_60d22344ceaed4cd.txt',
            page: 1,
            confidence: 'low',
            reason: 'topic matched to 7.2.1',
          },
        ],
      },
    ],
    choices: [],
    suggestions: [],
    totals: { matches: 60, answers: 60, tally },
  };

  test('the heading and tally use the totals, and the page is named', () => {
    const text = renderSearchResultText(onePage);
    expect(text).toContain('Vision: ståndpunkter i 60 förslag');
    expect(text).toContain('15 avstyrker');
    expect(text).toContain('(visar förslag 1 av 60)');
  });

  test('the hint names how to see the next page, with the offset it starts at', () => {
    const text = renderSearchResultText(onePage, { nextPage: (offset) => `ask --offset ${offset} Vision` });
    expect(text).toContain('(visar förslag 1 av 60 – nästa sida: ask --offset 1 Vision)');
  });

  test('a later page is numbered from its offset', () => {
    const text = renderSearchResultText(onePage, { offset: 30, nextPage: (offset) => `--offset ${offset}` });
    expect(text).toContain('(visar förslag 31 av 60 – nästa sida: --offset 31)');
  });

  test('the last page offers no next page', () => {
    const text = renderSearchResultText(onePage, { offset: 59, nextPage: (offset) => `--offset ${offset}` });
    expect(text).toContain('(visar förslag 60 av 60)');
  });

  test('a page past the end keeps the heading and says how many there are, not "no hits"', () => {
    const text = renderSearchResultText({ ...onePage, matches: [] }, { offset: 80 });
    expect(text).toContain('Vision: ståndpunkter i 60 förslag');
    expect(text).toContain(SEARCH_SV.respondentPastEnd(60));
    expect(text).not.toContain('Inga träffar');
  });
});

describe('When a respondent has answered one proposal', () => {
  test('the heading is in the singular: "ståndpunkt i 1 förslag"', () => {
    expect(SEARCH_SV.respondentHeading('Testkommunen', 1)).toBe('Testkommunen: ståndpunkt i 1 förslag');
    expect(SEARCH_SV.respondentHeading('Testkommunen', 2)).toBe('Testkommunen: ståndpunkter i 2 förslag');
  });
});
