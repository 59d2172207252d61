import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../helpers/fake-slack.js';
import { startProxy, type TcpProxy } from '../store/postgres-proxy.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { startTestBot } from './e2e-harness.js';

// A file dropped into SEEDS_DIR while PostgreSQL cannot be reached is stored once it is back, with no restart, and
// the log says which file waits.

const CONSTRUCTED = join(__dirname, '..', 'fixtures', 'constructed-remissvar');

describePostgres('When files are dropped into SEEDS_DIR while PostgreSQL is away', (adminUrl) => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'seeds_down');
    const target = new URL(db.url);
    proxy = await startProxy(target.hostname, Number(target.port));
  });
  afterAll(async () => {
    await proxy?.close();
    await db?.drop();
  });

  test('they are ingested when it comes back, and the log names them meanwhile', async () => {
    const url = new URL(db.url);
    url.port = String(proxy.port);
    const t = await startTestBot({ seeds: ['000_60d22344ceaed4cd.txt'], env: { REMISS_DB: url.toString() } });
    const stored = async () =>
      (await db.query("SELECT count(*)::int AS n FROM documents WHERE file_name = 'table.constructed.txt'"))[0].n;
    try {
      await proxy.cut();
      copyFileSync(join(CONSTRUCTED, 'table.constructed.txt'), join(t.seedsDir, 'table.constructed.txt'));
      const logged = await waitFor(
        () => t.logger.lines.find((l) => l.startsWith('error seeds watcher:') && l.includes('table.constructed.txt')),
        'the log line naming the waiting file',
        20_000,
      );
      expect(logged).toContain('1 file(s) wait');
      expect(await stored()).toBe(0);
      await proxy.restore();
      await waitFor(async () => (await stored()) === 1, 'the file stored after the database came back', 20_000);
    } finally {
      await proxy.restore().catch(() => undefined);
      await t.dispose().catch(() => undefined);
    }
  }, 60_000);
});
