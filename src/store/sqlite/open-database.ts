import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';

export function openDatabase(path: string | URL, options: { readOnly: boolean; timeout: number }): DatabaseSync {
  return new DatabaseSync(path, { ...options, enableForeignKeyConstraints: true });
}

/** Extended result codes: the WAL index (-shm) cannot be created, or not set up, beside the database. */
const SQLITE_READONLY_CANTINIT = 1288;
const SQLITE_READONLY_DIRECTORY = 1544;

/**
 * A read-only open. In WAL mode even a reader needs the -shm file beside the database; in a folder this process
 * may not write (a shared or mounted copy), SQLite cannot create it and every statement fails with
 * SQLITE_READONLY_DIRECTORY. Such a database is opened immutable instead (`file:…?immutable=1`): read as the file
 * stands, without locks, which is right for a copy nobody writes to; a writer changing it at that moment is not
 * coordinated with, and what it has not yet checkpointed from its -wal is not seen.
 */
export function openReadOnly(path: string, timeout: number): DatabaseSync {
  const db = openDatabase(path, { readOnly: true, timeout });
  try {
    // The first statement attaches the WAL index: this is where a read-only folder shows.
    db.prepare('PRAGMA user_version').get();
    return db;
  } catch (error) {
    db.close();
    const code = (error as { errcode?: number }).errcode;
    if (code !== SQLITE_READONLY_DIRECTORY && code !== SQLITE_READONLY_CANTINIT) throw error;
    const url = pathToFileURL(path);
    url.searchParams.set('immutable', '1');
    return openDatabase(url, { readOnly: true, timeout });
  }
}
