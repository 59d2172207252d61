import { applyCorrections, type CorrectionMark, correctionIndex } from '../core/review/apply-corrections.js';
import { stanceKey } from '../core/review/correction.js';
import type { Store, StoredAnswer } from '../store/store.js';

export type CorrectedAnswer = StoredAnswer & { corrected?: CorrectionMark };

/**
 * Applies analysts' current corrections to stored answers: the one place search, export and the digest get
 * corrected stances from. With `proposal`, the rows are one proposal's answers: answers an analyst moved here from
 * another proposal are added, and those moved away are dropped. `rows` may still be on their way: the corrections
 * are read meanwhile (on PostgreSQL, one round trip of waiting instead of two).
 */
export async function withCorrections(
  store: Store,
  stored: readonly StoredAnswer[] | Promise<readonly StoredAnswer[]>,
  proposal?: { number: string; remiss: string | null },
): Promise<CorrectedAnswer[]> {
  const [rows, current] = await Promise.all([stored, store.currentCorrections(proposal?.remiss ?? undefined)]);
  if (current.length === 0) return [...rows];
  const index = correctionIndex(current);
  if (!proposal) return applyCorrections(rows, index);
  const movedHere = current.filter((c) => c.newProposal === proposal.number && c.proposal !== proposal.number);
  const extra: StoredAnswer[] = [];
  const seen = new Set(rows.map((r) => r.stanceId));
  for (const c of movedHere) {
    for (const row of await store.answersForRespondent(c.respondent)) {
      if (row.remiss === c.remiss && stanceKey(row.proposal, row.title) === c.proposal && !seen.has(row.stanceId)) {
        extra.push(row);
        seen.add(row.stanceId);
      }
    }
  }
  return applyCorrections([...rows, ...extra], index).filter((row) => row.proposal === proposal.number);
}

/** Every answer of a remiss (or all), corrections applied: the input of the remissammanställning export. */
export async function correctedAnswers(store: Store, remiss?: string): Promise<CorrectedAnswer[]> {
  return withCorrections(store, await store.allAnswers(remiss));
}
