import type { Pool, PoolClient } from 'pg';
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
import { isoString } from './rows.js';

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
    const seen = await db.query('SELECT * FROM corrections WHERE request_key = $1', [input.requestKey]);
    if (seen.rows[0]) return { correction: fromRow(seen.rows[0]), status: 'duplicate', stale: false };
  }
  // FOR SHARE: a concurrent replacement of the document waits for this correction, or this one sees it gone.
  const document = await db.query('SELECT content_hash FROM documents WHERE id = $1 FOR SHARE', [input.documentId]);
  const found = document.rows[0];
  if (!found || (input.contentHash !== undefined && found.content_hash !== input.contentHash)) {
    throw new RemissError(
      ErrorCode.CorrectionDocumentGone,
      `Correction refused: document ${input.documentId} no longer exists as seen (replaced or removed)`,
    );
  }
  const latest = await db.query(
    'SELECT max(id) AS id FROM corrections WHERE remiss = $1 AND respondent_key = $2 AND proposal = $3',
    [input.remiss, key, input.proposal],
  );
  const latestId = latest.rows[0]?.id === null || latest.rows[0]?.id === undefined ? null : Number(latest.rows[0].id);
  const placeholders = CORRECTION_INSERT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
  const inserted = await db.query(
    `INSERT INTO corrections (${CORRECTION_INSERT_COLUMNS.join(', ')}) VALUES (${placeholders}) RETURNING *`,
    correctionValues(input, input.at ?? now, String(found.content_hash)),
  );
  return { correction: fromRow(inserted.rows[0]), status: 'stored', stale: latestId !== input.expectedCurrent };
}

export async function correctionsSinceRows(pool: Pool, since?: Date): Promise<Correction[]> {
  const result = since
    ? await pool.query('SELECT * FROM corrections WHERE created_at >= $1 ORDER BY id', [since])
    : await pool.query('SELECT * FROM corrections ORDER BY id');
  return result.rows.map(fromRow);
}

export async function currentCorrectionRows(pool: Pool, remiss?: string): Promise<Correction[]> {
  const base = `SELECT * FROM corrections WHERE id IN (${CURRENT_CORRECTION_IDS})`;
  const result =
    remiss === undefined
      ? await pool.query(`${base} ORDER BY id`)
      : await pool.query(`${base} AND remiss = $1 ORDER BY id`, [remiss]);
  return result.rows.map(fromRow);
}

/** The stance keys a respondent now has in a remiss (a respondent-less document is known by its file name). */
export async function stanceKeyRows(pool: Pool, correction: Correction): Promise<Array<Record<string, unknown>>> {
  const result = await pool.query(
    `SELECT s.proposal, s.title FROM stances s JOIN documents d ON d.id = s.document_id
     WHERE s.remiss = $1 AND (d.respondent_key = $2 OR (d.respondent IS NULL AND d.file_name = $3))`,
    [correction.remiss, respondentFold(correction.respondent), correction.respondent],
  );
  return result.rows;
}
