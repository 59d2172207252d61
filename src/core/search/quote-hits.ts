/**
 * Quote search results, narrowed to what was typed. The stores find quotes holding every word in any order (FTS5
 * trigram, pg_trgm); a phrase such as "instämmer inte" is meant as written, together.
 */
import { words } from './tokens.js';

/**
 * The most quotes a free-text search reads from the store. More would make a result nobody reads; a search that
 * reaches it is marked `quotes_capped`, and the renderers say so and ask for more words.
 */
export const MAX_QUOTE_HITS = 200;

/**
 * The hits whose quote (or, for a title-only answer, title) holds the query's words together and in order, when
 * some do; otherwise all of them, since the words apart are still what was asked for. "instämmer inte" keeps "Vi
 * instämmer inte i förslaget" and drops "Vi instämmer i att … om avtalet inte följs". Case, punctuation and
 * spacing do not count. Like the stores' search, a word may be the start or part of a longer one.
 */
export function phraseHits<T extends { quote: string; title: string | null }>(hits: readonly T[], text: string): T[] {
  const phrase = words(text);
  if (phrase.length < 2) return [...hits];
  const wanted = phrase.join(' ');
  const together = hits.filter(
    (hit) =>
      words(hit.quote).join(' ').includes(wanted) ||
      (hit.title !== null && words(hit.title).join(' ').includes(wanted)),
  );
  return together.length > 0 ? together : [...hits];
}
