import type { Pool, PoolClient } from 'pg';
import {
  type Correction,
  type CorrectionInput,
  type CorrectionOutcome,
  respondentFold,
} from '../../core/review/correction.js';
import {
  assertDocumentAsSeen,
  CORRECTION_SQL,
  correctionValues,
  latestIdOf,
  stanceKeyParams,
  targetParams,
  toCorrection,
} from '../correction-rows.js';
import { isoString } from './rows.js';

const p = (n: number) => `$${n}`;

/** Advisory lock class for "a correction of this target is being stored" (0x636f7272 = "corr"). */
const CORRECTION_LOCK_CLASS = 0x636f7272;

const fromRow = (row: Record<string, unknown>) => toCorrection(row, isoString);

/**
 * Appends one correction inside the caller's transaction. A transaction-scoped advisory lock on the target
 * serialises corrections of one stance across instances, so "was this based on the latest?" is answered
 * truthfully for each of two concurrent submissions (the second sees the first).
 */
export async function addCorrectionRow(db: PoolClient, input: CorrectionInput, now: Date): Promise<CorrectionOutcome> {
  const key = respondentFold(input.respondent);
  await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
    CORRECTION_LOCK_CLASS,
    `${input.remiss}\n${key}\n${input.proposal}`,
  ]);
  if (input.requestKey) {
    const seen = await db.query(CORRECTION_SQL.byRequestKey(p), [input.requestKey]);
    if (seen.rows[0]) return { correction: fromRow(seen.rows[0]), status: 'duplicate', stale: false };
  }
  // FOR SHARE: a concurrent replacement of the document waits for this correction, or this one sees it gone.
  const document = await db.query('SELECT content_hash FROM documents WHERE id = $1 FOR SHARE', [input.documentId]);
  const contentHash = assertDocumentAsSeen(input, document.rows[0]?.content_hash);
  const latestId = latestIdOf((await db.query(CORRECTION_SQL.latestId(p), targetParams(input))).rows[0]);
  const inserted = await db.query(CORRECTION_SQL.insert(p), correctionValues(input, input.at ?? now, contentHash));
  return { correction: fromRow(inserted.rows[0]), status: 'stored', stale: latestId !== input.expectedCurrent };
}

export async function correctionsSinceRows(pool: Pool, since?: Date): Promise<Correction[]> {
  const result = since ? await pool.query(CORRECTION_SQL.since(p), [since]) : await pool.query(CORRECTION_SQL.all);
  return result.rows.map(fromRow);
}

/** Runs one read statement (search asks for current corrections with every query: the store prepares it). */
export type Read = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

export async function currentCorrectionRows(read: Read, remiss?: string): Promise<Correction[]> {
  const rows =
    remiss === undefined ? await read(CORRECTION_SQL.current, []) : await read(CORRECTION_SQL.currentOf(p), [remiss]);
  return rows.map(fromRow);
}

/** The stance keys a respondent now has in a remiss (a respondent-less document is known by its file name). */
export async function stanceKeyRows(pool: Pool, correction: Correction): Promise<Array<Record<string, unknown>>> {
  return (await pool.query(CORRECTION_SQL.stanceKeys(p), stanceKeyParams(correction))).rows;
}
