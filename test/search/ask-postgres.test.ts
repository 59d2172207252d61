import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { describeAsk } from './ask-behaviour.js';

// The same behaviour on the shared store, when REMISS_TEST_PG names a server: its quote search is pg_trgm, not FTS5.
describePostgres('ask() on PostgreSQL', (adminUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'ask');
    await (await openPostgresStore(db.url)).close();
  });
  afterAll(async () => {
    await db?.drop();
  });

  describeAsk('PostgreSQL', () => openPostgresStore(db.url));
});
