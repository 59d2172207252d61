import { respondentName } from '../render/respondent-name.js';
import type { AnswerRow } from '../search/group-answers.js';
import { type Correction, proposalOfKey, respondentFold, stanceKey } from './correction.js';

/** What an answer shows of the correction that changed it: who (Slack user id), when (ISO 8601), why. */
export interface CorrectionMark {
  by: string;
  at: string;
  comment?: string;
}

/** The fields of a stored answer that find a correction's target and that it can change. */
export type CorrectableRow = Pick<AnswerRow, 'remiss' | 'respondent' | 'proposal' | 'title' | 'stance' | 'quote'>;

/** "SOU 2024:72" + "åstorps kommun" + "7.2.2": the identity corrections and stances share. */
export function targetKey(remiss: string, respondent: string, proposal: string): string {
  return `${remiss}\n${respondentFold(respondent)}\n${proposal}`;
}

/**
 * Indexes current corrections (latest per target) for `applyCorrections`. A correction saved while an answer
 * without a known respondent was named by its bare file name ("svar.pdf") is indexed under the name it has now,
 * "Okänd remissinstans (svar.pdf)", too, so it still applies.
 */
export function correctionIndex(current: readonly Correction[]): Map<string, Correction> {
  const index = new Map<string, Correction>();
  const add = (key: string, c: Correction) => {
    const seen = index.get(key);
    if (!seen || seen.id < c.id) index.set(key, c);
  };
  for (const c of current) add(targetKey(c.remiss, c.respondent, c.proposal), c);
  for (const c of current) {
    const renamed = targetKey(c.remiss, respondentName(null, c.respondent), c.proposal);
    if (!index.has(renamed)) add(renamed, c);
  }
  return index;
}

/** The current correction of this stance as parsed, if any. */
export function correctionOf<T extends CorrectableRow>(row: T, index: Map<string, Correction>): Correction | undefined {
  return index.get(targetKey(row.remiss, row.respondent, stanceKey(row.proposal, row.title)));
}

/**
 * Stored (parsed) answers → what users see: a corrected answer carries the analyst's stance, quote and proposal
 * and a `corrected` mark; a stance corrected to "tar inte ställning" (`none`) is left out. A moved answer
 * (another proposal chosen) loses its parsed title, so the catalog's title for the new number is shown.
 */
export function applyCorrections<T extends CorrectableRow>(
  rows: readonly T[],
  index: Map<string, Correction>,
): Array<T & { corrected?: CorrectionMark }> {
  if (index.size === 0) return [...rows];
  const out: Array<T & { corrected?: CorrectionMark }> = [];
  for (const row of rows) {
    const c = correctionOf(row, index);
    if (!c) {
      out.push(row);
      continue;
    }
    if (c.newStance === 'none') continue;
    const moved = c.newProposal !== c.proposal;
    const mark: CorrectionMark = { by: c.userId, at: c.createdAt, ...(c.comment ? { comment: c.comment } : {}) };
    out.push({
      ...row,
      stance: c.newStance,
      quote: c.newQuote ?? row.quote,
      proposal: moved ? proposalOfKey(c.newProposal) : row.proposal,
      title: moved ? null : row.title,
      corrected: mark,
    });
  }
  return out;
}
