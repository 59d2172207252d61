/**
 * Candidates (proposals and respondents the index matched) as a pick list: filtered by remiss, in a stable,
 * readable order, each as a Choice. Pure.
 */
import { compareProposalNumbers } from '../catalog/catalog.js';
import type { Candidate } from './candidates.js';
import { MAX_CHOICES, proposalChoice, respondentChoice } from './suggest.js';
import type { Choice } from './types.js';

const collator = new Intl.Collator('sv-SE');

/** A respondent is in every remiss they answered; a proposal in its own. Null is any remiss. */
export function inRemiss(candidate: Candidate, remiss: string | null): boolean {
  if (remiss === null) return true;
  return candidate.kind === 'proposal' ? candidate.proposal.remiss === remiss : candidate.remisser.includes(remiss);
}

/** Proposals first, by remiss and number ("4.1" < "4.1.1" < "10.1"), then names A–Ö. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.kind === 'proposal' && b.kind === 'proposal') {
    return (
      collator.compare(a.proposal.remiss, b.proposal.remiss) ||
      compareProposalNumbers(a.proposal.number, b.proposal.number)
    );
  }
  if (a.kind !== b.kind) return a.kind === 'proposal' ? -1 : 1;
  return collator.compare(candidateName(a), candidateName(b));
}

export function candidateName(candidate: Candidate): string {
  return candidate.kind === 'proposal' ? candidate.proposal.title : candidate.respondent;
}

/** "7.2.2 Genomför … (SOU 2024:72)" → "7.2.2 SOU 2024:72"; "Vision" → "Vision". */
export function candidateChoice(candidate: Candidate): Choice {
  return candidate.kind === 'proposal' ? proposalChoice(candidate.proposal) : respondentChoice(candidate.respondent);
}

/**
 * A tie as a pick list: the first MAX_CHOICES, and how many there were when that is not all of them, so the
 * renderers can say "… och 4 till".
 */
export function pickList<T>(
  tie: readonly T[],
  toChoice: (c: T) => Choice,
): { choices: Choice[]; choicesTotal?: number } {
  const choices = tie.slice(0, MAX_CHOICES).map(toChoice);
  return tie.length > MAX_CHOICES ? { choices, choicesTotal: tie.length } : { choices };
}
