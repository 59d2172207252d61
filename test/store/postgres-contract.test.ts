import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { describeHandledKeysContract } from './handled-keys-contract.js';
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

  const emptied = async () => {
    await db.query(
      'TRUNCATE remisser, proposals, documents, stances, respondent_tallies, superseded_documents, digest_runs, corrections, handled_keys RESTART IDENTITY',
    );
    return openPostgresStore(db.url);
  };

  describeStoreContract('PostgreSQL', emptied);

  describeHandledKeysContract('PostgreSQL', async () => ({
    store: await emptied(),
    rows: async () => Number((await db.query('SELECT count(*)::int AS n FROM handled_keys'))[0].n),
  }));
});
