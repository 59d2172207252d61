import type { CorrectionInput } from '../../src/core/review/correction.js';
import type { StoredAnswer } from '../../src/store/store.js';

/** An analyst (U0ANNA) setting a stored numbered answer to `newStance`, keeping its proposal and quote. */
export function stanceCorrection(answer: StoredAnswer, newStance: CorrectionInput['newStance']): CorrectionInput {
  const proposal = answer.proposal ?? '';
  return {
    userId: 'U0ANNA',
    respondent: answer.respondent,
    remiss: answer.remiss,
    proposal,
    oldProposal: proposal,
    newProposal: proposal,
    oldStance: answer.stance,
    newStance,
    oldQuote: answer.quote,
    newQuote: answer.quote,
    documentId: answer.documentId,
    expectedCurrent: null,
  };
}
