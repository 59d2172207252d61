import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import { waitFor } from '../helpers/fake-slack.js';
import { buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { styledTexts } from '../helpers/rich-text.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/**
 * A remissvar whose respondent the parser cannot find (README: `respondent: null` and a warning), shared as a file.
 * CONSTRUCTED: a reply letter with two numbered answers and no sender anywhere in it.
 */
const ANONYMOUS = [
  'Remissvar över betänkandet SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
  '',
  '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
  '',
  'Svar: Vi avstyrker förslaget eftersom modellen är kostsam.',
  '',
  '7.2.4 Avancerad specialistsjuksköterska kan stärka kompetensen och karriärmöjligheterna',
  '',
  'Svar: Vi tillstyrker förslaget.',
].join('\n');
const NAME = 'Okänd remissinstans (anonymt.txt)';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
  const url = t.fake.addFile('anonymt.txt', Buffer.from(ANONYMOUS));
  await t.event({
    type: 'message',
    subtype: 'file_share',
    text: 'remissvar',
    user: 'U0000000001',
    ts: '1700000900.000100',
    channel: 'C0000000001',
    channel_type: 'channel',
    event_ts: '1700000900.000100',
    files: [{ id: 'FA', name: 'anonymt.txt', size: ANONYMOUS.length, url_private: url, url_private_download: url }],
  });
});
afterAll(() => t.dispose());

describe('When a remissvar without a found respondent is shared and then searched', () => {
  test('the reply in its thread names it as unknown, with its file', async () => {
    const reply = await waitFor(
      () => t.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === '1700000900.000100'),
      'the reply to the file',
      20_000,
    );
    expect(visibleText(reply.body.blocks)).toContain(`${NAME} om SOU 2024:72`);
    expect(reply.body.text).toBe(`Läste in anonymt.txt: ${NAME} om SOU 2024:72. 1 avstyrker · 1 tillstyrker.`);
  });

  test('an answer is shown under that name, not under its bare file name in bold', async () => {
    const answer = await t.command('7.2.2 SOU 2024:72');
    const bold = styledTexts(answer.body.blocks, 'bold');
    expect(bold).toContain(NAME);
    expect(bold).not.toContain('anonymt.txt');
  });

  test('shared in the channel, it says the same', async () => {
    const answer = await t.command('7.2.2 SOU 2024:72');
    const shares = buttons(answer.body.blocks).filter((b) => b.action_id.startsWith('remiss_share_channel'));
    const texts: string[] = [];
    for (const [i, share] of shares.entries()) {
      await t.interaction(buttonClick({ button: share, response_url: t.fake.responseUrl(`share-${i}`) }));
      const shared = await waitFor(() => t.fake.responses.find((r) => r.id === `share-${i}`), 'the share');
      texts.push(shared.body.text);
    }
    expect(texts).toContainEqual(expect.stringContaining(`${NAME} avstyrker 7.2.2`));
    expect(texts.join('\n')).not.toMatch(/^anonymt\.txt/m);
  });

  test('/remiss granska lists it as needing review', async () => {
    const list = await t.command('granska SOU 2024:72');
    const text = visibleText(list.body.blocks);
    expect(text).toContain(REVIEW_SV.reviewUnattributedHeading(1));
    expect(text).toContain('_anonymt.txt_ · SOU 2024:72 · 1 avstyrker · 1 tillstyrker');
  });
});
