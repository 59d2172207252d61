import type { Stance } from '../../core/types.js';
import { documentIdForHashSql } from '../shared/earlier-versions.js';
import * as shared from '../shared/rows.js';
import type { ResponseSummary, StoredAnswer } from '../store.js';

type Row = Record<string, unknown>;

/**
 * added_at as ISO 8601 text made by the server: pg would otherwise build a Date per row and we would format it
 * back, which is most of the client's time for a respondent's few hundred answers.
 */
export const ISO_ADDED_AT = `to_char(d.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS added_at`;

export const count = (stance: Stance) => `count(s.id) FILTER (WHERE s.stance = '${stance}')`;

/** Stances joined with their document. A document without a known respondent shows its file name instead. */
export const ANSWER_COLUMNS = shared.answerColumns(ISO_ADDED_AT);

export const ANSWER_FROM = 'stances s JOIN documents d ON d.id = s.document_id';

export function toAnswer(row: Row): StoredAnswer {
  return shared.toAnswer(row, isoString);
}

/** One row per document with its stance tally; add WHERE, then `GROUP BY d.id, r.id`; pair with `toSummary`. */
export const SUMMARY_SELECT = shared.summarySelect(count);

export const SUMMARY_GROUP = 'GROUP BY d.id, r.id';

export function toSummary(row: Row): ResponseSummary {
  return shared.toSummary(row, isoString);
}

/** timestamptz arrives as a Date; the Store speaks ISO 8601 with milliseconds, like the SQLite backend. */
export function isoString(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' && value.endsWith('Z') ? value : new Date(String(value)).toISOString();
}

/** The id of the document that stands for a content hash (parameter 1), stored or superseded: see earlier-versions.ts. */
export const DOCUMENT_ID_FOR_HASH = documentIdForHashSql((n) => `$${n}::text`);
