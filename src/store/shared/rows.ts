import { compareProposalMarkers } from '../../core/render/export-order.js';
import { respondentName } from '../../core/render/respondent-name.js';
import type { Confidence, DocumentKind, Proposal, Stance } from '../../core/types.js';
import { respondentKey } from '../respondent-key.js';
import type { IngestRecord, ResponseSummary, StoredAnswer } from '../store.js';

/**
 * Row mapping both backends share: the same tables, so the same columns in and the same objects out. What differs
 * (placeholders, how a time is stored, how a count is written) is passed in by the backend.
 */

type Row = Record<string, unknown>;

const STANCES: readonly Stance[] = ['for', 'partly', 'against', 'neutral'];

/**
 * Stances joined with their document (`stances s JOIN documents d`); `addedAt` is the backend's expression for
 * the document's ISO 8601 time, named added_at. A document without a known respondent is named by toAnswer.
 */
export function answerColumns(addedAt: string): string {
  return `
  s.id AS stance_id, s.document_id, s.remiss, s.proposal, s.title,
  d.respondent, s.stance, s.quote, s.page,
  d.file_name AS file, s.confidence, s.reason, ${addedAt}`;
}

/**
 * `addedAt` turns the backend's added_at into ISO 8601 text. An answer whose document has no known respondent is
 * "Okänd remissinstans (fil.pdf)" (respondentName), on every surface, and is what a correction of it is keyed by.
 */
export function toAnswer(row: Row, addedAt: (value: unknown) => string): StoredAnswer {
  return {
    stanceId: Number(row.stance_id),
    documentId: Number(row.document_id),
    remiss: String(row.remiss),
    proposal: nullableString(row.proposal),
    title: nullableString(row.title),
    respondent: respondentName(nullableString(row.respondent), String(row.file)),
    stance: row.stance as Stance,
    quote: String(row.quote),
    page: row.page === null || row.page === undefined ? null : Number(row.page),
    file: String(row.file),
    confidence: row.confidence as Confidence,
    reason: String(row.reason),
    addedAt: addedAt(row.added_at),
  };
}

/** `n_for, n_partly, n_against, n_neutral`: each stance counted over `s`; `count(stance)` is the backend's aggregate. */
export function tallyColumns(count: (stance: Stance) => string): string {
  return STANCES.map((stance) => `${count(stance)} AS n_${stance}`).join(', ');
}

export function toTally(row: Row): Record<Stance, number> {
  return {
    for: Number(row.n_for),
    partly: Number(row.n_partly),
    against: Number(row.n_against),
    neutral: Number(row.n_neutral),
  };
}

/** One row per document with its stance tally; add WHERE and the backend's GROUP BY; pair with `toSummary`. */
export function summarySelect(count: (stance: Stance) => string): string {
  return `
  SELECT d.id, d.file_name, d.kind, d.remiss, r.title AS remiss_title, d.respondent, d.added_at,
    ${tallyColumns(count)}
  FROM documents d
  LEFT JOIN remisser r ON r.id = d.remiss
  LEFT JOIN stances s ON s.document_id = d.id`;
}

export function toSummary(row: Row, addedAt: (value: unknown) => string): ResponseSummary {
  const remiss = nullableString(row.remiss);
  return {
    documentId: Number(row.id),
    file: String(row.file_name),
    kind: row.kind as DocumentKind,
    remiss: remiss === null ? null : { id: remiss, title: nullableString(row.remiss_title) },
    respondent: nullableString(row.respondent),
    addedAt: addedAt(row.added_at),
    tally: toTally(row),
  };
}

/** Catalog rows in numeric order per remiss ("7.2" < "7.2.2" < "10.1"). */
export function toProposals(rows: readonly Row[]): Proposal[] {
  return rows
    .map((row) => ({ remiss: String(row.remiss), number: String(row.number), title: String(row.title) }))
    .sort((a, b) => a.remiss.localeCompare(b.remiss) || compareProposalMarkers(a.number, b.number));
}

/** The document row of a saved file, in the column order both backends insert (added_at is the backend's). */
export const DOCUMENT_INSERT_COLUMNS =
  'file_name, path, content_hash, kind, remiss, respondent, respondent_key, warnings, added_at';

export function documentValues(record: IngestRecord, fileName: string): unknown[] {
  const { parsed } = record;
  return [
    fileName,
    record.file,
    record.contentHash,
    parsed.kind,
    parsed.remiss?.id ?? null,
    parsed.respondent,
    parsed.respondent === null ? null : respondentKey(parsed.respondent),
    JSON.stringify(parsed.warnings),
  ];
}

export function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
