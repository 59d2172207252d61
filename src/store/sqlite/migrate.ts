import type { DatabaseSync } from 'node:sqlite';
import { ErrorCode, RemissError } from '../../errors.js';
import { MIGRATIONS, type Migration, SCHEMA_VERSION } from './schema.js';

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get();
  return Number(row?.user_version ?? 0);
}

/**
 * Brings the database to SCHEMA_VERSION. Each step commits with its version number, so a crash between
 * steps leaves a consistent, older database that the next open continues from.
 */
export function migrate(db: DatabaseSync, path: string, options: { readOnly: boolean }): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new RemissError(
      ErrorCode.DatabaseTooNew,
      `Database ${path} has schema version ${current}, but this program knows only up to version ${SCHEMA_VERSION}; ` +
        `use a newer remiss that supports schema version ${current}`,
      { details: { schema: { found: current, known: SCHEMA_VERSION } } },
    );
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (options.readOnly) {
    throw new RemissError(
      ErrorCode.DatabaseReadOnly,
      `Database ${path} has schema version ${current} and needs an upgrade to ${SCHEMA_VERSION}, which a read-only database cannot take`,
    );
  }
  for (const migration of pending) applyMigration(db, migration);
}

function applyMigration(db: DatabaseSync, migration: Migration): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have opened the same database at the same moment and applied this step while we
    // waited for the write lock: look again under the lock.
    if (schemaVersion(db) >= migration.version) {
      db.exec('COMMIT');
      return;
    }
    if (typeof migration.up === 'string') db.exec(migration.up);
    else migration.up(db);
    db.exec(`PRAGMA user_version = ${migration.version}`);
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
