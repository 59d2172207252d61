import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { FAKE_BOT_USER, waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { BOT_TOKEN, SEEDS, startTestBot, type TestBot } from './e2e-harness.js';

const CHANNEL = 'C0000000001';
// Stockholms stad's remissvar is left out of the seeds, so sharing it adds something new.
const SHARED = '003_07777d2dab1cb254.txt';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({ seeds: ['000_60d22344ceaed4cd.txt', '002_d8f4ead73eb6a353.txt'] });
});
afterAll(async () => {
  await t.dispose();
});

let seq = 0;
function fileShare(text: string, file: { name: string; url: string; size?: number }) {
  const ts = `17000020${String(++seq).padStart(2, '0')}.000100`;
  return {
    ts,
    event: {
      type: 'message',
      subtype: 'file_share',
      text,
      user: 'U0000000001',
      ts,
      channel: CHANNEL,
      channel_type: 'channel',
      event_ts: ts,
      files: [
        {
          id: `F${seq}`,
          name: file.name,
          size: file.size ?? 1000,
          url_private: file.url,
          url_private_download: file.url,
        },
      ],
    },
  };
}

async function replyIn(threadTs: string) {
  return waitFor(
    () => t.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === threadTs),
    `a reply in ${threadTs}`,
  );
}

describe('When a remissvar is shared with the word "remissvar"', () => {
  test("the bot downloads it with its token, ingests it and replies in the file's thread with what it understood", async () => {
    const url = t.fake.addFile(SHARED, readFileSync(join(SEEDS, SHARED)));
    const { ts, event } = fileShare('Här är Stockholms remissvar', { name: SHARED, url });
    expect((await t.event(event)).status).toBe(200);
    const reply = await replyIn(ts);
    const text = visibleText(reply.body.blocks);
    expect(text).toContain(SLACK_SV.fileRead(SHARED));
    expect(text).toContain('Stockholms stad');
    expect(text).toMatch(/\d+ avstyrker · \d+ tillstyrker/);
    expect(t.fake.fileRequests.at(-1)?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  test('the shared remissvar is searchable right after the reply', async () => {
    const answer = await t.command('Stockholms stad');
    expect(visibleText(answer.body.blocks)).toContain('Stockholms stad');
  });

  test('sharing the same file again says it is already read', async () => {
    const url = t.fake.addFile(SHARED, readFileSync(join(SEEDS, SHARED)));
    const { ts, event } = fileShare('remissvar igen', { name: SHARED, url });
    await t.event(event);
    expect(visibleText((await replyIn(ts)).body.blocks)).toContain(SLACK_SV.fileUnchanged(SHARED));
  });
});

describe('When a shared file cannot be used', () => {
  test('an unsupported format shared to the bot gets a clear Swedish error and is not downloaded', async () => {
    const before = t.fake.fileRequests.length;
    const url = t.fake.addFile('budget.xlsx', new Uint8Array([1, 2, 3]));
    const { ts, event } = fileShare(`<@${FAKE_BOT_USER}> vårt remissvar`, { name: 'budget.xlsx', url });
    await t.event(event);
    expect(visibleText((await replyIn(ts)).body.blocks)).toContain(SLACK_SV.fileUnsupported);
    expect(t.fake.fileRequests.length).toBe(before);
  });

  test('a screenshot shared with "remissvarsmötet" is ignored, not answered with an error', async () => {
    const url = t.fake.addFile('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const { ts, event } = fileShare('Skärmdump från remissvarsmötet', { name: 'image.png', url });
    await t.event(event);
    await t.command('hjälp'); // a later request has been answered: the file event was processed by now
    expect(t.fake.callsTo('chat.postMessage').some((c) => c.body.thread_ts === ts)).toBe(false);
  });

  test('a scan saved as PDF (image bytes) is told it is an image without text', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
    const url = t.fake.addFile('scan.pdf', png);
    const { ts, event } = fileShare('remissvar', { name: 'scan.pdf', url });
    await t.event(event);
    expect(visibleText((await replyIn(ts)).body.blocks)).toBe(SLACK_SV.fileFailed('scan.pdf', SLACK_SV.fileImage));
  });

  test('a text that is not a remissvar is refused with a reason', async () => {
    const name = 'inkopslista-remissvar.txt';
    const url = t.fake.addFile(name, Buffer.from('Mjölk\nÄgg\nSmör\nKaffe\n'));
    const { ts, event } = fileShare('remissvar?', { name, url });
    await t.event(event);
    const text = visibleText((await replyIn(ts)).body.blocks);
    expect(text).toContain(name);
    expect(text).toMatch(/Kunde inte läsa in/);
  });

  test('a url_private on a foreign host never receives the bot token', async () => {
    const { ts, event } = fileShare('remissvar', { name: 'x.txt', url: 'http://127.0.0.2:9/files/x.txt' });
    await t.event(event);
    expect(visibleText((await replyIn(ts)).body.blocks)).toContain(SLACK_SV.fileDownloadFailed);
  });

  test('a file shared without the word "remissvar" is ignored', async () => {
    const url = t.fake.addFile('semester.txt', Buffer.from('Semesterlista'));
    const { ts, event } = fileShare('semesterlistan', { name: 'semester.txt', url });
    await t.event(event);
    await t.command('hjälp'); // a later request has been answered: the file event was processed by now
    expect(t.fake.callsTo('chat.postMessage').some((c) => c.body.thread_ts === ts)).toBe(false);
  });
});

describe("When the inquiry's own report is shared", () => {
  test('the reply says it is the betänkande, and status still names the last remissvar', async () => {
    const report = '004_4a378a17ca59cf5e.txt';
    const url = t.fake.addFile('sou.txt', readFileSync(join(SEEDS, report)));
    const { ts, event } = fileShare('betänkandet, inte ett remissvar', { name: 'sou.txt', url });
    await t.event(event);
    expect(visibleText((await replyIn(ts)).body.blocks)).toBe(SLACK_SV.fileIsReport('sou.txt', 'SOU 2024:72'));
    const status = visibleText((await t.command('status')).body.blocks);
    expect(status).toContain('Senaste remissvar: ');
    expect(status).not.toContain('sou.txt');
  });
});
