import type { Pool, PoolClient } from 'pg';
import { ErrorCode, RemissError } from '../../errors.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION, type PgMigration } from './schema.js';

/** One advisory lock key for "remiss is migrating this database" (0x72656d69 = "remi"). */
export const MIGRATION_LOCK_KEY = 0x72656d69;
const LOCK_POLL_MS = 100;

export interface MigrateOptions {
  readOnly: boolean;
  /** How long to wait for another instance's migration before giving up. */
  lockTimeoutMs: number;
  /** For messages: the database's URL without its password. */
  where: string;
}

/**
 * Brings the database to PG_SCHEMA_VERSION. Two instances starting together both come here; the advisory lock
 * lets one migrate while the other waits, then finds nothing left to do. A database whose schema is newer than
 * this code is refused: an old instance must not write into a schema it does not know.
 */
export async function migratePostgres(pool: Pool, options: MigrateOptions): Promise<number> {
  const client = await pool.connect();
  try {
    // A reader only checks: it takes no lock, so it is never held up by (or holds up) a migrating instance.
    if (options.readOnly) return await checkReadOnly(client, options);
    await acquireLock(client, options);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS remiss_schema_migrations (
           version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const current = await schemaVersion(client);
      assertNotNewer(current, options.where);
      const pending = PG_MIGRATIONS.filter((m) => m.version > current);
      for (const migration of pending) await apply(client, migration);
      return PG_SCHEMA_VERSION;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

async function checkReadOnly(client: PoolClient, options: MigrateOptions): Promise<number> {
  const exists = await client.query("SELECT to_regclass('remiss_schema_migrations') IS NOT NULL AS present");
  const current = exists.rows[0]?.present === true ? await schemaVersion(client) : 0;
  assertNotNewer(current, options.where);
  if (current < PG_SCHEMA_VERSION) {
    throw new RemissError(
      ErrorCode.DatabaseReadOnly,
      `Database ${options.where} has schema version ${current} and needs an upgrade to ${PG_SCHEMA_VERSION}, which a read-only store cannot do`,
    );
  }
  return current;
}

function assertNotNewer(current: number, where: string): void {
  if (current > PG_SCHEMA_VERSION) {
    throw new RemissError(
      ErrorCode.DatabaseTooNew,
      `Database ${where} has schema version ${current}, but this program knows only up to version ` +
        `${PG_SCHEMA_VERSION}; use a newer remiss that supports schema version ${current}`,
      { details: { schema: { found: current, known: PG_SCHEMA_VERSION } } },
    );
  }
}

export async function schemaVersion(client: Pick<PoolClient, 'query'>): Promise<number> {
  const result = await client.query('SELECT coalesce(max(version), 0) AS version FROM remiss_schema_migrations');
  return Number(result.rows[0]?.version ?? 0);
}

/** Polls pg_try_advisory_lock so the wait is bounded (pg_advisory_lock would wait forever). */
async function acquireLock(client: PoolClient, options: MigrateOptions): Promise<void> {
  const deadline = Date.now() + options.lockTimeoutMs;
  for (;;) {
    const result = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK_KEY]);
    if (result.rows[0]?.locked === true) return;
    if (Date.now() >= deadline) {
      throw new RemissError(
        ErrorCode.DatabaseLocked,
        `Database ${options.where}: another instance has been migrating the schema for over ${options.lockTimeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

async function apply(client: PoolClient, migration: PgMigration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.up);
    await client.query('INSERT INTO remiss_schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
