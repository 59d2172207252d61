import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_SV } from '../../src/core/render/export-strings-sv.js';
import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { FAKE_BOT_USER, waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { SEEDS, startTestBot, type TestBot } from './e2e-harness.js';

const CHANNEL = 'C0000000001';
const THREAD = '1700003000.000100';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t.dispose();
});

let seq = 0;
/** `@remiss text` in THREAD; resolves with the bot's posts in the thread once `count` have come. */
async function mention(text: string, count = 1) {
  const ts = `17000031${String(++seq).padStart(2, '0')}.000100`;
  const before = t.fake.callsTo('chat.postMessage').length;
  await t.event({
    type: 'app_mention',
    user: 'U0000000001',
    text: `<@${FAKE_BOT_USER}> ${text}`,
    ts,
    thread_ts: THREAD,
    channel: CHANNEL,
    event_ts: ts,
  });
  return waitFor(() => {
    const posts = t.fake
      .callsTo('chat.postMessage')
      .slice(before)
      .filter((c) => c.body.thread_ts === THREAD);
    return posts.length >= count && posts;
  }, `${count} posts for @remiss ${text}`);
}

describe('When a user mentions the bot with a /remiss command', () => {
  test('"@remiss granska" lists the stances worth a look, in the thread', async () => {
    const [post] = await mention('granska');
    const text = visibleText(post.body.blocks);
    expect(text).toContain(REVIEW_SV.reviewTitle(null));
    expect(text).not.toContain(SLACK_SV.nothingFound('granska'));
  });

  test('"@remiss status" tells what is loaded, in the thread', async () => {
    const [post] = await mention('status');
    expect(visibleText(post.body.blocks)).toContain(SLACK_SV.statusTitle);
  });

  test('"@remiss export SOU 2024:72 md" uploads the remissammanställning into the thread', async () => {
    const uploads = t.fake.callsTo('files.completeUploadExternal').length;
    const [working] = await mention('export SOU 2024:72 md');
    expect(visibleText(working.body.blocks)).toBe(EXPORT_SV.slack.working('SOU 2024:72', 'md'));
    const completed = await waitFor(
      () => t.fake.callsTo('files.completeUploadExternal')[uploads],
      'the upload into the thread',
    );
    expect(completed.body).toMatchObject({ channel_id: CHANNEL, thread_ts: THREAD });
  });
});

/**
 * Slack sends a mention that shares a file twice: as `app_mention` and as a `message` with subtype `file_share`.
 * Returns every message the bot posted in the file's thread, once a later mention elsewhere has been answered
 * (so both events were handled).
 */
async function mentionWithFile(words: string, name: string, ts: string) {
  const url = t.fake.addFile(name, readFileSync(join(SEEDS, name)));
  const files = [{ id: `F${ts}`, name, size: 5000, url_private: url, url_private_download: url }];
  const base = { user: 'U0000000001', text: `<@${FAKE_BOT_USER}> ${words}`, ts, channel: CHANNEL, event_ts: ts, files };
  const before = t.fake.callsTo('chat.postMessage').length;
  const inThread = () =>
    t.fake
      .callsTo('chat.postMessage')
      .slice(before)
      .filter((c) => c.body.thread_ts === ts);
  await t.event({ type: 'app_mention', ...base });
  await t.event({ type: 'message', subtype: 'file_share', channel_type: 'channel', ...base });
  await waitFor(() => inThread()[0], 'the reply about the file');
  await mention('hjälp');
  return inThread();
}

describe('When a mention carries a file ("@remiss här är vårt remissvar" with a TXT)', () => {
  test('the bot replies once, about the file, and does not search for the message text', async () => {
    const name = '000_60d22344ceaed4cd.txt';
    const replies = await mentionWithFile('här är vårt remissvar', name, '1700003200.000100');
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0].body.blocks)).toContain(name);
    expect(t.logger.lines.some((l) => l.includes('surface=mention query="här är vårt remissvar"'))).toBe(false);
  });
});

describe('When a mention carries a file but not the word ("@remiss läs in den här" with a TXT)', () => {
  test('the mention is the request: one reply, about the file', async () => {
    const name = '001_ddd1ef1438ff4d2c.txt';
    const replies = await mentionWithFile('läs in den här', name, '1700003300.000100');
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0].body.blocks)).toContain(name);
  });
});
