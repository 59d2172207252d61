import type { Correction } from '../core/review/correction.js';
import { respondentFold } from '../core/review/correction.js';
import { tallyOf } from '../core/search/group-answers.js';
import type { Match, ResultTotals } from '../core/search/types.js';
import type { Store, StoredAnswer } from '../store/store.js';
import { withCorrections } from './corrections.js';

/** Stored answers → matches in display order (the engine's grouping, with catalog titles). */
export type Group = (rows: readonly StoredAnswer[]) => Match[];

/** Which page: `offset` and `limit` count matches (proposals), not answers. */
export interface PageRequest {
  respondent: string;
  /** Only this remiss; null for all. */
  remiss: string | null;
  offset: number;
  limit: number;
  /** Every remiss id in display order (Swedish), so the store pages in the order the matches are shown. */
  remissOrder: readonly string[];
}

export interface RespondentPage {
  matches: Match[];
  totals: ResultTotals;
}

/**
 * One page (`offset`, `limit` in matches) of a respondent's answers, grouped by proposal, with totals over all of
 * them. A prolific respondent has hundreds of answers and the user sees one page, so the store hands out the
 * page and the totals in one read (respondentMatches) from its per-respondent tallies.
 *
 * Corrections change stances, move answers between proposals and remove some, so counts and pages the database
 * computed from parsed stances would be wrong: a respondent with a current correction is read whole, corrected,
 * then counted and paged here. Corrections are rare, and concern few respondents. `corrections` are the current
 * ones (the engine keeps them).
 */
export async function respondentPage(
  store: Store,
  request: PageRequest,
  group: Group,
  corrections: readonly Correction[],
): Promise<RespondentPage> {
  const { respondent, remiss, offset, limit, remissOrder } = request;
  if (corrections.length > 0) {
    // Folding is a locale-aware lowercase: not paid on every query when nothing was corrected.
    const key = respondentFold(respondent);
    const mine = corrections.filter((c) => respondentFold(c.respondent) === key);
    if (mine.length > 0) return correctedPage(store, request, group, mine);
  }
  const only = remiss === null ? {} : { remiss };
  const page = await store.respondentMatches(respondent, { ...only, offset, limit, remissOrder });
  return { matches: group(page.answers), totals: page.totals };
}

async function correctedPage(
  store: Store,
  request: PageRequest,
  group: Group,
  corrections: readonly Correction[],
): Promise<RespondentPage> {
  const { respondent, remiss, offset, limit } = request;
  const rows = (await withCorrections(store, await store.answersForRespondent(respondent), corrections)).filter(
    (r) => remiss === null || r.remiss === remiss,
  );
  const all = group(rows);
  return {
    matches: all.slice(offset, offset + limit),
    totals: { matches: all.length, answers: rows.length, tally: tallyOf(rows) },
  };
}
