import { compareSortKeys } from '../../src/core/search/answer-order.js';
import type { ResultTotals } from '../../src/core/search/types.js';
import type { Store } from '../../src/store/store.js';

/** How a respondent answered one remiss, as a respondent query of that remiss counts it. */
export interface RemissTotals extends ResultTotals {
  remiss: string;
}

/**
 * Per remiss the respondent answered (code-point order), the totals `respondentMatches` reports for that remiss
 * alone: how a test sees the respondent_tallies rows the writers (save, replace, the SQLite → PostgreSQL copy)
 * keep, through the only read that uses them. Every remiss the store knows is asked, and documents without one
 * ('' in listRespondents); the parts must add up to the totals over all remisser, so a tally row of a remiss not
 * asked about fails the test instead of going unseen.
 */
export async function totalsByRemiss(store: Store, respondent: string): Promise<RemissTotals[]> {
  const remisser = new Set([
    ...(await store.listRemisser()).map((r) => r.id),
    ...(await store.listRespondents()).map((r) => r.remiss),
  ]);
  const parts: RemissTotals[] = [];
  for (const remiss of [...remisser].sort(compareSortKeys)) {
    const { totals } = await store.respondentMatches(respondent, { remiss, offset: 0, limit: 1 });
    if (totals.matches > 0 || totals.answers > 0) parts.push({ remiss, ...totals });
  }
  const { totals: all } = await store.respondentMatches(respondent, { offset: 0, limit: 1 });
  const sum = (count: (t: ResultTotals) => number) => parts.reduce((n, part) => n + count(part), 0);
  if (sum((t) => t.matches) !== all.matches || sum((t) => t.answers) !== all.answers) {
    throw new Error(`${respondent}: the totals per remiss do not add up to ${JSON.stringify(all)}`);
  }
  return parts;
}
