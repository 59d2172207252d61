import { DatabaseSync } from 'node:sqlite';
import { copySqliteToPostgres } from '../../src/store/postgres/copy-from-sqlite.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { REBUILD_ALL_TALLIES as PG_REBUILD_ALL_TALLIES } from '../../src/store/postgres/respondent-tallies.js';
import { REBUILD_ALL_TALLIES } from '../../src/store/sqlite/respondent-tallies.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { record, SOU, stance } from './documents.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgres-test-db.js';
import { tempDir } from './temp-db.js';
import { totalsByRemiss } from './totals-by-remiss.js';

// A database written before "one answer per respondent and remiss" may hold the PDF and the DOCX of one letter as
// two answers. Opening it with this version keeps the one saved last; the SQLite → PostgreSQL copy still verifies.

const dir = tempDir('remiss-earlier-answers-');
afterAll(() => dir.remove());

const DS = 'Ds 2023:5';
const TWICE = { stances: [stance(), stance({ proposal: '7.3', stance: 'for' })] };

/** The PDF that the previous version kept beside the DOCX as a second answer. */
const PDF = record({ file: 'astorp.pdf', ...TWICE }, { addedAt: new Date('2026-11-01T08:00:00Z') });

/** The documents, saved in this order; the DOCX is stored under a stand-in respondent renamed afterwards. */
async function saveDocuments(store: Store): Promise<void> {
  await store.saveDocument(PDF);
  await store.saveDocument(
    record({ file: 'astorp.docx', respondent: 'Kopia', ...TWICE }, { addedAt: new Date('2026-11-02T08:00:00Z') }),
  );
  await store.saveDocument(record({ file: 'astorp-ds.pdf', remiss: { id: DS, title: null } }));
  await store.saveDocument(record({ file: 'vision.pdf', respondent: 'Vision' }));
  await store.saveDocument(record({ file: 'okand-1.pdf', respondent: null }));
  await store.saveDocument(record({ file: 'okand-2.pdf', respondent: null }));
  await store.saveDocument(record({ file: 'betankande.pdf', kind: 'report', stances: [] }));
}

/** As the previous version would have left it: the DOCX is a second answer of Åstorps kommun to SOU 2024:72. */
const MAKE_DUPLICATE = `UPDATE documents SET respondent = 'Åstorps kommun', respondent_key = 'åstorps kommun'
  WHERE file_name = 'astorp.docx'`;

/** A SQLite file at schema version 6, holding two answers of Åstorps kommun to SOU 2024:72. */
async function sqliteWithDuplicates(): Promise<string> {
  const path = dir.path();
  const store = await openSqliteStore(path);
  await saveDocuments(store);
  await store.close();
  const db = new DatabaseSync(path);
  db.exec(MAKE_DUPLICATE);
  db.exec('DELETE FROM respondent_tallies');
  db.exec(REBUILD_ALL_TALLIES);
  db.exec('DROP TABLE superseded_documents');
  db.exec('DROP TABLE handled_keys');
  db.exec('PRAGMA user_version = 6');
  db.close();
  return path;
}

const KEPT = ['astorp-ds.pdf', 'astorp.docx', 'betankande.pdf', 'okand-1.pdf', 'okand-2.pdf', 'vision.pdf'];

function sqliteFiles(path: string): string[] {
  const db = new DatabaseSync(path, { readOnly: true });
  const rows = db.prepare('SELECT file_name FROM documents ORDER BY file_name').all();
  db.close();
  return rows.map((row) => String(row.file_name));
}

async function expectOneAnswer(store: Store): Promise<void> {
  expect(await totalsByRemiss(store, 'Åstorps kommun')).toEqual([
    { remiss: DS, matches: 1, answers: 1, tally: { for: 0, partly: 0, against: 1, neutral: 0 } },
    { remiss: SOU, matches: 2, answers: 2, tally: { for: 1, partly: 0, against: 1, neutral: 0 } },
  ]);
  const magnet = (await store.answersForProposal('7.2.2', SOU)).filter((a) => a.respondent === 'Åstorps kommun');
  expect(magnet.map((a) => a.file)).toEqual(['astorp.docx']);
}

describe('When a SQLite database from before the respondent rule is opened', () => {
  test('of two answers of one respondent to one remiss, the one saved last is kept, and counted once', async () => {
    const path = await sqliteWithDuplicates();
    const store = await openSqliteStore(path);
    try {
      await expectOneAnswer(store);
    } finally {
      await store.close();
    }
    expect(sqliteFiles(path)).toEqual(KEPT);
  });

  test('the removed answer is gone from quote search', async () => {
    const path = await sqliteWithDuplicates();
    const db = new DatabaseSync(path);
    db.exec("UPDATE stances SET quote = 'Bara i PDF-versionen.' WHERE document_id = 1 AND proposal = '7.3'");
    db.close();
    const store = await openSqliteStore(path);
    try {
      expect(await store.searchQuotes('PDF-versionen', 5)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  test('the removed answer ingested again is unchanged, so the next ingest of the folder changes nothing', async () => {
    const store = await openSqliteStore(await sqliteWithDuplicates());
    try {
      expect((await store.saveDocument(PDF)).status).toBe('unchanged');
      await expectOneAnswer(store);
    } finally {
      await store.close();
    }
  });
});

describePostgres('Databases from before the respondent rule, on PostgreSQL', (adminUrl) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(adminUrl, 'earlier_answers');
  });
  afterEach(async () => {
    await db?.drop();
  });

  /** One answer per respondent, the replaced PDF's bytes known as unchanged, the kept files as expected. */
  async function expectCollapsedThenClose(pg: Store): Promise<void> {
    try {
      await expectOneAnswer(pg);
      expect((await pg.saveDocument(PDF)).status).toBe('unchanged');
      const rows = await db.query('SELECT file_name FROM documents ORDER BY file_name');
      expect(rows.map((row) => row.file_name)).toEqual(KEPT);
    } finally {
      await pg.close();
    }
  }

  test('the copy of such a SQLite file verifies, and PostgreSQL holds one answer per respondent', async () => {
    const report = await copySqliteToPostgres(await sqliteWithDuplicates(), db.url);
    expect(report.problems).toEqual([]);
    expect(report.verified).toBe(report.source.documents);
    expect(report.source.documents).toBe(KEPT.length);
    const pg = await openPostgresStore(db.url);
    await expectCollapsedThenClose(pg);
  });

  test('a PostgreSQL database holding two answers of one respondent keeps the one saved last', async () => {
    const writer = await openPostgresStore(db.url);
    await saveDocuments(writer);
    await writer.close();
    await db.query(MAKE_DUPLICATE);
    await db.query(`DELETE FROM respondent_tallies; ${PG_REBUILD_ALL_TALLIES}`);
    await db.query('DROP TABLE superseded_documents, handled_keys');
    await db.query('DELETE FROM remiss_schema_migrations WHERE version >= 5');

    const pg = await openPostgresStore(db.url);
    await expectCollapsedThenClose(pg);
  });
});
