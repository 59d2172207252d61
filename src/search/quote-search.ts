/**
 * Free text that is no title and no name: the quotes (and titles) that hold its words, each proposal with the
 * quotes that matched and a tally of those only ("Av träffarna: …"), an answer whose quote lacks some of the words
 * marked as found through its proposal's title.
 */
import type { Correction } from '../core/review/correction.js';
import { MAX_QUOTE_HITS, phraseHits, quoteHoldsWords } from '../core/search/quote-hits.js';
import type { Match } from '../core/search/types.js';
import type { Store } from '../store/store.js';
import { withCorrections } from './corrections.js';
import type { Group } from './respondent-page.js';

/** Trigram FTS needs three characters. */
const MIN_QUOTE_QUERY = 3;

export interface QuoteSearch {
  matches: Match[];
  /** More quotes matched than a search reads (MAX_QUOTE_HITS): `matches` hold the first ones. */
  capped: boolean;
}

/** Null when no quote holds the words (or the text is too short to search the quotes for). */
export async function searchQuotes(
  store: Store,
  request: { text: string; remiss: string | null; corrections: readonly Correction[] },
  group: Group,
): Promise<QuoteSearch | null> {
  const { text, remiss } = request;
  if (text.length < MIN_QUOTE_QUERY) return null;
  // One more than is read tells whether there were more.
  const found = await store.searchQuotes(text, MAX_QUOTE_HITS + 1);
  const rows = (await withCorrections(store, found.slice(0, MAX_QUOTE_HITS), request.corrections)).filter(
    (r) => remiss === null || r.remiss === remiss,
  );
  if (rows.length === 0) return null;
  // The stores match quote and title together: an answer whose quote lacks a word says it came by the title.
  const matches = group(phraseHits(rows, text)).map(
    (m): Match => ({
      ...m,
      tallyOf: 'hits',
      answers: m.answers.map((a) => (quoteHoldsWords(a.quote, text) ? a : { ...a, matchedBy: 'title' })),
    }),
  );
  return { matches, capped: found.length > MAX_QUOTE_HITS };
}
