import {
  type CorrectedStance,
  type Correction,
  type CorrectionInput,
  respondentFold,
  stanceKey,
} from '../core/review/correction.js';

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
