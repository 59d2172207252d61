import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgres-test-db.js';
import { describeStoreContract } from './store-contract.js';

// The same contract the SQLite store passes, against a real PostgreSQL server.
describePostgres('PostgreSQL store contract', (adminUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'contract');
    await (await openPostgresStore(db.url)).close();
  });
  afterAll(async () => {
    await db?.drop();
  });

  describeStoreContract('PostgreSQL', async () => {
    await db.query(
      'TRUNCATE remisser, proposals, documents, stances, respondent_tallies, superseded_documents, digest_runs, corrections RESTART IDENTITY',
    );
    return openPostgresStore(db.url);
  });
});
