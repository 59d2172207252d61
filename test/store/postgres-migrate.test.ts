import { copyFileSync, existsSync } from 'node:fs';
import { runMigrate } from '../../src/cli/migrate.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { record, SOU, stance } from './documents.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgres-test-db.js';
import { tempDir } from './temp-db.js';

function fakeIo(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** The seeds through the real pipeline, a catalog entry, a constructed document and a sent digest. */
async function buildSqlite(path: string): Promise<void> {
  const store = await openSqliteStore(path);
  try {
    await ingestPaths(store, ['seeds'], { now: () => new Date('2026-11-20T08:00:00Z') });
    await store.upsertProposals([{ remiss: SOU, number: '99.1', title: 'Konstruerat förslag' }], 'curated');
    await store.saveDocument(record({ file: 'konstruerat.pdf', stances: [stance(), stance({ proposal: '*' })] }));
    await store.completeDigest('2026-11-21', new Date('2026-11-21T07:00:00Z'));
  } finally {
    await store.close();
  }
}

async function snapshot(store: Store) {
  const answers = await store.allAnswers();
  return {
    status: await store.status(),
    remisser: await store.listRemisser(),
    proposals: await store.listProposals(),
    respondents: await store.listRespondents(),
    answers: answers.map(({ stanceId, documentId, ...rest }) => rest),
    lastDigest: await store.lastDigestSentAt(),
  };
}

describe('When migrate is called wrongly', () => {
  test('without a PostgreSQL target it prints the usage and exits 2', async () => {
    const run = fakeIo();
    expect(await runMigrate(['--from', 'data/remiss.db'], run.io)).toBe(2);
    expect(run.stderr()).toContain('Användning');
  });

  test('a target that is not a postgres URL is refused without touching anything', async () => {
    const run = fakeIo();
    expect(await runMigrate(['--from', 'a.db', '--to', 'b.db'], run.io)).toBe(2);
    expect(run.stderr()).toContain('postgres://');
  });
});

describePostgres('Migrating SQLite into PostgreSQL', (adminUrl) => {
  const dir = tempDir('remiss-migrate-');
  const sqlitePath = dir.path('source.db');
  let db: TestDatabase;

  beforeAll(async () => {
    await buildSqlite(sqlitePath);
    db = await createTestDatabase(adminUrl, 'migrate');
  });
  afterAll(async () => {
    await db?.drop();
    dir.remove();
  });

  test('documents, stances, catalog and digest marks arrive and answer as in SQLite', async () => {
    const run = fakeIo();
    expect(await runMigrate(['--from', sqlitePath, '--to', db.url], run.io)).toBe(0);
    const sqlite = await openSqliteStore(sqlitePath);
    const pg = await openPostgresStore(db.url);
    try {
      expect(await snapshot(pg)).toEqual(await snapshot(sqlite));
      expect((await pg.status()).responses).toBeGreaterThan(1);
    } finally {
      await sqlite.close();
      await pg.close();
    }
  });

  test('the report says every document was verified', async () => {
    const run = fakeIo();
    await runMigrate(['--from', sqlitePath, '--to', db.url], run.io);
    expect(run.stdout()).toMatch(/Kontrollerat: alla \d+ dokument/);
  });

  test('a rerun copies nothing and doubles nothing', async () => {
    const before = await db.query('SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM stances) AS s');
    const run = fakeIo();
    expect(await runMigrate(['--from', sqlitePath, '--to', db.url], run.io)).toBe(0);
    expect(run.stdout()).toContain('Kopierade 0 dokument');
    const after = await db.query('SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM stances) AS s');
    expect(after).toEqual(before);
  });

  test('the target URL comes from REMISS_DB when --to is left out', async () => {
    const run = fakeIo({ REMISS_DB: db.url });
    expect(await runMigrate(['--from', sqlitePath], run.io)).toBe(0);
  });

  test('the password is never printed', async () => {
    const run = fakeIo();
    await runMigrate(['--from', sqlitePath, '--to', db.url], run.io);
    const password = new URL(db.url).password;
    expect(run.stdout() + run.stderr()).not.toContain(password);
    expect(run.stdout()).toContain(':***@');
  });

  test('a stance that differs in PostgreSQL is reported and the exit code is 1', async () => {
    const copy = dir.path('tampered.db');
    copyFileSync(sqlitePath, copy);
    const target = await createTestDatabase(adminUrl, 'tampered');
    try {
      expect(await runMigrate(['--from', copy, '--to', target.url], fakeIo().io)).toBe(0);
      await target.query("UPDATE stances SET quote = 'ändrad' WHERE id = (SELECT min(id) FROM stances)");
      const run = fakeIo();
      expect(await runMigrate(['--from', copy, '--to', target.url], run.io)).toBe(1);
      expect(run.stderr()).toContain('stances differ');
    } finally {
      await target.drop();
    }
  });

  test('a SQLite file that does not exist is reported and nothing is created', async () => {
    const run = fakeIo();
    const missing = dir.path('saknas.db');
    expect(await runMigrate(['--from', missing, '--to', db.url], run.io)).toBe(1);
    expect(run.stderr()).toContain('does not exist');
    expect(existsSync(missing)).toBe(false);
  });
});
