/**
 * User text → an FTS5 MATCH expression that can never be FTS syntax: every word becomes a quoted phrase
 * (inner quotes doubled), so `magnet* OR "x` and `^(!|=` search for those characters, not operators.
 * `"Åstorps kommun, avstyrker"` → `"Åstorps" "kommun" "avstyrker"` (all words must occur, in any order).
 */
export function ftsMatchExpression(text: string): string | null {
  const words = trigramWords(text);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
}

/** The trigram tokenizer can only find words of three or more characters; shorter ones go to LIKE. */
export const MIN_TRIGRAM_LENGTH = 3;
const MAX_WORDS = 16;

function trigramWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((word) => [...word].length >= MIN_TRIGRAM_LENGTH)
    .slice(0, MAX_WORDS);
}

/** A LIKE pattern matching `text` literally anywhere: `50%_x` → `%50\%\_x%` (with ESCAPE '\'). */
export function likeContainsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
