import type { SQLInputValue } from 'node:sqlite';
import {
  type Correction,
  type CorrectionInput,
  type CorrectionOutcome,
  respondentFold,
} from '../../core/review/correction.js';
import { ErrorCode, RemissError } from '../../errors.js';
import {
  CORRECTION_INSERT_COLUMNS,
  CURRENT_CORRECTION_IDS,
  correctionValues,
  toCorrection,
} from '../correction-rows.js';
import type { Prepare } from './save-document.js';

/** Appends one correction; the caller wraps it in an IMMEDIATE transaction, so check and insert are atomic. */
export function addCorrectionRow(prepare: Prepare, input: CorrectionInput, now: Date): CorrectionOutcome {
  if (input.requestKey) {
    const seen = prepare('SELECT * FROM corrections WHERE request_key = ?').get(input.requestKey);
    if (seen) return { correction: toCorrection(seen), status: 'duplicate', stale: false };
  }
  const document = prepare('SELECT content_hash FROM documents WHERE id = ?').get(input.documentId);
  if (!document || (input.contentHash !== undefined && document.content_hash !== input.contentHash)) {
    throw new RemissError(
      ErrorCode.CorrectionDocumentGone,
      `Correction refused: document ${input.documentId} no longer exists as seen (replaced or removed)`,
    );
  }
  const latest = prepare(
    'SELECT max(id) AS id FROM corrections WHERE remiss = ? AND respondent_key = ? AND proposal = ?',
  ).get(input.remiss, respondentFold(input.respondent), input.proposal);
  const latestId = latest?.id === null || latest?.id === undefined ? null : Number(latest.id);
  const placeholders = CORRECTION_INSERT_COLUMNS.map(() => '?').join(', ');
  const values = correctionValues(input, (input.at ?? now).toISOString(), String(document.content_hash));
  const row = prepare(
    `INSERT INTO corrections (${CORRECTION_INSERT_COLUMNS.join(', ')}) VALUES (${placeholders}) RETURNING *`,
  ).get(...(values as SQLInputValue[]));
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return { correction: toCorrection(row), status: 'stored', stale: latestId !== input.expectedCurrent };
}

type All = (sql: string, ...params: SQLInputValue[]) => Record<string, unknown>[];

export function correctionsSinceRows(all: All, since?: Date): Correction[] {
  const rows = since
    ? all('SELECT * FROM corrections WHERE created_at >= ? ORDER BY id', since.toISOString())
    : all('SELECT * FROM corrections ORDER BY id');
  return rows.map((row) => toCorrection(row));
}

export function currentCorrectionRows(all: All, remiss?: string): Correction[] {
  const base = `SELECT * FROM corrections WHERE id IN (${CURRENT_CORRECTION_IDS})`;
  const rows = remiss === undefined ? all(`${base} ORDER BY id`) : all(`${base} AND remiss = ? ORDER BY id`, remiss);
  return rows.map((row) => toCorrection(row));
}

/** The stance keys a respondent now has in a remiss (a respondent-less document is known by its file name). */
export function stanceKeyRows(all: All, correction: Correction): Record<string, unknown>[] {
  return all(
    `SELECT s.proposal, s.title FROM stances s JOIN documents d ON d.id = s.document_id
     WHERE s.remiss = ? AND (d.respondent_key = ? OR (d.respondent IS NULL AND d.file_name = ?))`,
    correction.remiss,
    respondentFold(correction.respondent),
    correction.respondent,
  );
}
