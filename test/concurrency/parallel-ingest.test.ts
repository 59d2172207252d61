import { join } from 'node:path';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { tempDir } from '../store/temp-db.js';
import { writeCorpus } from './corpus.js';
import { isEvent, isReady, killWorker, startWorker, type Worker } from './processes.js';

describePostgres('Two instances ingesting the same folder at the same moment', (adminUrl) => {
  const dir = tempDir('remiss-parallel-');
  let db: TestDatabase;
  let files: string[];
  let workers: Worker[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'parallel');
    files = writeCorpus(dir.path('folder'), 40);
    // One instance is given the folder, the other the same files in reverse order: they meet in the middle,
    // where both try to store the same files at the same time.
    const paths = files.map((name) => join(dir.path('folder'), name)).sort();
    workers = [
      startWorker('ingest-worker.ts', [dir.path('folder')], { REMISS_DB: db.url }),
      startWorker('ingest-worker.ts', [...paths].reverse(), { REMISS_DB: db.url }),
    ];
    await Promise.all(workers.map((w) => w.waitFor(isReady, 60_000)));
    for (const w of workers) w.go();
    await Promise.all(workers.map((w) => w.waitFor(isEvent('done'), 90_000)));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(workers.map(killWorker));
    await db?.drop();
    dir.remove();
  });

  test('both finish without an error', async () => {
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
  });

  test('every file is stored exactly once', async () => {
    const rows = await db.query(
      'SELECT count(*)::int AS n, count(DISTINCT content_hash)::int AS hashes FROM documents',
    );
    expect(rows[0]).toEqual({ n: files.length, hashes: files.length });
  });

  test('both instances stored some of the files', () => {
    const addedBy = workers.map((w) => w.events().filter((e) => e.event === 'file' && e.status === 'added').length);
    expect(addedBy.every((n) => n > 0)).toBe(true);
  });

  test('each file was added by exactly one of the two, the other found it unchanged', () => {
    const added = workers.flatMap((w) => w.events().filter((e) => e.event === 'file' && e.status === 'added'));
    expect(added.map((e) => String(e.file).split('/').pop()).sort()).toEqual([...files].sort());
  });

  test('no stance is doubled: the stored stances are the stances of the added files', async () => {
    const added = workers.flatMap((w) => w.events().filter((e) => e.event === 'file' && e.status === 'added'));
    const rows = await db.query('SELECT count(*)::int AS n FROM stances');
    expect(rows[0].n).toBe(added.reduce((n, e) => n + Number(e.stances), 0));
  });
});
