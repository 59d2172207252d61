import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { LETTER_RESPONDENT, LETTER_WITHOUT_REMISS, letterNaming } from '../helpers/letter-without-remiss.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

// The shared letters are constructed (test/helpers/letter-without-remiss.ts); none is a real response.

const CHANNEL = 'C0000000001';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({ seeds: ['002_d8f4ead73eb6a353.txt'] });
});
afterAll(async () => {
  await t.dispose();
});

let seq = 0;
async function share(text: string, name: string, content: string): Promise<string> {
  const url = t.fake.addFile(name, Buffer.from(content));
  const ts = `17000030${String(++seq).padStart(2, '0')}.000100`;
  const event = {
    type: 'message',
    subtype: 'file_share',
    text,
    user: 'U0000000001',
    ts,
    channel: CHANNEL,
    channel_type: 'channel',
    event_ts: ts,
    files: [{ id: `FH${seq}`, name, size: content.length, url_private: url, url_private_download: url }],
  };
  expect((await t.event(event)).status).toBe(200);
  const reply = await waitFor(
    () => t.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === ts),
    `a reply in ${ts}`,
  );
  return visibleText(reply.body.blocks);
}

describe('When a letter that names no remiss is shared with a message naming SOU 2024:72', () => {
  let reply: string;
  beforeAll(async () => {
    reply = await share('Remissvar från Exempelkommunen på SOU 2024:72', 'exempelkommunen.txt', LETTER_WITHOUT_REMISS);
  });

  test('the reply says it is filed under SOU 2024:72, as the message said', () => {
    expect(reply).toContain(SLACK_SV.fileRespondent(LETTER_RESPONDENT, 'SOU 2024:72'));
    expect(reply).toContain(SLACK_SV.remissFromMessage);
  });

  test('/remiss 7.2.2 answers with that respondent', async () => {
    const answer = visibleText((await t.command('7.2.2 SOU 2024:72')).body.blocks);
    expect(answer).toContain(LETTER_RESPONDENT);
  });
});

describe('When a letter that names SOU 2023:10 is shared with a message naming SOU 2024:72', () => {
  test('it is filed under its own remiss, and the reply says the file names another', async () => {
    const reply = await share('Remissvar på SOU 2024:72', 'exempelregionen.txt', letterNaming('SOU 2023:10'));
    expect(reply).toContain(SLACK_SV.fileRespondent('Exempelregionen', 'SOU 2023:10'));
    expect(reply).toContain(SLACK_SV.fileNamesOtherRemiss('SOU 2023:10', 'SOU 2024:72'));
  });
});

describe('When the message names two remisser', () => {
  test('neither is taken: the letter stays without a remiss', async () => {
    const letter = LETTER_WITHOUT_REMISS.replaceAll('Exempelkommunen', 'Exempelbyn');
    const reply = await share('Remissvar på SOU 2024:72 och SOU 2023:10', 'exempelbyn.txt', letter);
    expect(reply).toContain(SLACK_SV.fileRespondent('Exempelbyn', SLACK_SV.unknownRemiss));
  });
});
