/**
 * Quote search on PostgreSQL: the same rules as the SQLite backend's FTS5 trigram search, expressed as LIKE
 * patterns over `stances.search_text`, which a pg_trgm GIN index serves.
 * - words of three or more characters (punctuation trimmed from their ends), all must occur, in quote or title;
 * - text without such a word is searched as one literal substring;
 * - case is folded in the app (Swedish lower case), so "ÅSTORP" finds "Åstorps" whatever the server's locale.
 */
export const MIN_WORD_LENGTH = 3;
const MAX_WORDS = 16;

/** What is stored in `search_text` for one stance. */
export function searchText(quote: string, title: string | null): string {
  return fold(`${quote}\n${title ?? ''}`);
}

export function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv-SE');
}

/** `"Åstorps kommun, avstyrker"` → `["åstorps", "kommun", "avstyrker"]`; duplicates dropped. */
export function searchWords(text: string): string[] {
  const words = fold(text)
    .split(/\s+/)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((word) => [...word].length >= MIN_WORD_LENGTH);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** A LIKE pattern matching `text` literally anywhere: `50%_x` → `%50\%\_x%` (backslash is LIKE's default escape). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
