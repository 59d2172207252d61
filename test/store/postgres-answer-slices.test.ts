import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { describeAnswerSlicesContract } from './answer-slices-contract.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgres-test-db.js';

// The guarantees the SQLite store's sliced reads give, for the PostgreSQL store's cursor.
describePostgres('PostgreSQL sliced reads', (adminUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'slices');
    await (await openPostgresStore(db.url)).close();
  });
  afterAll(async () => {
    await db?.drop();
  });

  describeAnswerSlicesContract('PostgreSQL', async () => {
    await db.query(
      'TRUNCATE remisser, proposals, documents, stances, respondent_tallies, superseded_documents, digest_runs, corrections RESTART IDENTITY',
    );
    return { open: (slices) => openPostgresStore(db.url, { slices }) };
  });
});
