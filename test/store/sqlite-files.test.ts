import { readFileSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { ErrorCode, isRemissError } from '../../src/errors.js';
import { storeLocation } from '../../src/store/open-store.js';
import { SCHEMA_VERSION } from '../../src/store/sqlite/schema.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { record, SOU } from './documents.js';
import { tempDir } from './temp-db.js';
import { totalsByRemiss } from './totals-by-remiss.js';

const dir = tempDir();
afterAll(() => dir.remove());

async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isRemissError(error, code) ? code : error).toBe(code);
  return error as Error;
}

// The version-1 schema exactly as first shipped, written out here so the upgrade path is tested against it.
const V1_SCHEMA = `
  CREATE TABLE remisser (id TEXT PRIMARY KEY, title TEXT);
  CREATE TABLE proposals (remiss TEXT NOT NULL, number TEXT NOT NULL, title TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('curated', 'harvested')), PRIMARY KEY (remiss, number));
  CREATE TABLE documents (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, path TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, remiss TEXT, respondent TEXT,
    warnings TEXT NOT NULL DEFAULT '[]', added_at TEXT NOT NULL);
  CREATE INDEX documents_added_at ON documents (added_at);
  CREATE INDEX documents_file_name ON documents (file_name);
  CREATE TABLE stances (id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE, remiss TEXT NOT NULL,
    proposal TEXT, title TEXT, stance TEXT NOT NULL CHECK (stance IN ('for', 'partly', 'against', 'neutral')),
    quote TEXT NOT NULL, page INTEGER, confidence TEXT NOT NULL, reason TEXT NOT NULL);
  CREATE INDEX stances_document ON stances (document_id);
  CREATE INDEX stances_remiss_proposal ON stances (remiss, proposal);
  CREATE INDEX stances_proposal_remiss ON stances (proposal, remiss);
  CREATE TABLE digest_runs (day TEXT PRIMARY KEY, status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
    claimed_at TEXT, sent_at TEXT);
  PRAGMA user_version = 1;
`;

function makeVersion1Database(path: string): void {
  const db = new DatabaseSync(path);
  db.exec(V1_SCHEMA);
  db.exec(`INSERT INTO remisser VALUES ('${SOU}', NULL)`);
  db.exec(`INSERT INTO documents (id, file_name, path, content_hash, kind, remiss, respondent, added_at)
    VALUES (1, 'astorp.pdf', 'seeds/astorp.pdf', 'abc', 'response', '${SOU}', 'Åstorps kommun', '2026-11-01T08:00:00.000Z')`);
  db.exec(`INSERT INTO stances (document_id, remiss, proposal, title, stance, quote, page, confidence, reason)
    VALUES (1, '${SOU}', '7.2.2', 'Magnetmodellen', 'against', 'Vi avstyrker magnetmodellen.', 2, 'high', 'test')`);
  db.close();
}

describe('When a database from an older version is opened', () => {
  test('it is upgraded to the current schema version', async () => {
    const path = dir.path();
    makeVersion1Database(path);
    await (await openSqliteStore(path)).close();
    const db = new DatabaseSync(path);
    expect(db.prepare('PRAGMA user_version').get()?.user_version).toBe(SCHEMA_VERSION);
    db.close();
  });

  test('its stances are found by quote search afterwards', async () => {
    const path = dir.path();
    makeVersion1Database(path);
    const store = await openSqliteStore(path);
    expect((await store.searchQuotes('magnetmodell', 5)).map((a) => a.respondent)).toEqual(['Åstorps kommun']);
    await store.close();
  });

  test('its respondents are found case-insensitively afterwards', async () => {
    const path = dir.path();
    makeVersion1Database(path);
    const store = await openSqliteStore(path);
    expect(await store.answersForRespondent('åstorps kommun')).toHaveLength(1);
    await store.close();
  });

  test("its answers get sort keys, so a respondent's answers are counted and paged afterwards", async () => {
    const path = dir.path();
    makeVersion1Database(path);
    const store = await openSqliteStore(path);
    expect(await totalsByRemiss(store, 'Åstorps kommun')).toEqual([
      { remiss: SOU, matches: 1, answers: 1, tally: { for: 0, partly: 0, against: 1, neutral: 0 } },
    ]);
    expect((await store.respondentMatches('Åstorps kommun', { offset: 0, limit: 5 })).answers).toHaveLength(1);
    await store.close();
  });

  test('opening it read-only refuses, since it needs an upgrade', async () => {
    const path = dir.path();
    makeVersion1Database(path);
    await expectCode(openSqliteStore(path, { readOnly: true }), ErrorCode.DatabaseReadOnly);
  });
});

describe('When the database is newer than this program', () => {
  test('opening refuses with DatabaseTooNew naming the version', async () => {
    const path = dir.path();
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    const error = await expectCode(openSqliteStore(path), ErrorCode.DatabaseTooNew);
    expect(error.message).toContain(`version ${SCHEMA_VERSION + 5}`);
  });
});

describe('When the database file is damaged', () => {
  test('a file that is not a database gives DatabaseCorrupt', async () => {
    const path = dir.path();
    writeFileSync(path, 'Detta är ingen databas. '.repeat(400));
    await expectCode(openSqliteStore(path), ErrorCode.DatabaseCorrupt);
  });
});

describe('When a database is damaged after its first page', () => {
  test('a query gives DatabaseCorrupt instead of crashing', async () => {
    const path = dir.path();
    const store = await openSqliteStore(path);
    for (let i = 0; i < 20; i++) await store.saveDocument(record({ file: `svar-${i}.pdf` }));
    await store.close();
    // The schema pages stay (since the corrections table it no longer fits on page 1); the pages of the tables
    // status() reads become noise.
    const schema = new DatabaseSync(path, { readOnly: true });
    const roots = schema
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name IN ('remisser', 'documents', 'stances')")
      .all()
      .map((row) => Number(row.rootpage));
    schema.close();
    const bytes = readFileSync(path);
    for (const page of roots) bytes.fill(0xa5, (page - 1) * 4096, page * 4096);
    writeFileSync(path, bytes);
    const damaged = await openSqliteStore(path);
    await expectCode(damaged.status(), ErrorCode.DatabaseCorrupt);
    await damaged.close();
  });
});

describe('When the database is opened read-only', () => {
  test('reads work', async () => {
    const path = dir.path();
    const writer = await openSqliteStore(path);
    await writer.saveDocument(record());
    await writer.close();
    const reader = await openSqliteStore(path, { readOnly: true });
    expect((await reader.status()).responses).toBe(1);
    await reader.close();
  });

  test('a write gives DatabaseReadOnly and changes nothing', async () => {
    const path = dir.path();
    await (await openSqliteStore(path)).close();
    const reader = await openSqliteStore(path, { readOnly: true });
    await expectCode(reader.saveDocument(record()), ErrorCode.DatabaseReadOnly);
    await expectCode(
      reader.claimKey('event:Ev0READ', new Date(), { windowMs: 1000, leaseMs: 500 }),
      ErrorCode.DatabaseReadOnly,
    );
    expect((await reader.status()).responses).toBe(0);
    await reader.close();
  });

  test('a missing file gives DatabaseUnavailable instead of creating one', async () => {
    await expectCode(openSqliteStore(dir.path('missing.db'), { readOnly: true }), ErrorCode.DatabaseUnavailable);
  });
});

describe('When another connection holds the write lock', () => {
  test('a write gives DatabaseLocked after the busy timeout and the holder keeps its data', async () => {
    const path = dir.path();
    const store = await openSqliteStore(path, { busyTimeoutMs: 50 });
    const other = new DatabaseSync(path);
    other.exec('BEGIN IMMEDIATE');
    await expectCode(store.saveDocument(record()), ErrorCode.DatabaseLocked);
    other.exec('ROLLBACK');
    other.close();
    expect((await store.saveDocument(record())).status).toBe('added');
    await store.close();
  });

  test('reads still work while it is held', async () => {
    const path = dir.path();
    const store = await openSqliteStore(path, { busyTimeoutMs: 50 });
    const other = new DatabaseSync(path);
    other.exec('BEGIN IMMEDIATE');
    expect((await store.status()).responses).toBe(0);
    other.exec('ROLLBACK');
    other.close();
    await store.close();
  });
});

describe('When a document is saved without an explicit time', () => {
  test('the store clock dates it', async () => {
    const store = await openSqliteStore(dir.path(), { clock: () => new Date('2026-11-23T07:00:00Z') });
    await store.saveDocument(record({}, { addedAt: undefined }));
    expect((await store.status()).lastAddedAt).toBe('2026-11-23T07:00:00.000Z');
    await store.close();
  });
});

describe('When REMISS_DB picks the database', () => {
  test('without it the default is data/remiss.db', () => {
    expect(storeLocation({})).toMatchObject({ backend: 'sqlite', path: expect.stringMatching(/data\/remiss\.db$/) });
  });

  test('a file path selects SQLite at that path', async () => {
    const path = dir.path('chosen.db');
    expect(storeLocation({ REMISS_DB: path })).toEqual({ backend: 'sqlite', path });
  });

  test('a postgres URL selects PostgreSQL, not a file of that name', () => {
    const url = 'postgres://bot:hemligt@db.example/remiss';
    expect(storeLocation({ REMISS_DB: url })).toEqual({ backend: 'postgres', url });
  });
});
