import { ACTION, decodeQueryValue } from '../../../src/core/render/blocks-actions.js';
import { renderSearchResult } from '../../../src/core/render/blocks-search.js';
import { MESSAGE_TEXT_BUDGET, messageTextLength } from '../../../src/core/render/message-budget.js';
import { SEARCH_SV, SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { renderSearchResultText } from '../../../src/core/render/text.js';
import type { Choice, SearchResult } from '../../../src/core/search/types.js';
import { buttons, messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import { MAGNET_TITLE } from '../../helpers/fake-slack-results.js';

type Json = Record<string, unknown>;

function choiceResult(choices: Choice[], extra: Partial<SearchResult> = {}): SearchResult {
  return { query: '7.2.2', kind: 'proposal', matches: [], choices, suggestions: [], ...extra };
}

/** Constructed: `n` proposals numbered 7.1–7.n of one remiss, as `/remiss 7` or `/remiss SOU 2099:7` lists them. */
function proposals(n: number, remiss = 'SOU 2099:7'): Choice[] {
  return Array.from({ length: n }, (_, i) => ({
    label: `7.${i + 1} Konstruerat förslag nummer ${i + 1} (${remiss})`,
    query: `7.${i + 1} ${remiss}`,
  }));
}

/** Each pick button with the text a user reads beside it: the block that holds the button. */
function picks(blocks: unknown): Array<{ query: string; shown: string }> {
  return (blocks as Json[]).flatMap((block) =>
    buttons([block])
      .filter((b) => b.action_id.startsWith(ACTION.pick))
      .map((b) => ({ query: decodeQueryValue(b.value)?.q ?? '', shown: visibleText([block]) })),
  );
}

describe('When one section number is in two remisser whose proposals have the same long title', () => {
  // The 75-character button limit used to cut off the " (SOU 2024:72)" that tells the two apart.
  const result = choiceResult([
    { label: `7.2.2 ${MAGNET_TITLE}`, query: '7.2.2 Ds 2025:3', remiss: 'Ds 2025:3' },
    { label: `7.2.2 ${MAGNET_TITLE}`, query: '7.2.2 SOU 2024:72', remiss: 'SOU 2024:72' },
  ]);
  const message = renderSearchResult(result, { audience: 'private' });

  test('every choice shows the remiss it picks', () => {
    const shown = picks(message.blocks);
    expect(shown.map((p) => p.query)).toEqual(['7.2.2 Ds 2025:3', '7.2.2 SOU 2024:72']);
    for (const { query, shown: text } of shown) expect(text).toContain(query.replace('7.2.2 ', ''));
  });

  test('no two choices read the same', () => {
    const shown = picks(message.blocks).map((p) => p.shown);
    expect(new Set(shown).size).toBe(shown.length);
  });

  test('the whole title is shown, not cut at 75 characters', () => {
    expect(picks(message.blocks)[0].shown).toContain(MAGNET_TITLE);
  });

  test('the message is valid for Slack', () => {
    expect(messageProblems(message)).toEqual([]);
  });

  test('a screen reader hears which remiss each "Välj" picks: the remiss comes first when the label is cut', () => {
    const labels = (message.blocks as unknown as Json[]).flatMap((b) => {
      const accessory = b.accessory as Json | undefined;
      return accessory?.type === 'button' ? [String(accessory.accessibility_label)] : [];
    });
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    expect(labels[0]).toMatch(/^Välj Ds 2025:3 · 7\.2\.2 Genomför/);
    expect(labels[1]).toMatch(/^Välj SOU 2024:72 · 7\.2\.2 Genomför/);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(75);
  });

  test('a label that fits is read out whole, as written', () => {
    const short = renderSearchResult(
      choiceResult([
        { label: 'Åstorps kommun', query: 'Åstorps kommun' },
        { label: 'Åstorp', query: 'Åstorp' },
      ]),
      {
        audience: 'private',
      },
    );
    const accessory = (short.blocks as unknown as Json[]).find(
      (b) => (b.accessory as Json | undefined)?.type === 'button',
    )?.accessory as Json;
    expect(accessory.accessibility_label).toBe('Välj Åstorps kommun');
  });
});

describe('When a pick list has 40 choices with long titles', () => {
  const long = Array.from({ length: 120 }, (_, i) => ({
    label: `7.${i + 1} ${MAGNET_TITLE} och ${'en mycket lång fortsättning av rubriken '.repeat(4)}(SOU 2099:7)`,
    query: `7.${i + 1} SOU 2099:7`,
  }));

  test('every page stays within the message budget, and "Visa fler" reaches every choice once', () => {
    const seen: string[] = [];
    let offset: number | undefined = 0;
    for (let guard = 0; offset !== undefined && guard < 50; guard++) {
      const page = renderSearchResult(choiceResult(long, { kind: 'none', query: 'SOU 2099:7' }), {
        audience: 'private',
        offset,
      });
      expect(messageTextLength(page)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
      expect(messageProblems(page)).toEqual([]);
      seen.push(...picks(page.blocks).map((p) => p.query));
      const more = buttons(page.blocks).find((b) => b.action_id === ACTION.showMore);
      offset = more ? decodeQueryValue(more.value)?.o : undefined;
    }
    expect(seen).toEqual(long.map((c) => c.query));
  });
});

describe('When a remiss named alone has 16 proposals', () => {
  const result = choiceResult(proposals(16), { query: 'SOU 2099:7', kind: 'none' });
  const message = renderSearchResult(result, { audience: 'private' });

  test('all 16 can be picked', () => {
    expect(picks(message.blocks).map((p) => p.query)).toEqual(proposals(16).map((c) => c.query));
  });

  test('it asks which proposal of the remiss, as the terminal does', () => {
    expect(visibleText(message.blocks)).toContain(SEARCH_SV.pickRemissProposal('SOU 2099:7'));
  });

  test('the notification says what the message is', () => {
    expect(message.text).toContain(SEARCH_SV.pickRemissProposal('SOU 2099:7'));
    expect(message.text).toContain('16');
  });
});

describe('When a chapter lists more proposals than one message holds (120)', () => {
  const all = proposals(120);
  const result = choiceResult(all, { query: '7', kind: 'none' });

  test('"Visa fler" reaches every one of them exactly once, every page within the limits', () => {
    const seen: string[] = [];
    let offset: number | undefined = 0;
    for (let pages = 0; offset !== undefined; pages++) {
      expect(pages).toBeLessThan(10);
      const message = renderSearchResult(result, { audience: 'private', offset });
      expect(messageProblems(message)).toEqual([]);
      seen.push(...picks(message.blocks).map((p) => p.query));
      const more = buttons(message.blocks).find((b) => b.action_id === ACTION.showMore);
      offset = more ? decodeQueryValue(more.value)?.o : undefined;
    }
    expect(seen).toEqual(all.map((c) => c.query));
  });

  test('the first page says how many there are and how many it shows', () => {
    const message = renderSearchResult(result, { audience: 'private' });
    const shown = picks(message.blocks).length;
    expect(shown).toBeLessThan(120);
    expect(visibleText(message.blocks)).toContain(SLACK_SV.showingChoices(1, shown, 120));
  });

  test('a later page says which part of the list it is, also in the notification', () => {
    const message = renderSearchResult(result, { audience: 'private', offset: 40 });
    const shown = picks(message.blocks).length;
    expect(visibleText(message.blocks)).toContain(SLACK_SV.showingChoices(41, 40 + shown, 120));
    expect(message.text).toContain(SLACK_SV.showingChoices(41, 40 + shown, 120));
  });

  test('in a thread, the pick buttons and "Visa fler" stay in the thread', () => {
    const message = renderSearchResult(result, { audience: 'thread', threadTs: '1700000000.000100' });
    const values = buttons(message.blocks).map((b) => decodeQueryValue(b.value));
    expect(values.every((v) => v?.t === '1700000000.000100')).toBe(true);
  });
});

describe('When search found more equally good names than it lists (14, of which 10 are listed)', () => {
  const respondents = Array.from({ length: 10 }, (_, i) => ({
    label: `Kommun${i + 1} kommun`,
    query: `Kommun${i + 1}`,
  }));
  const result = choiceResult(respondents, { query: 'kommun', kind: 'respondent', choicesTotal: 14 });

  test('Slack says how many more there are and how to narrow the list', () => {
    expect(visibleText(renderSearchResult(result, { audience: 'private' }).blocks)).toContain(SEARCH_SV.moreChoices(4));
  });

  test('the terminal says the same', () => {
    expect(renderSearchResultText(result)).toContain(SEARCH_SV.moreChoices(4));
  });

  test('a list that is whole says nothing of the kind, in either', () => {
    const whole = choiceResult(respondents, { query: 'kommun', kind: 'respondent' });
    expect(visibleText(renderSearchResult(whole, { audience: 'private' }).blocks)).not.toMatch(/och \d+ till/);
    expect(renderSearchResultText(whole)).not.toMatch(/och \d+ till/);
  });
});

describe('When a query names a remiss the database does not have', () => {
  const result: SearchResult = {
    query: '7.2.2 SOU 2099:1',
    kind: 'none',
    matches: [],
    choices: [],
    suggestions: [{ label: 'SOU 2024:72 Stärkt medicinsk kompetens', query: 'SOU 2024:72' }],
    notices: ['unknown_remiss'],
  };

  test('the remisser offered are called the known remisser, as in the terminal', () => {
    const text = visibleText(renderSearchResult(result, { audience: 'private' }).blocks);
    expect(text).toContain(SEARCH_SV.knownRemisser);
    expect(text).not.toContain(SLACK_SV.didYouMean);
  });
});

describe('When a query was cut to 200 characters', () => {
  test('a reply that finds nothing says so', () => {
    const result: SearchResult = {
      query: 'x'.repeat(200),
      kind: 'none',
      matches: [],
      choices: [],
      suggestions: [],
      notices: ['truncated'],
    };
    expect(visibleText(renderSearchResult(result, { audience: 'private' }).blocks)).toContain(SLACK_SV.queryTruncated);
  });

  test('a pick list says so', () => {
    const result = choiceResult(proposals(3), { notices: ['truncated'] });
    expect(visibleText(renderSearchResult(result, { audience: 'private' }).blocks)).toContain(SLACK_SV.queryTruncated);
  });
});

describe('When a choice label holds Slack control sequences and mrkdwn', () => {
  const result = choiceResult([
    { label: '9.1 Förslag om <!here> och *alla* (SOU 2099:1)', query: '9.1 SOU 2099:1' },
    { label: '9.1 Förslag om _annat_ (Ds 2099:1)', query: '9.1 Ds 2099:1' },
  ]);
  const message = renderSearchResult(result, { audience: 'private' });

  test('it is shown as written, as plain text that pings nobody and formats nothing', () => {
    const rows = (message.blocks as unknown as Json[]).filter((b) =>
      buttons([b]).some((x) => x.action_id.startsWith(ACTION.pick)),
    );
    expect(rows.map((b) => (b.text as Json).type)).toEqual(['plain_text', 'plain_text']);
    expect(visibleText(rows)).toContain('9.1 Förslag om <!here> och *alla* (SOU 2099:1)');
  });
});

describe('The question over a pick list of one remiss or chapter', () => {
  test('names a bare number as a chapter, a dotted one as a section, and anything else as written', () => {
    expect(SEARCH_SV.pickRemissProposal('7')).toBe('Vilket förslag i kapitel 7?');
    expect(SEARCH_SV.pickRemissProposal('7.2')).toBe('Vilket förslag i avsnitt 7.2?');
    expect(SEARCH_SV.pickRemissProposal('kapitel 7')).toBe('Vilket förslag i kapitel 7?');
    expect(SEARCH_SV.pickRemissProposal('SOU 2024:72')).toBe('Vilket förslag i SOU 2024:72?');
  });
});

describe('When choices carry their remiss apart from the label (as search makes them)', () => {
  const twoRemisser = choiceResult([
    { label: `7.2.2 ${MAGNET_TITLE}`, remiss: 'Ds 2025:3', query: '7.2.2 Ds 2025:3' },
    { label: `7.2.2 ${MAGNET_TITLE}`, remiss: 'SOU 2024:72', query: '7.2.2 SOU 2024:72' },
  ]);

  test('across two remisser each row names its own', () => {
    const shown = picks(renderSearchResult(twoRemisser, { audience: 'private' }).blocks).map((p) => p.shown);
    expect(shown[0]).toContain(`${MAGNET_TITLE} (Ds 2025:3)`);
    expect(shown[1]).toContain(`${MAGNET_TITLE} (SOU 2024:72)`);
  });

  test('screen readers hear the remiss first, so a label cut at 75 characters still tells the two apart', () => {
    const labels = (renderSearchResult(twoRemisser, { audience: 'private' }).blocks as unknown as Json[])
      .map((b) => (b.accessory as Json | undefined)?.accessibility_label as string | undefined)
      .filter(Boolean);
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    expect(labels[0]).toMatch(/^Välj Ds 2025:3 · 7\.2\.2 /);
    for (const label of labels) expect(label?.length).toBeLessThanOrEqual(75);
  });

  test('within one remiss the rows leave it out and the message names it once', () => {
    const one = choiceResult(
      [
        { label: '1.9 Ledarskapsutbildning för chefer – tillsyn', remiss: 'SOU 2096:1', query: '1.9 SOU 2096:1' },
        { label: '2.9 Magnetmodellen i vården – tillsyn', remiss: 'SOU 2096:1', query: '2.9 SOU 2096:1' },
      ],
      { query: 'tillsyn' },
    );
    const message = renderSearchResult(one, { audience: 'private' });
    expect(picks(message.blocks).map((p) => p.shown.split('\n')[0])).toEqual([
      '1.9 Ledarskapsutbildning för chefer – tillsyn',
      '2.9 Magnetmodellen i vården – tillsyn',
    ]);
    expect(visibleText(message.blocks).match(/SOU 2096:1/g)).toHaveLength(1);
    expect(visibleText(message.blocks)).toContain(SEARCH_SV.allInRemiss('SOU 2096:1'));
  });

  test('a list whose question names the remiss does not say it again', () => {
    const list = choiceResult([{ label: '1.1 Ansvar', remiss: 'SOU 2096:1', query: '1.1 SOU 2096:1' }], {
      query: 'SOU 2096:1',
      kind: 'none',
    });
    expect(visibleText(renderSearchResult(list, { audience: 'private' }).blocks)).not.toContain(
      SEARCH_SV.allInRemiss('SOU 2096:1'),
    );
  });
});

describe('When search cut a list longer than one message', () => {
  const many = Array.from({ length: 45 }, (_, i) => ({ label: `Kommun${i + 1} kommun`, query: `Kommun${i + 1}` }));
  const result = choiceResult(many, { query: 'kommun', kind: 'respondent', choicesTotal: 50 });

  test('"… och 5 till" stands under its last page only, not beside "Visa fler"', () => {
    const first = visibleText(renderSearchResult(result, { audience: 'private' }).blocks);
    const last = visibleText(renderSearchResult(result, { audience: 'private', offset: 40 }).blocks);
    expect(first).not.toContain(SEARCH_SV.moreChoices(5));
    expect(last).toContain(SEARCH_SV.moreChoices(5));
  });
});
