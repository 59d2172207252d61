import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { startProxy, type TcpProxy } from '../store/postgres-proxy.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { SEEDS, startTestBot, type TestBot } from './e2e-harness.js';

// A remissvar shared while the database cannot be reached is not stored; the sender must hear so in the file's
// thread (and share it again later), and the log must say which file was lost.

const SHARED = '003_07777d2dab1cb254.txt';

async function shareAndWaitForReply(t: TestBot): Promise<string> {
  const ts = '1700004000.000100';
  const url = t.fake.addFile('v.txt', readFileSync(join(SEEDS, SHARED)));
  await t.event({
    type: 'message',
    subtype: 'file_share',
    text: 'Här är Stockholms remissvar',
    user: 'U0000000001',
    ts,
    channel: 'C0000000001',
    channel_type: 'channel',
    event_ts: ts,
    files: [{ id: 'F1', name: 'v.txt', size: 1000, url_private: url, url_private_download: url }],
  });
  const reply = await waitFor(
    () => t.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === ts),
    'a reply in the file thread',
    15_000,
  );
  return visibleText(reply.body.blocks);
}

describe('When the SQLite database is gone while a file is shared', () => {
  test('the file gets "try again later" in its thread and the log names the file', async () => {
    const t = await startTestBot({ seeds: ['000_60d22344ceaed4cd.txt'] });
    try {
      await t.bot.store.close();
      expect(await shareAndWaitForReply(t)).toBe(SLACK_SV.fileFailed('v.txt', SLACK_SV.fileDatabaseDown));
      expect(t.logger.lines.some((l) => l.startsWith('error file not stored file="v.txt"'))).toBe(true);
    } finally {
      await t.dispose().catch(() => undefined);
    }
  });
});

describePostgres('When the PostgreSQL server goes away while a file is shared', (adminUrl) => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'file_share_down');
    const target = new URL(db.url);
    proxy = await startProxy(target.hostname, Number(target.port));
  });
  afterAll(async () => {
    await proxy?.close();
    await db?.drop();
  });

  test('the file gets "try again later" in its thread and the log names the file', async () => {
    const url = new URL(db.url);
    url.port = String(proxy.port);
    const t = await startTestBot({ seeds: ['000_60d22344ceaed4cd.txt'], env: { REMISS_DB: url.toString() } });
    try {
      await proxy.cut();
      expect(await shareAndWaitForReply(t)).toBe(SLACK_SV.fileFailed('v.txt', SLACK_SV.fileDatabaseDown));
      expect(t.logger.lines.some((l) => l.startsWith('error file not stored file="v.txt"'))).toBe(true);
    } finally {
      await proxy.restore();
      await t.dispose().catch(() => undefined);
    }
  });
});
