import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import type { StanceRecord } from '../../src/core/types.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { saveDocumentRows } from '../../src/store/postgres/save-document.js';
import type { Store } from '../../src/store/store.js';
import { record, SOU, stance } from './documents.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgres-test-db.js';

// Constructed letters naming one proposal in other words (no number), saved by two instances (two pools) at once.

function naming(respondent: string, title: string): StanceRecord {
  return stance({
    proposal: null,
    title,
    quote: `${respondent} tillstyrker förslaget om ${title.toLowerCase()}.`,
    confidence: 'low',
    reason: 'proposal named by its words, no number',
  });
}

const letter = (respondent: string, remiss: string, title: string) =>
  record({
    file: `${respondent}.pdf`,
    respondent,
    remiss: { id: remiss, title: null },
    stances: [naming(respondent, title)],
  });

describePostgres('PostgreSQL, two instances saving letters that name one proposal in other words', (adminUrl) => {
  let db: TestDatabase;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'shared_titles');
  });
  beforeEach(async () => {
    [a, b] = await Promise.all([openPostgresStore(db.url), openPostgresStore(db.url)]);
    await db.query('TRUNCATE remisser, documents, stances, respondent_tallies, superseded_documents RESTART IDENTITY');
  });
  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
  });
  afterAll(async () => {
    await db?.drop();
  });

  test('saved at the same moment, each remiss has one title for the proposal', async () => {
    const remisser = Array.from({ length: 20 }, (_, i) => `Ds 2031:${i + 1}`);
    await Promise.all(
      remisser.flatMap((remiss) => [
        a.saveDocument(letter('Exempelby kommun', remiss, 'En nationell läkarreserv')),
        b.saveDocument(letter('Region Provinsen', remiss, 'Den nationella läkarreserven')),
      ]),
    );
    const split = await db.query(
      'SELECT remiss FROM stances WHERE proposal IS NULL GROUP BY remiss HAVING count(DISTINCT title) > 1',
    );
    expect(split).toEqual([]);
    expect(await db.query('SELECT count(*)::int AS n FROM stances')).toEqual([{ n: 40 }]);
  });

  test('a save waits for another instance still saving a title for the remiss, then takes its title', async () => {
    // The other instance's save, held open: its title is not committed yet.
    const pool = new Pool({ connectionString: db.url, max: 1 });
    const other = await pool.connect();
    try {
      await other.query('BEGIN');
      await saveDocumentRows(other, letter('Exempelby kommun', SOU, 'En nationell läkarreserv'), new Date());
      let settled = false;
      const saving = a.saveDocument(letter('Region Provinsen', SOU, 'Den nationella läkarreserven')).finally(() => {
        settled = true;
      });
      // Until the save either finishes (it did not wait) or waits for a lock.
      while (!settled) {
        const waiting = await db.query('SELECT 1 FROM pg_locks WHERE NOT granted');
        if (waiting.length > 0) break;
        await sleep(5);
      }
      await other.query('COMMIT');
      await saving;
    } finally {
      other.release();
      await pool.end();
    }
    expect(await db.query('SELECT DISTINCT title FROM stances')).toEqual([{ title: 'En nationell läkarreserv' }]);
  });
});
