import {
  ingestReasonSv,
  renderIngestReply,
  renderSharedQuote,
  renderStatus,
} from '../../../src/core/render/blocks-messages.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import { answer, match } from '../../helpers/fake-slack-results.js';
import { mrkdwnTexts, quotedTexts } from '../../helpers/rich-text.js';

describe('A shared quote', () => {
  const m = renderSharedQuote(match([answer()]), answer(), 'U42');

  test('is attributed: respondent, stance, proposal, remiss, file and page, and who shared it', () => {
    const text = visibleText(m.blocks);
    expect(text).toContain(':red_circle: *Åstorps kommun* avstyrker *7.2.2 Genomför försöksverksamhet');
    expect(text).toContain('SOU 2024:72 · 002_d8f4ead73eb6a353.txt, s. 2 · Delat av <@U42>');
  });

  test("fits Slack's limits even for a 10,000-character quote, title, name and file name", () => {
    const long = renderSharedQuote(
      match([answer()], { title: 'T'.repeat(10_000), remiss: `SOU ${'9'.repeat(1000)}` }),
      answer({ quote: 'ord '.repeat(2500), respondent: 'R'.repeat(10_000), file: 'f'.repeat(10_000) }),
      'U0123456789',
    );
    expect(messageProblems(long)).toEqual([]);
  });

  test('a quote with mrkdwn, a bare link and control sequences is shown as written and parsed nowhere', () => {
    const quote = 'Vi är *fet* _kursiv_ `kod` https://evil.example/x <!channel> & mer.';
    const file = '_svar_med_understreck_.txt';
    const shared = renderSharedQuote(
      match([answer()], { title: 'Förslag för *alla*' }),
      answer({ quote, file, respondent: '<!here> kommun' }),
      'U42',
    );
    expect(quotedTexts(shared.blocks)).toEqual([quote]);
    const mrkdwn = mrkdwnTexts(shared.blocks).join('\n');
    for (const documentText of ['fet', 'evil.example', 'svar_med', 'alla', '<!here>']) {
      expect(mrkdwn).not.toContain(documentText);
    }
    expect(shared.text).not.toMatch(/<[!@]/);
    expect(messageProblems(shared)).toEqual([]);
  });
});

describe('The reply to a shared file', () => {
  test('says what was understood', () => {
    const reply = renderIngestReply({
      file: 'vision.pdf',
      status: 'added',
      respondent: 'Vision',
      remiss: 'SOU 2024:72',
      tally: { for: 2, partly: 0, against: 1, neutral: 0 },
    });
    expect(visibleText(reply.blocks)).toBe(
      `${SLACK_SV.fileRead('vision.pdf')}\nVision om SOU 2024:72\n1 avstyrker · 2 tillstyrker`,
    );
  });

  test("a file that replaced the respondent's earlier answer under another name says which", () => {
    const reply = renderIngestReply({
      file: 'fss.docx',
      status: 'replaced',
      respondent: 'Föreningen Sveriges socialchefer',
      remiss: 'SOU 2024:72',
      tally: { for: 2, partly: 0, against: 1, neutral: 0 },
      replaces: ['001_ddd1ef1438ff4d2c.txt'],
    });
    expect(visibleText(reply.blocks).split('\n')[0]).toBe(
      SLACK_SV.fileReplacedEarlier('fss.docx', ['001_ddd1ef1438ff4d2c.txt']),
    );
  });

  test('a new version under the same name says so, as before', () => {
    const reply = renderIngestReply({
      file: 'vision.pdf',
      status: 'replaced',
      respondent: 'Vision',
      remiss: 'SOU 2024:72',
      tally: null,
      replaces: [],
    });
    expect(visibleText(reply.blocks).split('\n')[0]).toBe(SLACK_SV.fileReplaced('vision.pdf'));
  });

  test("the inquiry's own report is acknowledged as the betänkande, not as a remissvar from nobody", () => {
    const reply = renderIngestReply({
      file: 'sou.txt',
      status: 'added',
      kind: 'report',
      respondent: null,
      remiss: 'SOU 2024:72',
      tally: { for: 0, partly: 0, against: 0, neutral: 0 },
    });
    const text = visibleText(reply.blocks);
    expect(text).toBe(SLACK_SV.fileIsReport('sou.txt', 'SOU 2024:72'));
    expect(text).toContain('utredningens eget betänkande (SOU 2024:72), inte ett remissvar');
    expect(text).not.toContain(SLACK_SV.unknownRespondent('sou.txt'));
    expect(text).not.toContain(SLACK_SV.fileNoStances);
  });

  test('the notification reads as sentences: file, then who about which remiss, then the counts', () => {
    const reply = renderIngestReply({
      file: 'ny.txt',
      status: 'added',
      respondent: 'Testby kommun',
      remiss: 'SOU 2024:72',
      tally: { for: 2, partly: 0, against: 2, neutral: 0 },
    });
    expect(reply.text).toBe('Läste in ny.txt: Testby kommun om SOU 2024:72. 2 avstyrker · 2 tillstyrker.');
  });

  test('a remissvar without a found respondent is named as unknown, with its file, never by the file alone', () => {
    const reply = renderIngestReply({
      file: 'anonymt.txt',
      status: 'added',
      respondent: null,
      remiss: 'SOU 2024:72',
      tally: { for: 1, partly: 0, against: 1, neutral: 0 },
    });
    expect(visibleText(reply.blocks)).toContain('Okänd remissinstans (anonymt.txt) om SOU 2024:72');
    expect(reply.text).toContain('Okänd remissinstans (anonymt.txt) om SOU 2024:72');
  });

  test('a file name with <!channel> is escaped', () => {
    const reply = renderIngestReply({
      file: '<!channel>.pdf',
      status: 'failed',
      respondent: null,
      remiss: null,
      tally: null,
      reason: SLACK_SV.fileUnreadable,
    });
    // Rich text shows it as written and cannot ping: only a `broadcast` element could. The notification is mrkdwn.
    expect(JSON.stringify(reply.blocks)).not.toContain('"broadcast"');
    expect(reply.text).not.toContain('<!channel>');
    expect(textRuns(reply.blocks)).toContainEqual({ type: 'text', text: '<!channel>.pdf', style: { bold: true } });
  });

  test('a file name with mrkdwn markers is shown as written, in one bold run', () => {
    const reply = renderIngestReply({
      file: 'svar_*slutlig*_.pdf',
      status: 'added',
      respondent: 'Vision',
      remiss: 'SOU 2024:72',
      tally: { for: 1, partly: 0, against: 0, neutral: 0 },
    });
    expect(textRuns(reply.blocks)).toContainEqual({ type: 'text', text: 'svar_*slutlig*_.pdf', style: { bold: true } });
    expect(visibleText(reply.blocks).split('\n')[0]).toBe(SLACK_SV.fileRead('svar_*slutlig*_.pdf'));
  });

  test('every failure code gets a Swedish reason', () => {
    expect(ingestReasonSv('encrypted_file')).toBe(SLACK_SV.fileUnreadable);
    expect(ingestReasonSv('timeout')).toBe(SLACK_SV.fileTimeout);
    expect(ingestReasonSv('answer_kept')).toBe(SLACK_SV.fileAnswerKept);
    expect(ingestReasonSv('not_a_remissvar')).toBe(SLACK_SV.fileNotRemissvar);
    expect(ingestReasonSv('no_text')).toBe(SLACK_SV.fileImage);
    expect(ingestReasonSv('database_unavailable')).toBe(SLACK_SV.fileDatabaseDown);
    expect(ingestReasonSv('something_new')).toBe(SLACK_SV.fileUnexpected);
    expect(ingestReasonSv('reader_crashed')).toBe(SLACK_SV.fileReaderCrashed);
  });
});

describe('The status message', () => {
  test('counts and the last added file in Stockholm time', () => {
    const m = renderStatus(
      {
        remisser: 1,
        responses: 4,
        stances: 26,
        lastAddedAt: '2026-11-23T12:06:41Z',
        lastAddedFile: '004.txt',
        remissList: [{ id: 'SOU 2024:72', title: null }],
      },
      'Europe/Stockholm',
    );
    const text = visibleText(m.blocks);
    expect(text).toContain('1 remiss · 4 remissvar · 26 ståndpunkter');
    expect(text).toContain(SLACK_SV.lastAdded('004.txt', '2026-11-23 13:06'));
    expect(text).toContain('• SOU 2024:72');
  });
});

/** Every text element of the rich_text blocks. */
function textRuns(blocks: readonly unknown[]): unknown[] {
  return JSON.parse(JSON.stringify(blocks)).flatMap((block: { elements?: Array<{ elements?: unknown[] }> }) =>
    (block.elements ?? []).flatMap((part) =>
      (part.elements ?? []).filter((e) => (e as { type: string }).type === 'text'),
    ),
  );
}
