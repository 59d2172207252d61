import type { SQLInputValue } from 'node:sqlite';
import type { Correction, CorrectionInput, CorrectionOutcome } from '../../core/review/correction.js';
import {
  assertDocumentAsSeen,
  CORRECTION_SQL,
  correctionValues,
  latestIdOf,
  stanceKeyParams,
  targetParams,
  toCorrection,
} from '../correction-rows.js';
import type { Prepare } from './save-document.js';

const p = () => '?';

/** Appends one correction; the caller wraps it in an IMMEDIATE transaction, so check and insert are atomic. */
export function addCorrectionRow(prepare: Prepare, input: CorrectionInput, now: Date): CorrectionOutcome {
  if (input.requestKey) {
    const seen = prepare(CORRECTION_SQL.byRequestKey(p)).get(input.requestKey);
    if (seen) return { correction: toCorrection(seen), status: 'duplicate', stale: false };
  }
  const document = prepare('SELECT content_hash FROM documents WHERE id = ?').get(input.documentId);
  const contentHash = assertDocumentAsSeen(input, document?.content_hash);
  const latestId = latestIdOf(prepare(CORRECTION_SQL.latestId(p)).get(...targetParams(input)));
  const values = correctionValues(input, (input.at ?? now).toISOString(), contentHash);
  const row = prepare(CORRECTION_SQL.insert(p)).get(...(values as SQLInputValue[]));
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return { correction: toCorrection(row), status: 'stored', stale: latestId !== input.expectedCurrent };
}

type All = (sql: string, ...params: SQLInputValue[]) => Record<string, unknown>[];

export function correctionsSinceRows(all: All, since?: Date): Correction[] {
  const rows = since ? all(CORRECTION_SQL.since(p), since.toISOString()) : all(CORRECTION_SQL.all);
  return rows.map((row) => toCorrection(row));
}

export function currentCorrectionRows(all: All, remiss?: string): Correction[] {
  const rows = remiss === undefined ? all(CORRECTION_SQL.current) : all(CORRECTION_SQL.currentOf(p), remiss);
  return rows.map((row) => toCorrection(row));
}

/** The stance keys a respondent now has in a remiss (a respondent-less document is known by its file name). */
export function stanceKeyRows(all: All, correction: Correction): Record<string, unknown>[] {
  return all(CORRECTION_SQL.stanceKeys(p), ...stanceKeyParams(correction));
}
