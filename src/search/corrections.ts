import { applyCorrections, type CorrectionMark, correctionIndex } from '../core/review/apply-corrections.js';
import { type Correction, stanceKey } from '../core/review/correction.js';
import type { Store, StoredAnswer } from '../store/store.js';

export type CorrectedAnswer = StoredAnswer & { corrected?: CorrectionMark };

/**
 * Applies analysts' current corrections to stored answers: the one place search, export and the digest get
 * corrected stances from. `current` is the store's currentCorrections() (the search engine keeps them with its
 * index, so a query does not read them again). With `proposal`, the rows are one proposal's answers: answers an
 * analyst moved here from another proposal are added, and those moved away are dropped.
 */
export async function withCorrections(
  store: Store,
  rows: readonly StoredAnswer[],
  current: readonly Correction[],
  proposal?: { number: string; remiss: string | null },
): Promise<CorrectedAnswer[]> {
  const relevant = proposal?.remiss ? current.filter((c) => c.remiss === proposal.remiss) : current;
  if (relevant.length === 0) return [...rows];
  const index = correctionIndex(relevant);
  if (!proposal) return applyCorrections(rows, index);
  const movedHere = relevant.filter((c) => c.newProposal === proposal.number && c.proposal !== proposal.number);
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
  const [rows, current] = await Promise.all([store.allAnswers(remiss), store.currentCorrections(remiss)]);
  return withCorrections(store, rows, current);
}
