import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAKE_BOT_USER, waitFor } from '../helpers/fake-slack.js';
import { eventBody } from '../helpers/fake-slack-requests.js';
import { SEEDS, startTestBot, type TestBot } from './e2e-harness.js';

/**
 * Slack redelivers an event it thinks was not received (no answer within 3 s: an event-loop stall, a restart):
 * the same envelope, the same `event_id`, with `X-Slack-Retry-Num` and `X-Slack-Retry-Reason`. The bot answers
 * an event once however often it arrives (QA pass 2, finding 8).
 */
let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t.dispose();
});

async function deliver(event: unknown, eventId: string, retry?: number): Promise<void> {
  const headers = retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : undefined;
  const response = await t.send(eventBody(event, eventId), 'application/json', { headers });
  expect(response.status).toBe(200);
}

function repliesIn(threadTs: string): number {
  return t.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === threadTs).length;
}

/** Deliveries of `eventId` the bot logged as redeliveries it did not handle again. */
function dropped(eventId: string): number {
  return t.logger.lines.filter((line) => line.includes('redelivered') && line.includes(eventId)).length;
}

/** Until each of `deliveries` is accounted for: answered in the thread, or logged as a dropped redelivery. */
async function settled(threadTs: string, eventIds: string[], deliveries: number): Promise<void> {
  const accounted = () => repliesIn(threadTs) + eventIds.reduce((n, id) => n + dropped(id), 0);
  await waitFor(() => accounted() >= deliveries, `${deliveries} deliveries answered or dropped`, 20_000);
}

describe('When Slack delivers one @remiss three times (the first and two retries)', () => {
  test('the thread gets one answer', async () => {
    const ts = '1700000700.000100';
    const mention = {
      type: 'app_mention',
      user: 'U0000000001',
      text: `<@${FAKE_BOT_USER}> 7.2.2`,
      ts,
      channel: 'C0000000001',
      event_ts: ts,
    };
    await deliver(mention, 'Ev0REDELIVER1');
    await deliver(mention, 'Ev0REDELIVER1', 1);
    await deliver(mention, 'Ev0REDELIVER1', 2);
    await settled(ts, ['Ev0REDELIVER1'], 3);
    expect(repliesIn(ts)).toBe(1);
  });

  test('two different events with the same text are both answered: only a redelivery is dropped', async () => {
    const ts = '1700000710.000100';
    const mention = (eventTs: string) => ({
      type: 'app_mention',
      user: 'U0000000001',
      text: `<@${FAKE_BOT_USER}> 7.2.2`,
      ts: eventTs,
      thread_ts: ts,
      channel: 'C0000000001',
      event_ts: eventTs,
    });
    await deliver(mention('1700000711.000100'), 'Ev0DISTINCT1');
    await deliver(mention('1700000712.000100'), 'Ev0DISTINCT2');
    await settled(ts, ['Ev0DISTINCT1', 'Ev0DISTINCT2'], 2);
    expect(repliesIn(ts)).toBe(2);
    expect(dropped('Ev0DISTINCT1') + dropped('Ev0DISTINCT2')).toBe(0);
  });
});

describe('When Slack delivers one shared remissvar twice', () => {
  test('the file gets one reply, not a second "är redan inläst"', async () => {
    const bytes = readFileSync(join(SEEDS, '002_d8f4ead73eb6a353.txt'));
    const url = t.fake.addFile('astorp-igen.txt', bytes);
    const ts = '1700000800.000100';
    const share = {
      type: 'message',
      subtype: 'file_share',
      text: 'vårt remissvar',
      user: 'U0000000001',
      ts,
      channel: 'C0000000001',
      channel_type: 'channel',
      event_ts: ts,
      files: [{ id: 'F0REDELIVER', name: 'astorp-igen.txt', size: bytes.length, url_private: url }],
    };
    await deliver(share, 'Ev0REDELIVER2');
    await deliver(share, 'Ev0REDELIVER2', 1);
    await settled(ts, ['Ev0REDELIVER2'], 2);
    expect(repliesIn(ts)).toBe(1);
  });
});
