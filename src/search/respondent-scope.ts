/**
 * One respondent's answer to one proposal ("Åstorp 7.2.2", "magnetmodellen Åstorp"): the respondent's answers
 * under the proposal's own tally, marked as theirs, so no renderer can show one answer as if it were the whole
 * count; and when they took no stance on it ("Vision 7.2.2"), what they did answer in that remiss.
 */
import type { Correction } from '../core/review/correction.js';
import { tallyOf } from '../core/search/group-answers.js';
import { MAX_SUGGESTIONS, proposalChoice } from '../core/search/suggest.js';
import { normalizeName } from '../core/search/tokens.js';
import type { Match, SearchResult } from '../core/search/types.js';
import { WHOLE_REMISS } from '../core/types.js';
import type { Store, StoredAnswer } from '../store/store.js';
import { type Group, respondentPage } from './respondent-page.js';

export interface RespondentOnProposal {
  respondent: string;
  remiss: string;
  number: string;
  /** The catalog's title of the proposal, for when the respondent has no answer to take it from. */
  title: string | null;
  /** Every answer to the proposal (corrections applied): the tally counts them all. */
  rows: readonly StoredAnswer[];
}

export interface ScopeContext {
  store: Store;
  group: Group;
  corrections: readonly Correction[];
  remissOrder: readonly string[];
}

/** The parts of a SearchResult (kind 'proposal') for one respondent's answers to one proposal. */
export async function respondentOnProposal(
  request: RespondentOnProposal,
  context: ScopeContext,
): Promise<Pick<SearchResult, 'respondent' | 'matches' | 'suggestions' | 'totals'>> {
  const { respondent, remiss, number, rows } = request;
  const whole = tallyOf(rows);
  const key = normalizeName(respondent);
  const theirs = context.group(rows.filter((r) => normalizeName(r.respondent) === key));
  if (theirs.length > 0) {
    const matches = theirs.map((m): Match => ({ ...m, tally: whole, answersOf: respondent }));
    return { respondent, matches, suggestions: [] };
  }
  const empty: Match = {
    remiss,
    proposal: number,
    title: request.title,
    tally: whole,
    answers: [],
    answersOf: respondent,
  };
  // What they did answer in that remiss, as their answer there: "Vision 4.6.4 SOU 2024:72".
  const page = await respondentPage(
    context.store,
    { respondent, remiss, offset: 0, limit: MAX_SUGGESTIONS, remissOrder: context.remissOrder },
    context.group,
    context.corrections,
  );
  const suggestions = page.matches
    .filter((m) => m.proposal !== null && m.proposal !== WHOLE_REMISS)
    .map((m) => proposalChoice({ remiss: m.remiss, number: m.proposal ?? '', title: m.title ?? '' }, respondent));
  return { respondent, matches: [empty], suggestions, totals: page.totals };
}
