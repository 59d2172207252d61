import { respondentFold } from '../core/review/correction.js';
import { emptyTally, tallyOf } from '../core/search/group-answers.js';
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
}

export interface RespondentPage {
  matches: Match[];
  totals: ResultTotals;
}

const collator = new Intl.Collator('sv-SE');

/**
 * One page (`offset`, `limit` in matches) of a respondent's answers, grouped by proposal, with totals over all of
 * them. A prolific respondent has hundreds of answers and the user sees one page, so the store counts (GROUP BY)
 * and reads only the page's rows (ORDER BY sort key, LIMIT, OFFSET), one remiss at a time in display order.
 *
 * Corrections change stances, move answers between proposals and remove some, so counts and pages the database
 * computed from parsed stances would be wrong: a respondent with a current correction is read whole, corrected,
 * then counted and paged here. Corrections are rare, and concern few respondents.
 */
export async function respondentPage(store: Store, request: PageRequest, group: Group): Promise<RespondentPage> {
  const { respondent, remiss, offset, limit } = request;
  // Both at once: on PostgreSQL that is one round trip of waiting instead of two.
  const [corrections, tallies] = await Promise.all([
    store.currentCorrections(remiss ?? undefined),
    store.respondentTally(respondent),
  ]);
  const key = respondentFold(respondent);
  if (corrections.some((c) => respondentFold(c.respondent) === key)) {
    return correctedPage(store, request, group);
  }
  const remisser = tallies
    .filter((r) => remiss === null || r.remiss === remiss)
    .sort((a, b) => collator.compare(a.remiss, b.remiss));
  const totals: ResultTotals = { matches: 0, answers: 0, tally: emptyTally() };
  for (const r of remisser) {
    totals.matches += r.proposals;
    for (const stance of Object.keys(r.tally) as Array<keyof typeof r.tally>) {
      totals.tally[stance] += r.tally[stance];
      totals.answers += r.tally[stance];
    }
  }
  const matches: Match[] = [];
  let skip = offset;
  for (const r of remisser) {
    const wanted = limit - matches.length;
    if (wanted <= 0) break;
    if (skip >= r.proposals) {
      skip -= r.proposals;
      continue;
    }
    const answers = r.tally.for + r.tally.partly + r.tally.against + r.tally.neutral;
    if (answers === r.proposals) {
      // One answer per proposal: the n-th match is the n-th answer, so the database pages for us.
      const rows = await store.answersForRespondent(respondent, { remiss: r.remiss, offset: skip, limit: wanted });
      matches.push(...group(rows));
    } else {
      // Some proposal answered twice (two documents, or two passages): page the grouped matches instead.
      const rows = await store.answersForRespondent(respondent, { remiss: r.remiss });
      matches.push(...group(rows).slice(skip, skip + wanted));
    }
    skip = 0;
  }
  return { matches, totals };
}

async function correctedPage(store: Store, request: PageRequest, group: Group): Promise<RespondentPage> {
  const { respondent, remiss, offset, limit } = request;
  const rows = (await withCorrections(store, await store.answersForRespondent(respondent))).filter(
    (r) => remiss === null || r.remiss === remiss,
  );
  const all = group(rows);
  return {
    matches: all.slice(offset, offset + limit),
    totals: { matches: all.length, answers: rows.length, tally: tallyOf(rows) },
  };
}
