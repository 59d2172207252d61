import type { ClientBase } from 'pg';
import { storedTitlesSql, titledRemiss, underTitles } from '../shared/stored-titles.js';
import type { IngestRecord } from '../store.js';

/** Advisory lock class for "a document with title-only answers to this remiss is being saved" ("titl"). */
const TITLE_LOCK_CLASS = 0x7469746c;

const STORED_TITLES = storedTitlesSql((n) => `$${n}::text`);

/**
 * The record with its title-only answers under the titles its remiss already has (shared/stored-titles.ts), read
 * under a transaction-scoped lock on the remiss: two instances saving letters that name one proposal in other
 * words at once take turns, and under READ COMMITTED the second reads the first's committed title, so they never
 * store two titles for one proposal. Call it before any other lock of the save: every save that takes this lock
 * takes it first, so no two saves wait for each other in a circle. Saves without title-only answers do not take it.
 */
export async function underStoredTitles(db: ClientBase, record: IngestRecord): Promise<IngestRecord> {
  const remiss = titledRemiss(record);
  if (remiss === null) return record;
  await lockTitles(db, remiss);
  const stored = await db.query(STORED_TITLES, [remiss]);
  return underTitles(
    record,
    stored.rows.map((row) => String(row.title)),
  );
}

/** Takes the remiss's title lock until the transaction ends. */
async function lockTitles(db: ClientBase, remiss: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [TITLE_LOCK_CLASS, remiss]);
}
