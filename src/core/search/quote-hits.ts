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

/** How many words a query has: a capped search speaks of "ordet" or "orden". */
export function queryWordCount(query: string): number {
  return query.trim().split(/\s+/).filter(Boolean).length;
}

/** The words the stores search for: three characters or more, punctuation trimmed from their ends (fts-query.ts). */
const SEARCHED_WORD_LENGTH = 3;

function searchedWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .split(/\s+/)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((word) => [...word].length >= SEARCHED_WORD_LENGTH);
}

/**
 * Whether a quote alone holds what a quote search asked for, by the stores' own rule: every word of three
 * characters or more, as (part of) a word, case folded; a query without such a word, as written. The stores
 * match quote and title together, so "förbjudet oklarheter" finds FSS's "Detta kan skapa oklarheter …" through
 * the title of 5.4 ("Det ska inte vara förbjudet …"): false here.
 */
export function quoteHoldsWords(quote: string, text: string): boolean {
  const folded = quote.normalize('NFC').toLocaleLowerCase('sv-SE');
  const wanted = searchedWords(text);
  if (wanted.length === 0) return folded.includes(text.trim().normalize('NFC').toLocaleLowerCase('sv-SE'));
  return wanted.every((word) => folded.includes(word));
}
