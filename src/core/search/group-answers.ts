import type { Confidence, Stance } from '../types.js';
import { compareSortKeys, proposalSortKey } from './answer-order.js';
import type { Answer, Match, Tally } from './types.js';

/**
 * The order answers are listed in: objections first, because they are what the drafters of a bill must answer;
 * then "delvis" (support with reservations), then support; "tar inte ställning" last as it says least.
 */
export const STANCE_ORDER: readonly Stance[] = ['against', 'partly', 'for', 'neutral'];

/** A stored answer as search sees it: structurally the store's StoredAnswer, so core does not import the store. */
export interface AnswerRow {
  stanceId: number;
  documentId: number;
  remiss: string;
  proposal: string | null;
  title: string | null;
  respondent: string;
  stance: Stance;
  quote: string;
  page: number | null;
  file: string;
  confidence: Confidence;
  reason: string;
  corrected?: Answer['corrected'];
}

export function emptyTally(): Tally {
  return { for: 0, partly: 0, against: 0, neutral: 0 };
}

export function tallyOf(answers: readonly { stance: Stance }[]): Tally {
  const tally = emptyTally();
  for (const answer of answers) tally[answer.stance] += 1;
  return tally;
}

const collator = new Intl.Collator('sv-SE');

function compareAnswers(a: Answer, b: Answer): number {
  return (
    STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) ||
    collator.compare(a.respondent, b.respondent) ||
    (a.page ?? 0) - (b.page ?? 0) ||
    a.stanceId - b.stanceId
  );
}

/**
 * Remisser in Swedish order; within one, "*" (the remiss as a whole) first, then numbers in order
 * ("4.1" < "4.1.1" < "10.1"), title-only last: the order of `proposalSortKey`, which the stores page by.
 */
function sortMatches(matches: Match[]): Match[] {
  // Each match's sort key is computed once, not in every comparison.
  return matches
    .map((match) => ({ match, key: proposalSortKey(match.proposal, match.title) }))
    .sort((a, b) =>
      a.match.remiss !== b.match.remiss
        ? collator.compare(a.match.remiss, b.match.remiss)
        : compareSortKeys(a.key, b.key),
    )
    .map(({ match }) => match);
}

function toAnswer(row: AnswerRow): Answer {
  return {
    stanceId: row.stanceId,
    documentId: row.documentId,
    respondent: row.respondent,
    stance: row.stance,
    quote: row.quote,
    file: row.file,
    page: row.page,
    confidence: row.confidence,
    reason: row.reason,
    ...(row.corrected ? { corrected: row.corrected } : {}),
  };
}

/**
 * Stored answers → one Match per (remiss, proposal), answers sorted by stance then respondent, with tallies.
 * `titleOf` supplies the catalog title when the stored row has none.
 */
export function groupAnswers(
  rows: readonly AnswerRow[],
  titleOf: (remiss: string, proposal: string) => string | undefined = () => undefined,
): Match[] {
  // Per remiss, then by number (title-only answers by "\u0001" + title, which no number starts with): no key
  // string is built per answer, since a respondent's page groups fifty of them on every query.
  const groups = new Map<string, Map<string, Match>>();
  const matches: Match[] = [];
  for (const row of rows) {
    let inRemiss = groups.get(row.remiss);
    if (!inRemiss) {
      inRemiss = new Map();
      groups.set(row.remiss, inRemiss);
    }
    const key = row.proposal ?? `\u0001${row.title ?? ''}`;
    let match = inRemiss.get(key);
    if (!match) {
      const title = (row.proposal ? titleOf(row.remiss, row.proposal) : undefined) ?? row.title;
      match = { remiss: row.remiss, proposal: row.proposal, title, tally: emptyTally(), answers: [] };
      inRemiss.set(key, match);
      matches.push(match);
    }
    match.answers.push(toAnswer(row));
    match.tally[row.stance] += 1;
  }
  for (const match of matches) match.answers.sort(compareAnswers);
  return sortMatches(matches);
}
