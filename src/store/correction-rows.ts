import {
  type CorrectedStance,
  type Correction,
  type CorrectionInput,
  respondentFold,
  stanceKey,
} from '../core/review/correction.js';
import { ErrorCode, RemissError } from '../errors.js';

type Row = Record<string, unknown>;

/** The columns both backends store, in insert order (the table is the same in SQLite and PostgreSQL). */
export const CORRECTION_INSERT_COLUMNS = [
  'created_at',
  'user_id',
  'respondent',
  'respondent_key',
  'remiss',
  'proposal',
  'old_proposal',
  'new_proposal',
  'old_stance',
  'new_stance',
  'old_quote',
  'new_quote',
  'comment',
  'document_id',
  'content_hash',
  'based_on',
  'request_key',
] as const;

/** The values for CORRECTION_INSERT_COLUMNS; `createdAt` as the backend wants it (ISO text or Date). */
export function correctionValues<T>(input: CorrectionInput, createdAt: T, contentHash: string): unknown[] {
  return [
    createdAt,
    input.userId,
    input.respondent,
    respondentFold(input.respondent),
    input.remiss,
    input.proposal,
    input.oldProposal,
    input.newProposal,
    input.oldStance,
    input.newStance,
    input.oldQuote,
    input.newQuote,
    blankToNull(input.comment),
    input.documentId,
    contentHash,
    input.expectedCurrent,
    blankToNull(input.requestKey),
  ];
}

export function toCorrection(row: Row, createdAt: (value: unknown) => string = String): Correction {
  return {
    id: Number(row.id),
    createdAt: createdAt(row.created_at),
    userId: String(row.user_id),
    respondent: String(row.respondent),
    remiss: String(row.remiss),
    proposal: String(row.proposal),
    oldProposal: String(row.old_proposal),
    newProposal: String(row.new_proposal),
    oldStance: row.old_stance as CorrectedStance,
    newStance: row.new_stance as CorrectedStance,
    oldQuote: nullable(row.old_quote),
    newQuote: nullable(row.new_quote),
    comment: nullable(row.comment),
    documentId: Number(row.document_id),
    contentHash: String(row.content_hash),
    basedOn: row.based_on === null || row.based_on === undefined ? null : Number(row.based_on),
    requestKey: nullable(row.request_key),
  };
}

/** Latest per target: the highest id wins ("superseded by" is id order, not clock order). */
export const CURRENT_CORRECTION_IDS = 'SELECT max(id) FROM corrections GROUP BY remiss, respondent_key, proposal';

/** The n-th query parameter as the backend writes it: "?" (SQLite) or "$n" (PostgreSQL). */
export type Placeholder = (n: number) => string;

/**
 * Every column, named: PostgreSQL prepares some of these statements, and a prepared `SELECT *` fails once a later
 * schema version adds a column ("cached plan must not change result type").
 */
const COLUMNS = ['id', ...CORRECTION_INSERT_COLUMNS].join(', ');

/** The statements both backends send for corrections; only the placeholders differ. */
export const CORRECTION_SQL = {
  byRequestKey: (p: Placeholder) => `SELECT ${COLUMNS} FROM corrections WHERE request_key = ${p(1)}`,
  /** Parameters: remiss, respondent key, proposal key. */
  latestId: (p: Placeholder) =>
    `SELECT max(id) AS id FROM corrections WHERE remiss = ${p(1)} AND respondent_key = ${p(2)} AND proposal = ${p(3)}`,
  /** Parameters: `correctionValues`. */
  insert: (p: Placeholder) =>
    `INSERT INTO corrections (${CORRECTION_INSERT_COLUMNS.join(', ')})
     VALUES (${CORRECTION_INSERT_COLUMNS.map((_, i) => p(i + 1)).join(', ')}) RETURNING ${COLUMNS}`,
  all: `SELECT ${COLUMNS} FROM corrections ORDER BY id`,
  since: (p: Placeholder) => `SELECT ${COLUMNS} FROM corrections WHERE created_at >= ${p(1)} ORDER BY id`,
  current: `SELECT ${COLUMNS} FROM corrections WHERE id IN (${CURRENT_CORRECTION_IDS}) ORDER BY id`,
  currentOf: (p: Placeholder) =>
    `SELECT ${COLUMNS} FROM corrections WHERE id IN (${CURRENT_CORRECTION_IDS}) AND remiss = ${p(1)} ORDER BY id`,
  /**
   * The stance keys a respondent now has in a remiss (a respondent-less document is known by its file name).
   * Parameters: `stanceKeyParams`.
   */
  stanceKeys: (p: Placeholder) =>
    `SELECT s.proposal, s.title FROM stances s JOIN documents d ON d.id = s.document_id
     WHERE s.remiss = ${p(1)} AND (d.respondent_key = ${p(2)} OR (d.respondent IS NULL AND d.file_name = ${p(3)}))`,
};

export function stanceKeyParams(correction: Correction): string[] {
  return [correction.remiss, respondentFold(correction.respondent), correction.respondent];
}

/** The target of a correction as `CORRECTION_SQL.latestId` takes it. */
export function targetParams(input: CorrectionInput): string[] {
  return [input.remiss, respondentFold(input.respondent), input.proposal];
}

/** `max(id)` of no rows is NULL: no earlier correction. */
export function latestIdOf(row: Row | undefined): number | null {
  return row?.id === null || row?.id === undefined ? null : Number(row.id);
}

/**
 * Throws CorrectionDocumentGone unless the document the analyst corrected is still stored as they saw it
 * (`storedHash` is its content hash now, undefined when it is gone). Returns the hash.
 */
export function assertDocumentAsSeen(input: CorrectionInput, storedHash: unknown): string {
  if (
    storedHash === undefined ||
    storedHash === null ||
    (input.contentHash !== undefined && storedHash !== input.contentHash)
  ) {
    throw new RemissError(
      ErrorCode.CorrectionDocumentGone,
      `Correction refused: document ${input.documentId} no longer exists as seen (replaced or removed)`,
    );
  }
  return String(storedHash);
}

/**
 * Current corrections whose target has no stance any more. `keysOf(correction)` lists the stance keys the
 * store now has for the correction's respondent in its remiss.
 */
export async function orphansOf(
  current: readonly Correction[],
  keysOf: (correction: Correction) => Promise<Array<Record<string, unknown>>>,
): Promise<Correction[]> {
  const orphans: Correction[] = [];
  for (const correction of current) {
    const rows = await keysOf(correction);
    const keys = new Set(rows.map((r) => stanceKey(nullable(r.proposal), nullable(r.title))));
    if (!keys.has(correction.proposal)) orphans.push(correction);
  }
  return orphans;
}

function nullable(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}
