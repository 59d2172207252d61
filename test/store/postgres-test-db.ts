import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * PostgreSQL tests run when REMISS_TEST_PG holds an admin URL (`.ci/with-postgres` sets it). Each test file
 * gets its own database, created here and dropped afterwards, so files can run in parallel.
 */
export const PG_ADMIN_URL = process.env.REMISS_TEST_PG?.trim() || undefined;

export const PG_SKIP_REASON =
  'PostgreSQL tests skipped: REMISS_TEST_PG not set (run them with `.ci/with-postgres npx jest test/store test/concurrency`)';

/**
 * `describe` when a server is configured; otherwise `describe.skip` under a name that says why, plus one
 * console note per file, so nobody mistakes the missing server for passing tests.
 */
export function describePostgres(name: string, body: (adminUrl: string) => void): void {
  if (PG_ADMIN_URL) {
    describe(name, () => body(PG_ADMIN_URL as string));
    return;
  }
  console.warn(`${name}: ${PG_SKIP_REASON}`);
  describe.skip(`${name} — ${PG_SKIP_REASON}`, () => body('postgres://not-configured/'));
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Runs SQL on the test database as the admin user (for setup and inspection, not through the store). */
  query: (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;
  drop: () => Promise<void>;
}

/** A fresh, empty database named after the test file; `drop` removes it even with connections still open. */
export async function createTestDatabase(adminUrl: string, prefix: string): Promise<TestDatabase> {
  const name = `remiss_${prefix.replace(/\W/g, '_')}_${process.pid}_${randomBytes(3).toString('hex')}`.toLowerCase();
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(adminUrl, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    url,
    name,
    query: async (sql, params = []) => (await client.query(sql, params)).rows,
    drop: async () => {
      await client.end().catch(() => undefined);
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The admin URL with another database name (same host, port, user and password). */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
