import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { largeText } from '../helpers/large-text.js';
import { SEEDS, startTestBot, type TestBot } from './e2e-harness.js';

const HOSTILE_WORKER = join(__dirname, '..', 'fixtures', 'workers', 'hostile-file-worker.ts');

let t: TestBot;
beforeAll(async () => {
  // 48 MB of worker heap: the seeds are read within it; a file named "oom-growing-array…" is not (see the worker).
  t = await startTestBot({
    seeds: ['000_60d22344ceaed4cd.txt', '002_d8f4ead73eb6a353.txt'],
    ingestWorker: { heapLimitMb: 48, entry: HOSTILE_WORKER },
  });
});
afterAll(async () => {
  await t.dispose();
});

let seq = 0;
async function share(name: string, bytes: Uint8Array): Promise<string> {
  const ts = `17000040${String(++seq).padStart(2, '0')}.000100`;
  const url = t.fake.addFile(name, bytes);
  const files = [{ id: `FC${seq}`, name, size: bytes.length, url_private: url, url_private_download: url }];
  await t.event({
    type: 'message',
    subtype: 'file_share',
    text: 'remissvar',
    user: 'U0000000001',
    ts,
    channel: 'C0000000001',
    channel_type: 'channel',
    event_ts: ts,
    files,
  });
  const reply = await waitFor(
    () => t.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === ts),
    `the reply about ${name}`,
    60_000,
  );
  return visibleText(reply.body.blocks);
}

describe('When the ingest worker runs out of memory on a shared file', () => {
  // In the shape that makes V8 abort the process it runs in: the bot's, were the worker one of its threads.
  test('the reply says in Swedish that reading was stopped', async () => {
    const name = 'oom-growing-array.txt';
    expect(await share(name, largeText(1))).toContain(SLACK_SV.fileFailed(name, SLACK_SV.fileReaderCrashed));
  });

  test('the next shared file is read by a fresh worker', async () => {
    const name = '003_07777d2dab1cb254.txt';
    expect(await share(name, readFileSync(join(SEEDS, name)))).toContain(SLACK_SV.fileRead(name));
  });

  test('the bot goes on answering', async () => {
    const answer = await t.command('7.2.2');
    expect(visibleText(answer.body.blocks)).toContain('7.2.2 Genomför försöksverksamhet med Magnetmodellen');
  });
});
