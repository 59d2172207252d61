import { type DigestPlan, renderDigest, renderDigestText } from '../../../src/core/render/blocks-digest.js';
import { formatTally, type SlackMessage } from '../../../src/core/render/blocks-search.js';
import { MESSAGE_TEXT_BUDGET, messageTextLength } from '../../../src/core/render/message-budget.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { blockProblems, messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import { mrkdwnTexts, richTexts, styledTexts } from '../../helpers/rich-text.js';

const tally = { for: 10, partly: 1, against: 5, neutral: 0 };

const plan: DigestPlan = {
  since: new Date('2026-11-23T07:00:00Z'),
  entries: [
    {
      respondent: 'Åstorps kommun',
      remiss: 'SOU 2024:72',
      file: '002_d8f4ead73eb6a353.txt',
      tally,
      against: [
        { proposal: '7.2.2', title: 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård' },
      ],
    },
  ],
  conflicts: [
    {
      remiss: 'SOU 2024:72',
      proposals: [
        {
          proposal: '7.2.2',
          title: 'Genomför försöksverksamhet med Magnetmodellen',
          tally: { for: 1, partly: 0, against: 2, neutral: 0 },
        },
      ],
    },
  ],
};

/** CONSTRUCTED: proposal 1.k with a long title, as in the QA run that gave 1,700-character entries. */
function longProposal(k: number) {
  return { proposal: `1.${k}`, title: `Konstruerat förslag ${k} ${'med lång rubrik '.repeat(5)}`.trim() };
}

/** The QA case: 60 new responses to one remiss, each against 15 of its 30 proposals, all 30 disputed. */
function busyDay(): DigestPlan {
  return {
    since: new Date('2026-11-24T07:05:00Z'),
    entries: Array.from({ length: 60 }, (_, i) => ({
      respondent: `Konstruerad myndighet ${i + 1}`,
      remiss: 'SOU 2099:5',
      file: `ny-${i + 1}.txt`,
      tally: { for: 15, partly: 0, against: 15, neutral: 0 },
      against: Array.from({ length: 15 }, (_, k) => longProposal(2 * k + 1 + (i % 2))),
    })),
    conflicts: [
      {
        remiss: 'SOU 2099:5',
        proposals: Array.from({ length: 30 }, (_, k) => ({
          ...longProposal(k + 1),
          tally: { for: 30, partly: 0, against: 30, neutral: 0 },
        })),
      },
    ],
  };
}

describe('The digest message', () => {
  const message = renderDigest(plan, '2026-11-23 08:00');
  const text = visibleText(message.blocks);

  test('names the respondent, remiss, file and counts per stance', () => {
    expect(text).toContain('*Åstorps kommun* · SOU 2024:72 · _002_d8f4ead73eb6a353.txt_');
    expect(text).toContain('5 avstyrker · 1 tillstyrker delvis · 10 tillstyrker');
  });

  test('lists the proposals the response avstyrker and where respondents disagree', () => {
    expect(text).toContain(':red_circle: avstyrker: 7.2.2 Genomför försöksverksamhet');
    expect(text).toContain(`*${SLACK_SV.digestDisagree}* SOU 2024:72`);
  });

  test('puts where respondents disagree before the list of new responses', () => {
    expect(text.indexOf(SLACK_SV.digestDisagree)).toBeLessThan(text.indexOf('*Åstorps kommun*'));
  });

  test('says since when', () => {
    expect(text).toContain(SLACK_SV.digestSince('2026-11-23 08:00'));
  });

  test('200 new responses stay within 50 blocks and say how many more there are', () => {
    const big = {
      ...plan,
      entries: Array.from({ length: 200 }, (_, i) => ({ ...plan.entries[0], respondent: `<!channel> kommun ${i}` })),
    };
    const m = renderDigest(big, null);
    expect(blockProblems(m.blocks)).toEqual([]);
    const shown = visibleText(m.blocks)
      .split('\n')
      .filter((l) => l.startsWith('*<!channel> kommun')).length;
    expect(shown).toBeGreaterThan(0);
    expect(visibleText(m.blocks)).toContain(SLACK_SV.digestMore(200 - shown));
    // Shown as written in rich text, where only a `broadcast` element could ping; never in mrkdwn.
    expect(mrkdwnTexts(m.blocks).join('\n')).not.toContain('channel');
    expect(JSON.stringify(m.blocks)).not.toContain('"broadcast"');
    expect(m.text).not.toContain('<!channel>');
  });
});

describe('The digest on a busy day (60 responses, 30 disputed proposals)', () => {
  const m = renderDigest(busyDay(), '2026-11-24 08:05');
  const text = visibleText(m.blocks);

  test("stays within Slack's limits", () => {
    expect(blockProblems(m.blocks)).toEqual([]);
  });

  test('says how many disputed proposals are not listed', () => {
    const listed = text.split('\n').filter((l) => l.startsWith('• 1.')).length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(30);
    expect(text).toContain(SLACK_SV.digestMoreProposals(30 - listed));
  });

  test('an entry against many proposals names them by number, briefly', () => {
    const entries = m.blocks.flatMap((b) => (b.type === 'rich_text' ? [visibleText([b])] : []));
    const entryText = entries.find((t) => t.includes('myndighet 1*')) ?? '';
    expect(entryText).toContain(`${SLACK_SV.stanceLabel.against} 15 förslag: 1.1, 1.3, 1.5`);
    expect(entryText).not.toContain('med lång rubrik');
    expect(entryText.length).toBeLessThan(400);
  });

  test('says how many responses are not listed', () => {
    const listed = text.split('\n').filter((l) => l.startsWith('*Konstruerad myndighet')).length;
    expect(text).toContain(SLACK_SV.digestMore(60 - listed));
  });
});

describe('The digest with disagreement in many remisser', () => {
  test('says how many remisser with disagreement are not shown', () => {
    const conflicts = Array.from({ length: 12 }, (_, i) => ({
      remiss: `SOU 2099:${i + 1}`,
      proposals: [{ proposal: '1.1', title: 'Förslag', tally: { for: 1, partly: 0, against: 1, neutral: 0 } }],
    }));
    const m = renderDigest({ ...plan, conflicts }, null);
    expect(blockProblems(m.blocks)).toEqual([]);
    const text = visibleText(m.blocks);
    const shown = text.split('\n').filter((l) => l.startsWith(`*${SLACK_SV.digestDisagree}*`)).length;
    expect(shown).toBeLessThan(12);
    expect(text).toContain(SLACK_SV.digestMoreConflicts(12 - shown));
  });
});

describe('The dry-run text', () => {
  test('says nothing is sent when nothing is new', () => {
    expect(renderDigestText({ since: null, entries: [], conflicts: [] }, null)).toBe(SLACK_SV.digestNothing);
  });

  test('lists disagreement first and every proposal by its label', () => {
    const text = renderDigestText(plan, '2026-11-23 08:00');
    expect(text.indexOf(SLACK_SV.digestDisagree)).toBeLessThan(text.indexOf('Åstorps kommun'));
    expect(text).toContain('avstyrker: 7.2.2 Genomför försöksverksamhet med Magnetmodellen');
  });
});

/** Constructed: document text that uses mrkdwn, a broadcast and a bare link, in every place the digest names it. */
const MARKUP_TITLE = 'Förslag om *alla* _x_ <!here> https://evil.example/a?b=1&c=2';
const MARKUP_NAME = 'Kommun *alla* _x_ <!channel>';
const MARKUP_FILE = 'svar_*slutlig*_.pdf';
const MARKUP_REMISS = 'Plan för *alla* <!here>';

describe('When document text holds mrkdwn, a bare link and control sequences', () => {
  const disputed = { for: 1, partly: 0, against: 1, neutral: 0 };
  const few = { respondent: MARKUP_NAME, remiss: MARKUP_REMISS, file: MARKUP_FILE, tally };
  const m = renderDigest(
    {
      since: null,
      entries: [
        { ...few, against: [{ proposal: '1.1', title: MARKUP_TITLE }] },
        // Against many: named by number, or by the start of the title when there is none.
        {
          ...few,
          against: [
            { proposal: null, title: MARKUP_TITLE },
            ...Array.from({ length: 6 }, (_, k) => ({ proposal: `2.${k + 1}`, title: MARKUP_TITLE })),
          ],
        },
      ],
      conflicts: [{ remiss: MARKUP_REMISS, proposals: [{ proposal: '1.1', title: MARKUP_TITLE, tally: disputed }] }],
    },
    null,
  );

  test('names, file names, remisser and titles are literal rich text, as written', () => {
    expect(styledTexts(m.blocks, 'bold')).toContain(MARKUP_NAME);
    expect(styledTexts(m.blocks, 'italic')).toContain(MARKUP_FILE);
    const literal = richTexts(m.blocks).join('\n');
    expect(literal).toContain(`1.1 ${MARKUP_TITLE}`);
    expect(literal).toContain(MARKUP_REMISS);
    expect(literal).toContain('Förslag om *alla* _x_');
  });

  test('no mrkdwn field carries any of it, and nothing becomes a link or a broadcast', () => {
    const mrkdwn = mrkdwnTexts(m.blocks).join('\n');
    for (const part of ['alla', 'slutlig', 'here', 'channel', 'evil.example']) expect(mrkdwn).not.toContain(part);
    const json = JSON.stringify(m.blocks);
    expect(json).not.toContain('"broadcast"');
    expect(json).not.toContain('"link"');
    expect(messageProblems(m)).toEqual([]);
  });

  test('the notification text stays escaped mrkdwn', () => {
    expect(m.text).not.toContain('<!channel>');
  });
});

/**
 * CONSTRUCTED from the QA run: a deadline day of 45 new remissvar shaped like Åstorps kommun's (seeds/002): 5
 * objections each, named with their full titles, and the proposals they dispute. The digest came to 21,641
 * characters, which chat.postMessage refuses.
 */
const ASTORP_AGAINST = [
  { proposal: '4.3', title: 'Stärkt möjlighet för kommuner att anlita läkare på regionens bekostnad' },
  { proposal: '4.4.3', title: 'Det bör inte införas sanktioner inom läkarmedverkan' },
  {
    proposal: '5.4',
    title: 'Det ska inte vara förbjudet för kommuner att anställa läkare för patientnära kliniskt arbete',
  },
  { proposal: '7.2.2', title: 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård' },
  { proposal: '7.2.4', title: 'Avancerad specialistsjuksköterska kan stärka kompetensen och karriärmöjligheterna' },
];

function deadlineDay(n: number): DigestPlan {
  return {
    since: new Date('2026-11-23T07:00:00Z'),
    entries: Array.from({ length: n }, (_, i) => ({
      respondent: `Konstruerad kommun ${i + 1}`,
      remiss: 'SOU 2024:72',
      file: `kommun-${i + 1}-remissvar-slutlig-version.pdf`,
      tally,
      against: ASTORP_AGAINST,
    })),
    conflicts: [
      {
        remiss: 'SOU 2024:72',
        proposals: ASTORP_AGAINST.map((p) => ({ ...p, tally: { for: 3, partly: 1, against: n, neutral: 0 } })),
      },
    ],
  };
}

/** The names of the entries a digest shows (bold runs that name a constructed respondent). */
function shownEntries(m: SlackMessage, prefix: string): string[] {
  return styledTexts(m.blocks, 'bold').filter((t) => t.startsWith(prefix));
}

describe('The digest on a deadline day (45 remissvar like Åstorp’s)', () => {
  const m = renderDigest(deadlineDay(45), '2026-11-23 08:00');

  test('stays within the message budget, which Slack posts', () => {
    expect(messageTextLength(m)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
    expect(messageProblems(m)).toEqual([]);
  });

  test('shows whole entries and says how many more there are', () => {
    const shown = shownEntries(m, 'Konstruerad kommun').length;
    expect(shown).toBeGreaterThan(0);
    if (shown < 45) expect(visibleText(m.blocks)).toContain(SLACK_SV.digestMore(45 - shown));
    // Each shown entry has its tally and its objections.
    const entries = m.blocks.map((b) => visibleText([b])).filter((t) => t.includes('*Konstruerad kommun'));
    for (const e of entries) {
      expect(e).toContain(formatTally(tally));
      expect(e).toContain(`${SLACK_SV.stanceLabel.against}`);
      expect(e).toContain('7.2.2');
    }
  });

  test('when not all fit with full titles, names the objections by number, to show more responses', () => {
    const few = renderDigest(deadlineDay(3), '2026-11-23 08:00');
    expect(visibleText(few.blocks)).toContain('7.2.2 Genomför försöksverksamhet');
    expect(shownEntries(m, 'Konstruerad kommun').length).toBeGreaterThan(15);
    expect(visibleText(m.blocks)).toContain(`${SLACK_SV.stanceLabel.against} 5 förslag: 4.3, 4.4.3, 5.4, 7.2.2, 7.2.4`);
  });

  test('the busy day with 30 disputed proposals of long titles stays within the budget and still lists responses', () => {
    const busy = renderDigest(busyDay(), '2026-11-24 08:05');
    expect(messageTextLength(busy)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
    expect(shownEntries(busy, 'Konstruerad myndighet').length).toBeGreaterThan(0);
  });

  test('disagreement in many remisser with long titles leaves room for the responses', () => {
    const conflicts = Array.from({ length: 5 }, (_, r) => ({
      remiss: `SOU 2099:${r + 1}`,
      proposals: Array.from({ length: 10 }, (_, k) => ({
        ...longProposal(k + 1),
        tally: { for: 5, partly: 0, against: 5, neutral: 0 },
      })),
    }));
    const many = renderDigest({ ...deadlineDay(45), conflicts }, null);
    expect(messageTextLength(many)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
    expect(shownEntries(many, 'Konstruerad kommun').length).toBeGreaterThan(0);
    const text = visibleText(many.blocks);
    const shownRemisser = text.split('\n').filter((l) => l.startsWith(`*${SLACK_SV.digestDisagree}*`)).length;
    expect(shownRemisser).toBeGreaterThan(0);
    if (shownRemisser < 5) expect(text).toContain(SLACK_SV.digestMoreConflicts(5 - shownRemisser));
  });

  test('rendered for a smaller budget (after Slack refused one), it is smaller and still says what it left out', () => {
    const small = renderDigest(deadlineDay(45), '2026-11-23 08:00', 3000);
    expect(messageTextLength(small)).toBeLessThanOrEqual(3000);
    const shown = shownEntries(small, 'Konstruerad kommun').length;
    expect(shown).toBeGreaterThan(0);
    expect(visibleText(small.blocks)).toContain(SLACK_SV.digestMore(45 - shown));
  });
});
