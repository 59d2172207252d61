import type { Confidence, DocumentKind, Stance } from '../../core/types.js';
import type { ResponseSummary, StoredAnswer } from '../store.js';

type Row = Record<string, unknown>;

/**
 * added_at as ISO 8601 text made by the server: pg would otherwise build a Date per row and we would format it
 * back, which is most of the client's time for a respondent's few hundred answers.
 */
const ISO_ADDED_AT = `to_char(d.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS added_at`;

/** Stances joined with their document. A document without a known respondent shows its file name instead. */
export const ANSWER_COLUMNS = `
  s.id AS stance_id, s.document_id, s.remiss, s.proposal, s.title,
  coalesce(d.respondent, d.file_name) AS respondent, s.stance, s.quote, s.page,
  d.file_name AS file, s.confidence, s.reason, ${ISO_ADDED_AT}`;

export const ANSWER_FROM = 'stances s JOIN documents d ON d.id = s.document_id';

export function toAnswer(row: Row): StoredAnswer {
  return {
    stanceId: Number(row.stance_id),
    documentId: Number(row.document_id),
    remiss: String(row.remiss),
    proposal: nullableString(row.proposal),
    title: nullableString(row.title),
    respondent: String(row.respondent),
    stance: row.stance as Stance,
    quote: String(row.quote),
    page: row.page === null || row.page === undefined ? null : Number(row.page),
    file: String(row.file),
    confidence: row.confidence as Confidence,
    reason: String(row.reason),
    addedAt: isoString(row.added_at),
  };
}

/** One row per document with its stance tally; add WHERE, then `GROUP BY d.id, r.id`; pair with `toSummary`. */
export const SUMMARY_SELECT = `
  SELECT d.id, d.file_name, d.kind, d.remiss, r.title AS remiss_title, d.respondent, d.added_at,
    count(s.id) FILTER (WHERE s.stance = 'for') AS n_for,
    count(s.id) FILTER (WHERE s.stance = 'partly') AS n_partly,
    count(s.id) FILTER (WHERE s.stance = 'against') AS n_against,
    count(s.id) FILTER (WHERE s.stance = 'neutral') AS n_neutral
  FROM documents d
  LEFT JOIN remisser r ON r.id = d.remiss
  LEFT JOIN stances s ON s.document_id = d.id`;

export const SUMMARY_GROUP = 'GROUP BY d.id, r.id';

export function toSummary(row: Row): ResponseSummary {
  const remiss = nullableString(row.remiss);
  return {
    documentId: Number(row.id),
    file: String(row.file_name),
    kind: row.kind as DocumentKind,
    remiss: remiss === null ? null : { id: remiss, title: nullableString(row.remiss_title) },
    respondent: nullableString(row.respondent),
    addedAt: isoString(row.added_at),
    tally: {
      for: Number(row.n_for),
      partly: Number(row.n_partly),
      against: Number(row.n_against),
      neutral: Number(row.n_neutral),
    },
  };
}

/** timestamptz arrives as a Date; the Store speaks ISO 8601 with milliseconds, like the SQLite backend. */
export function isoString(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' && value.endsWith('Z') ? value : new Date(String(value)).toISOString();
}

export function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
