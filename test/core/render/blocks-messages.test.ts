import {
  ingestReasonSv,
  renderIngestReply,
  renderSharedQuote,
  renderStatus,
} from '../../../src/core/render/blocks-messages.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { blockProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import { answer, match } from '../../helpers/fake-slack-results.js';

describe('A shared quote', () => {
  const m = renderSharedQuote(match([answer()]), answer(), 'U42');

  test('is attributed: respondent, stance, proposal, remiss, file and page, and who shared it', () => {
    const text = visibleText(m.blocks);
    expect(text).toContain(':red_circle: *Åstorps kommun* avstyrker *7.2.2 Genomför försöksverksamhet');
    expect(text).toContain('SOU 2024:72 · 002_d8f4ead73eb6a353.txt, s. 2 · Delat av <@U42>');
  });

  test("fits Slack's limits even for a 10,000-character quote", () => {
    const long = renderSharedQuote(match([answer()]), answer({ quote: 'ord '.repeat(2500) }));
    expect(blockProblems(long.blocks)).toEqual([]);
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

  test('a file name with <!channel> is escaped', () => {
    const reply = renderIngestReply({
      file: '<!channel>.pdf',
      status: 'failed',
      respondent: null,
      remiss: null,
      tally: null,
      reason: SLACK_SV.fileUnreadable,
    });
    expect(JSON.stringify(reply)).not.toContain('<!channel>');
  });

  test('every failure code gets a Swedish reason', () => {
    expect(ingestReasonSv('encrypted_file')).toBe(SLACK_SV.fileUnreadable);
    expect(ingestReasonSv('not_a_remissvar')).toBe(SLACK_SV.fileNotRemissvar);
    expect(ingestReasonSv('reader_crashed')).toBe(SLACK_SV.fileReaderCrashed);
    expect(ingestReasonSv('something_new')).toBe(SLACK_SV.actionFailed);
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
    expect(text).toContain('Senast tillagd: 004.txt (2026-11-23 13:06)');
    expect(text).toContain('• SOU 2024:72');
  });
});
