import { storedTitlesSql, titledRemiss, underTitles } from '../shared/stored-titles.js';
import type { IngestRecord } from '../store.js';
import type { Prepare } from './save-document.js';

const STORED_TITLES = storedTitlesSql((n) => `?${n}`);

/**
 * The record with its title-only answers under the titles its remiss already has (shared/stored-titles.ts). Run in
 * the save's transaction, before earlier versions go: SQLite has one writer at a time, so no other save can store
 * a title for the remiss in between; and a new version of a letter keeps the title its answers had.
 */
export function underStoredTitles(prepare: Prepare, record: IngestRecord): IngestRecord {
  const remiss = titledRemiss(record);
  if (remiss === null) return record;
  return underTitles(
    record,
    prepare(STORED_TITLES)
      .all(remiss)
      .map((row) => String(row.title)),
  );
}
