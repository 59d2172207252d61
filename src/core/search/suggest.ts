import { compareProposalNumbers } from '../catalog/catalog.js';
import type { Proposal } from '../types.js';
import type { Choice } from './types.js';

/**
 * How many equally good hits a pick list carries: all of them up to here (Slack pages them, 40 a message, with
 * "Visa fler"), so "kommun" among 290 municipalities is three pages and a "… och 170 till", not eight.
 */
export const MAX_CHOICES = 120;
export const MAX_SUGGESTIONS = 5;

/**
 * "7.2.2 Genomför försöksverksamhet med Magnetmodellen…" in SOU 2024:72 → query "7.2.2 SOU 2024:72"; `respondent`
 * makes it that respondent's answer there ("Vision 7.2.1 SOU 2024:72").
 */
export function proposalChoice(proposal: Proposal, respondent?: string): Choice {
  const query = `${proposal.number} ${proposal.remiss}`;
  return {
    label: `${proposal.number} ${proposal.title}`.trim(),
    query: respondent ? `${respondent} ${query}` : query,
    remiss: proposal.remiss,
  };
}

/** The one remiss every choice of a list is in, when they all name the same; null for a mixed list or names. */
export function sharedRemiss(choices: readonly Choice[]): string | null {
  const first = choices[0]?.remiss;
  return first !== undefined && choices.every((c) => c.remiss === first) ? first : null;
}

/** A choice as a row shows it: "7.2.2 Genomför … (SOU 2024:72)", without the remiss when the list names it once. */
export function choiceLabel(choice: Choice, withRemiss: boolean): string {
  return withRemiss && choice.remiss ? `${choice.label} (${choice.remiss})` : choice.label;
}

export function respondentChoice(respondent: string, suffix = ''): Choice {
  return { label: respondent, query: suffix ? `${respondent} ${suffix}` : respondent };
}

/** "7.2.1" is under "7.2" and "7"; "7.20" is not under "7.2". */
export function isUnder(proposal: string, number: string): boolean {
  return proposal.startsWith(`${number}.`);
}

function sharedParts(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  return n;
}

/**
 * The proposals nearest a section number that does not exist: "7.2.9" → 7.2.7, 7.2.6, … (same chapter first,
 * then by distance in the numbering).
 */
export function nearestByNumber(proposals: readonly Proposal[], number: string, limit = MAX_SUGGESTIONS): Proposal[] {
  const scored = proposals
    .map((proposal) => ({ proposal, shared: sharedParts(proposal.number, number) }))
    .filter((s) => s.shared > 0);
  scored.sort(
    (a, b) =>
      b.shared - a.shared ||
      Math.abs(compareDistance(a.proposal.number, number)) - Math.abs(compareDistance(b.proposal.number, number)) ||
      compareProposalNumbers(a.proposal.number, b.proposal.number),
  );
  return scored.slice(0, limit).map((s) => s.proposal);
}

// A rough numeric distance between "7.2.7" and "7.2.9": the first differing part's difference.
function compareDistance(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  }
  return 0;
}
