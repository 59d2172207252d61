import type { DatabaseSync } from 'node:sqlite';

const SQLITE_BUSY = 5;

/**
 * Switching a new database to WAL needs an exclusive lock, and SQLite answers "database is locked" at once,
 * without its busy handler, when another process opens the same new file at that moment: retry until the
 * busy timeout. Already in WAL mode, the pragma takes no lock.
 */
export async function enableWal(db: DatabaseSync, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.exec('PRAGMA journal_mode = WAL');
      return;
    } catch (error) {
      const busy = (((error as { errcode?: number }).errcode ?? 0) & 0xff) === SQLITE_BUSY;
      if (!busy || Date.now() >= deadline) throw error;
      await new Promise((resolveWait) => setTimeout(resolveWait, 10 + Math.random() * 20));
    }
  }
}
