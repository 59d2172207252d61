import type { Stance } from '../../core/types.js';
import { documentIdForHashSql } from '../shared/earlier-versions.js';
import * as shared from '../shared/rows.js';
import type { ResponseSummary, StoredAnswer } from '../store.js';

type Row = Record<string, unknown>;

/** SQLite counts a stance by summing a comparison (true is 1); coalesce makes a document without stances 0. */
export const count = (stance: Stance) => `coalesce(sum(s.stance = '${stance}'), 0)`;

/** Stances joined with their document; added_at is stored as ISO 8601 text already. */
export const ANSWER_COLUMNS = shared.answerColumns('d.added_at');

export function toAnswer(row: Row): StoredAnswer {
  return shared.toAnswer(row, String);
}

/** One row per document with its stance tally; add WHERE, then `GROUP BY d.id`; pair with `toSummary`. */
export const SUMMARY_SELECT = shared.summarySelect(count);

export function toSummary(row: Row): ResponseSummary {
  return shared.toSummary(row, String);
}

/** The id of the document that stands for a content hash (parameter 1), stored or superseded: see earlier-versions.ts. */
export const DOCUMENT_ID_FOR_HASH = documentIdForHashSql((n) => `?${n}`);
