import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { largeText } from '../helpers/large-text.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({ seeds: ['000_60d22344ceaed4cd.txt', '002_d8f4ead73eb6a353.txt'] });
});
afterAll(async () => {
  await t.dispose();
});

function fileShare(name: string, url: string, size: number) {
  const ts = '1700003001.000100';
  const event = {
    type: 'message',
    subtype: 'file_share',
    text: 'Här är vårt remissvar',
    user: 'U0000000001',
    ts,
    channel: 'C0000000001',
    channel_type: 'channel',
    event_ts: ts,
    files: [{ id: 'FBIG', name, size, url_private: url, url_private_download: url }],
  };
  return { ts, event };
}

describe('When a large remissvar is being ingested and someone asks meanwhile', () => {
  test('/remiss 7.2.2, asked five times one after another, is answered each time before the ingest finishes', async () => {
    // 8 MB of Stockholm's reply: seconds of parsing, which used to hold every other request.
    const name = 'stockholm-stor.txt';
    const bytes = largeText(8_000_000);
    const { ts, event } = fileShare(name, t.fake.addFile(name, bytes), bytes.length);
    expect((await t.event(event)).status).toBe(200);
    // The bot has the whole file: from here on it is hashing, reading and parsing it.
    await waitFor(() => t.fake.fileRequests.find((r) => r.name === name && r.served), 'the download of the file');

    // In turn, each after the answer to the one before: one request could slip through between two steps of an
    // ingest that holds the event loop (awaiting the catalog files between harvesting and parsing); five cannot.
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await t.command('7.2.2'));
    const reply = await waitFor(
      () => t.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === ts),
      "the file's reply",
      60_000,
    );
    expect(visibleText(reply.body.blocks)).toContain(SLACK_SV.fileRead(name));
    for (const answer of answers) {
      expect(visibleText(answer.body.blocks)).toContain('7.2.2 Genomför försöksverksamhet med Magnetmodellen');
      expect(answer.order).toBeLessThan(reply.order);
    }
  }, 90_000);
});
