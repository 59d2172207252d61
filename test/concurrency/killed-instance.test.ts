import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { tempDir } from '../store/temp-db.js';
import { writeCorpus } from './corpus.js';
import { isEvent, isReady, killWorker, startWorker, type Worker } from './processes.js';

type FileEvent = { event: string; file: string; status: string; stances: number };

function fileEvents(worker: Worker): FileEvent[] {
  return worker.events().filter((e) => e.event === 'file') as unknown as FileEvent[];
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

describePostgres('An instance killed mid-ingest while another ingests', (adminUrl) => {
  const dir = tempDir('remiss-killed-');
  let db: TestDatabase;
  let victim: Worker;
  let survivor: Worker;
  let rerun: Worker;
  let victimFiles: string[];
  let survivorFiles: string[];
  let reportedByVictim: FileEvent[];

  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'killed');
    victimFiles = writeCorpus(dir.path('victim'), 150, { seeds: false, tag: 'OFFER' });
    survivorFiles = writeCorpus(dir.path('survivor'), 30, { seeds: false, tag: 'KVAR' });
    victim = startWorker('ingest-worker.ts', [dir.path('victim')], { REMISS_DB: db.url });
    survivor = startWorker('ingest-worker.ts', [dir.path('survivor')], { REMISS_DB: db.url });
    await Promise.all([victim, survivor].map((w) => w.waitFor(isReady, 60_000)));
    victim.go();
    survivor.go();
    // Killed once it has stored a few files: mid-batch, most likely mid-transaction.
    await victim.waitFor(() => fileEvents(victim).filter((e) => e.status === 'added').length >= 3, 60_000);
    await killWorker(victim);
    reportedByVictim = fileEvents(victim).filter((e) => e.status === 'added');
    await survivor.waitFor(isEvent('done'), 90_000);
    rerun = startWorker('ingest-worker.ts', [dir.path('victim')], { REMISS_DB: db.url });
    await rerun.waitFor(isReady, 60_000);
    rerun.go();
    await rerun.waitFor(isEvent('done'), 90_000);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([victim, survivor, rerun].filter(Boolean).map(killWorker));
    await db?.drop();
    dir.remove();
  });

  test('the victim was killed before it finished', () => {
    expect(reportedByVictim.length).toBeLessThan(victimFiles.length);
  });

  test('the other instance finished normally', async () => {
    expect(await survivor.exited).toBe(0);
  });

  test("every one of the other instance's files is stored with all its stances", async () => {
    const rows = await db.query(
      `SELECT d.file_name, count(s.id)::int AS stances FROM documents d LEFT JOIN stances s ON s.document_id = d.id
       WHERE d.file_name LIKE 'constructed-kvar-%' GROUP BY d.file_name ORDER BY d.file_name`,
    );
    const reported = fileEvents(survivor).map((e) => ({ file_name: baseName(e.file), stances: e.stances }));
    expect(rows).toEqual(reported.sort((a, b) => a.file_name.localeCompare(b.file_name)));
    expect(rows).toHaveLength(survivorFiles.length);
  });

  test('what the victim reported stored is still there with all its stances', async () => {
    for (const e of reportedByVictim) {
      const rows = await db.query(
        'SELECT count(s.id)::int AS n FROM documents d JOIN stances s ON s.document_id = d.id WHERE d.file_name = $1',
        [baseName(e.file)],
      );
      expect({ file: baseName(e.file), stances: rows[0].n }).toEqual({ file: baseName(e.file), stances: e.stances });
    }
  });

  test('a rerun of the victim completes its folder: every file once, none half-written', async () => {
    const stored = new Map([...reportedByVictim, ...fileEvents(rerun)].map((e) => [baseName(e.file), e.stances]));
    const rows = await db.query(
      `SELECT d.file_name, count(s.id)::int AS stances FROM documents d LEFT JOIN stances s ON s.document_id = d.id
       WHERE d.file_name LIKE 'constructed-offer-%' GROUP BY d.file_name`,
    );
    expect(rows).toHaveLength(victimFiles.length);
    for (const row of rows) expect(row.stances).toBe(stored.get(String(row.file_name)));
  });

  test('copies of one seed text all hold the same number of stances (no document is half-written)', async () => {
    const rows = await db.query(
      `SELECT substring(d.file_name from '-[0-9]{3}-(.*)$') AS seed, count(s.id)::int AS stances
       FROM documents d LEFT JOIN stances s ON s.document_id = d.id
       WHERE d.file_name LIKE 'constructed-offer-%' GROUP BY d.id`,
    );
    const countsBySeed = new Map<string, Set<number>>();
    for (const row of rows) {
      const seed = String(row.seed);
      countsBySeed.set(seed, (countsBySeed.get(seed) ?? new Set()).add(Number(row.stances)));
    }
    expect([...countsBySeed.values()].every((counts) => counts.size === 1)).toBe(true);
  });
});
