import { hasTitleOnlyStance, withStoredTitles } from '../../core/catalog/title-only-key.js';
import type { IngestRecord } from '../store.js';

/**
 * Saving a document files its title-only answers under the title the remiss already has for the same proposal
 * (core/catalog/title-only-key.ts), inside the save's transaction: two respondents naming one proposal in other
 * words are then one match everywhere answers are grouped by exact title (search, tallies, paging, exports).
 */

/**
 * The titles a remiss's title-only answers are stored under (parameter 1: the remiss), first stored first: one row
 * per title, found through an index on (remiss, proposal).
 */
export function storedTitlesSql(p: (n: number) => string): string {
  return `SELECT title FROM stances WHERE remiss = ${p(1)} AND proposal IS NULL AND title IS NOT NULL
    GROUP BY title ORDER BY min(id)`;
}

/**
 * The remiss whose stored titles a record's answers are matched with, or null when there is nothing to match: no
 * title-only answer, or no known remiss (answers to unknown remisser are stored together under "", where matching
 * would join proposals of different remisser).
 */
export function titledRemiss(record: IngestRecord): string | null {
  const remiss = record.parsed.remiss?.id ?? null;
  return remiss !== null && hasTitleOnlyStance(record.parsed.stances) ? remiss : null;
}

/** The record with its title-only answers under the remiss's stored titles (`titles`, first stored first). */
export function underTitles(record: IngestRecord, titles: Iterable<string>): IngestRecord {
  const stances = withStoredTitles(record.parsed.stances, titles);
  return stances.every((s, i) => s === record.parsed.stances[i])
    ? record
    : { ...record, parsed: { ...record.parsed, stances } };
}
