import { createTestDatabase, describePostgres } from '../store/postgres-test-db.js';
import { startTestBot } from './e2e-harness.js';

// With several instances an operator reads each one's log to see which database it uses (never its password).

describe('When the app starts on SQLite', () => {
  test('the log names the database file', async () => {
    const t = await startTestBot({ seeds: ['000_60d22344ceaed4cd.txt'] });
    try {
      expect(t.logger.lines).toContain(`info database: SQLite ${t.dir}/remiss.db`);
    } finally {
      await t.dispose();
    }
  });
});

describePostgres('When the app starts on PostgreSQL', (adminUrl) => {
  test('the log names the server and database, without user or password', async () => {
    const db = await createTestDatabase(adminUrl, 'startup_log');
    const url = new URL(db.url);
    try {
      const t = await startTestBot({ seeds: ['000_60d22344ceaed4cd.txt'], env: { REMISS_DB: db.url } });
      try {
        expect(t.logger.lines).toContain(`info database: PostgreSQL ${url.host}/${db.name}`);
        // The URL itself (with the password .ci/with-postgres gives the test user) is in no line.
        expect(t.logger.lines.join('\n')).not.toContain(db.url);
      } finally {
        await t.dispose();
      }
    } finally {
      await db.drop();
    }
  });
});
