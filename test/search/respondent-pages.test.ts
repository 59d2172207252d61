import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { MemoryStore } from './memory-store.js';
import { describeRespondentPages } from './respondent-pages-behaviour.js';

describeRespondentPages('the in-memory store double', async () => new MemoryStore());
describeRespondentPages('SQLite', () => openSqliteStore(':memory:'));

describePostgres('Respondent pages on PostgreSQL', (adminUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'pages');
    await (await openPostgresStore(db.url)).close();
  });
  afterAll(async () => {
    await db?.drop();
  });

  describeRespondentPages('PostgreSQL', async () => {
    await db.query(
      'TRUNCATE remisser, proposals, documents, stances, superseded_documents, digest_runs, corrections RESTART IDENTITY',
    );
    return openPostgresStore(db.url);
  });
});
