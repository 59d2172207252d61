import { copyFileSync, existsSync } from 'node:fs';
import { runMigrate } from '../../src/cli/migrate.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Correction, Store } from '../../src/store/store.js';
import { correction } from './corrections-contract.js';
import { record, SOU, stance } from './documents.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgres-test-db.js';
import { tempDir } from './temp-db.js';
import { totalsByRemiss } from './totals-by-remiss.js';

function fakeIo(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/**
 * The seeds through the real pipeline, a catalog entry, a constructed document and a sent digest; three
 * corrections: two of the constructed document (the second based on the first, one with a request key) and one
 * of a constructed document whose corrected version was since replaced by a new one.
 */
async function buildSqlite(path: string): Promise<void> {
  const store = await openSqliteStore(path);
  try {
    await ingestPaths(store, ['seeds'], { now: () => new Date('2026-11-20T08:00:00Z') });
    await store.upsertProposals([{ remiss: SOU, number: '99.1', title: 'Konstruerat förslag' }], 'curated');
    const saved = await store.saveDocument(
      record({ file: 'konstruerat.pdf', stances: [stance(), stance({ proposal: '*' })] }),
    );
    await store.completeDigest('2026-11-21', new Date('2026-11-21T07:00:00Z'));
    const first = await store.addCorrection(
      correction(saved.documentId, { at: new Date('2026-11-21T10:00:00.123Z'), requestKey: 'V0VIEW1' }),
    );
    await store.addCorrection(
      correction(saved.documentId, {
        userId: 'U0BERIT',
        newStance: 'for',
        comment: null,
        expectedCurrent: first.correction.id,
        at: new Date('2026-11-22T10:00:00Z'),
      }),
    );
    const replaced = { file: 'ersatt.pdf', respondent: 'Ersatt myndighet' };
    const old = await store.saveDocument(record(replaced));
    await store.addCorrection(correction(old.documentId, { respondent: 'Ersatt myndighet', newStance: 'neutral' }));
    // The new version no longer answers 7.2.2: the correction of it is orphaned, and must stay reported.
    await store.saveDocument(
      record({ ...replaced, stances: [stance({ proposal: '99.1', quote: 'Myndigheten tillstyrker.' })] }),
    );
  } finally {
    await store.close();
  }
}

/** What a correction says, without the ids that differ between databases. */
function withoutIds({ id, documentId, basedOn, ...rest }: Correction) {
  return rest;
}

async function snapshot(store: Store) {
  const answers = await store.allAnswers();
  return {
    status: await store.status(),
    remisser: await store.listRemisser(),
    proposals: await store.listProposals(),
    respondents: await store.listRespondents(),
    answers: answers.map(({ stanceId, documentId, ...rest }) => rest),
    tallies: await Promise.all(
      (await store.listRespondents()).map(async ({ respondent }) => [
        respondent,
        await totalsByRemiss(store, respondent),
      ]),
    ),
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

  /** The SQLite source and the migrated PostgreSQL store, both open for one test and closed after it. */
  async function withBoth(work: (sqlite: Store, pg: Store) => Promise<void>): Promise<void> {
    const sqlite = await openSqliteStore(sqlitePath);
    const pg = await openPostgresStore(db.url);
    try {
      await work(sqlite, pg);
    } finally {
      await sqlite.close();
      await pg.close();
    }
  }

  /** A copy of the source migrated once into a database of its own, for a test that changes one side. */
  async function withOwnMigration(name: string, work: (copy: string, target: TestDatabase) => Promise<void>) {
    const copy = dir.path(`${name}.db`);
    copyFileSync(sqlitePath, copy);
    const target = await createTestDatabase(adminUrl, name);
    try {
      expect(await runMigrate(['--from', copy, '--to', target.url], fakeIo().io)).toBe(0);
      await work(copy, target);
    } finally {
      await target.drop();
    }
  }

  test('documents, stances, catalog and digest marks arrive and answer as in SQLite', async () => {
    const run = fakeIo();
    expect(await runMigrate(['--from', sqlitePath, '--to', db.url], run.io)).toBe(0);
    await withBoth(async (sqlite, pg) => {
      expect(await snapshot(pg)).toEqual(await snapshot(sqlite));
      expect((await pg.status()).responses).toBeGreaterThan(1);
    });
  });

  test("analysts' corrections arrive in order with who, when, old → new value and comment", async () => {
    await withBoth(async (sqlite, pg) => {
      const source = await sqlite.correctionsSince();
      expect(source).toHaveLength(3);
      expect((await pg.correctionsSince()).map(withoutIds)).toEqual(source.map(withoutIds));
      expect((await pg.currentCorrections()).map(withoutIds)).toEqual(
        (await sqlite.currentCorrections()).map(withoutIds),
      );
    });
  });

  test('a correction based on another points at that correction in PostgreSQL', async () => {
    await withBoth(async (_sqlite, pg) => {
      const [first, second] = await pg.correctionsSince();
      expect(second.basedOn).toBe(first.id);
    });
  });

  test("a correction points at PostgreSQL's copy of the document it was made on", async () => {
    await withBoth(async (_sqlite, pg) => {
      const [first] = await pg.correctionsSince();
      expect((await pg.documentStances(first.documentId))?.contentHash).toBe(first.contentHash);
    });
  });

  test('a correction of a document version since replaced is still reported as orphaned, as in SQLite', async () => {
    await withBoth(async (sqlite, pg) => {
      const orphans = (store: Store) => store.orphanedCorrections().then((list) => list.map(withoutIds));
      expect(await orphans(pg)).toEqual(await orphans(sqlite));
      expect((await orphans(pg)).map((c) => c.respondent)).toEqual(['Ersatt myndighet']);
    });
  });

  test('the report says every document and every correction was verified', async () => {
    const run = fakeIo();
    await runMigrate(['--from', sqlitePath, '--to', db.url], run.io);
    expect(run.stdout()).toMatch(/Kontrollerat: alla \d+ dokument/);
    expect(run.stdout()).toContain('alla 3 rättelser finns där');
  });

  test('a rerun copies nothing and doubles nothing', async () => {
    const counts =
      'SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM stances) AS s, (SELECT count(*) FROM corrections) AS c';
    const before = await db.query(counts);
    const run = fakeIo();
    expect(await runMigrate(['--from', sqlitePath, '--to', db.url], run.io)).toBe(0);
    expect(run.stdout()).toContain('Kopierade 0 dokument');
    expect(run.stdout()).toContain('Kopierade 0 rättelser; 3 fanns redan');
    const after = await db.query(counts);
    expect(after).toEqual(before);
    expect(after[0].c).toBe('3');
  });

  test('a correction made in SQLite after a migration is copied by the next run, and only it', async () => {
    await withOwnMigration('later', async (copy, target) => {
      const sqlite = await openSqliteStore(copy);
      try {
        const [answer] = (await sqlite.answersForRespondent('Vision')).filter((a) => a.proposal !== null);
        await sqlite.addCorrection(
          correction(answer.documentId, {
            respondent: 'Vision',
            proposal: answer.proposal ?? '',
            oldProposal: answer.proposal ?? '',
            newProposal: answer.proposal ?? '',
            at: new Date('2026-11-24T08:00:00Z'),
          }),
        );
      } finally {
        await sqlite.close();
      }
      const run = fakeIo();
      expect(await runMigrate(['--from', copy, '--to', target.url], run.io)).toBe(0);
      expect(run.stdout()).toContain('Kopierade 1 rättelse; 3 fanns redan');
      expect(await target.query('SELECT count(*)::int AS n FROM corrections')).toEqual([{ n: 4 }]);
    });
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
    await withOwnMigration('tampered', async (copy, target) => {
      await target.query("UPDATE stances SET quote = 'ändrad' WHERE id = (SELECT min(id) FROM stances)");
      const run = fakeIo();
      expect(await runMigrate(['--from', copy, '--to', target.url], run.io)).toBe(1);
      expect(run.stderr()).toContain('stances differ');
    });
  });

  /** The documents PostgreSQL holds for Åstorps kommun (the constructed konstruerat.pdf is its answer in SQLite). */
  async function astorpFiles(target: TestDatabase): Promise<string[]> {
    const rows = await target.query(
      "SELECT file_name FROM documents WHERE respondent_key = 'åstorps kommun' ORDER BY file_name",
    );
    return rows.map((row) => String(row.file_name));
  }

  test('a rerun after SQLite replaced an answer leaves PostgreSQL holding only the new answer, as in SQLite', async () => {
    await withOwnMigration('rerun_replaced', async (copy, target) => {
      const sqlite = await openSqliteStore(copy);
      try {
        const replacing = record(
          { file: 'astorp-ny.pdf', stances: [stance({ stance: 'for', quote: 'Åstorps kommun tillstyrker nu.' })] },
          { addedAt: new Date('2026-11-25T08:00:00Z') },
        );
        expect((await sqlite.saveDocument(replacing)).status).toBe('replaced');
      } finally {
        await sqlite.close();
      }
      const run = fakeIo();
      expect(await runMigrate(['--from', copy, '--to', target.url], run.io)).toBe(0);
      expect(await astorpFiles(target)).toEqual(['astorp-ny.pdf']);
      const [source, pg] = [await openSqliteStore(copy), await openPostgresStore(target.url)];
      try {
        expect(await snapshot(pg)).toEqual(await snapshot(source));
      } finally {
        await source.close();
        await pg.close();
      }
    });
  });

  test('a second version of an answer PostgreSQL holds beside the copied one is reported and the exit code is 1', async () => {
    await withOwnMigration('extra_version', async (copy, target) => {
      await target.query(
        `INSERT INTO documents (file_name, path, content_hash, kind, remiss, respondent, respondent_key, warnings, added_at)
         SELECT 'smugglad.pdf', path, 'smuggled-hash', kind, remiss, respondent, respondent_key, warnings,
                added_at - interval '1 day'
         FROM documents WHERE file_name = 'konstruerat.pdf'`,
      );
      const run = fakeIo();
      expect(await runMigrate(['--from', copy, '--to', target.url], run.io)).toBe(1);
      expect(run.stderr()).toContain('smugglad.pdf');
      expect(run.stdout()).not.toContain('Kontrollerat');
    });
  });

  describe('into a database that already holds another version of an answer', () => {
    async function targetWithAstorp(name: string, addedAt: string): Promise<TestDatabase> {
      const target = await createTestDatabase(adminUrl, name);
      const store = await openPostgresStore(target.url);
      try {
        const own = record(
          { file: `astorp-${name}.pdf`, stances: [stance({ stance: 'partly', quote: 'Åstorp tillstyrker delvis.' })] },
          { addedAt: new Date(addedAt) },
        );
        await store.saveDocument(own);
      } finally {
        await store.close();
      }
      return target;
    }

    test('a newer answer in PostgreSQL is kept and the copied one is remembered as replaced', async () => {
      const target = await targetWithAstorp('newer', '2026-12-01T08:00:00Z');
      try {
        const run = fakeIo();
        expect(await runMigrate(['--from', sqlitePath, '--to', target.url], run.io)).toBe(0);
        expect(await astorpFiles(target)).toEqual(['astorp-newer.pdf']);
        const superseded = await target.query('SELECT file_name FROM superseded_documents');
        expect(superseded.map((row) => row.file_name)).toContain('konstruerat.pdf');
        expect(run.stdout()).toContain('nyare svar');
        expect(run.stdout()).toContain('konstruerat.pdf');
        const again = fakeIo();
        expect(await runMigrate(['--from', sqlitePath, '--to', target.url], again.io)).toBe(0);
        expect(await astorpFiles(target)).toEqual(['astorp-newer.pdf']);
      } finally {
        await target.drop();
      }
    });

    test('an older answer in PostgreSQL is replaced by the copied one, which counts once', async () => {
      const target = await targetWithAstorp('older', '2026-01-01T08:00:00Z');
      try {
        const run = fakeIo();
        expect(await runMigrate(['--from', sqlitePath, '--to', target.url], run.io)).toBe(0);
        expect(await astorpFiles(target)).toEqual(['konstruerat.pdf']);
        const superseded = await target.query('SELECT file_name FROM superseded_documents');
        expect(superseded.map((row) => row.file_name)).toContain('astorp-older.pdf');
        // Counted from konstruerat.pdf alone (two stances, both avstyrker), not from both versions.
        const tallies = await target.query(
          "SELECT n_partly, n_against FROM respondent_tallies WHERE respondent_key = 'åstorps kommun'",
        );
        expect(tallies).toEqual([{ n_partly: 0, n_against: 2 }]);
      } finally {
        await target.drop();
      }
    });
  });

  test('a SQLite file that does not exist is reported and nothing is created', async () => {
    const run = fakeIo();
    const missing = dir.path('saknas.db');
    expect(await runMigrate(['--from', missing, '--to', db.url], run.io)).toBe(1);
    expect(run.stderr()).toContain('does not exist');
    expect(existsSync(missing)).toBe(false);
  });
});
