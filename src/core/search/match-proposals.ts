/**
 * Type-ahead over one remiss's catalog: what an analyst types in the "Rätta" modal's proposal field narrows the
 * proposals offered, when the catalog is too long for one select. Pure; the words are the search's (tokens.ts).
 */
import type { Proposal } from '../types.js';
import { foldDiacritics, queryWords, words } from './tokens.js';

/** Slack's limit on the options of a select (and of an options response). */
export const MAX_PROPOSAL_MATCHES = 100;

/** A typed word this long may also sit inside a compound: "modellen" finds "Magnetmodellen". Shorter ones start a word. */
const MIN_INFIX_LENGTH = 4;

// A proposal number being typed, as the query's first word: "14", "7.2", "7.2." (parts of one to three digits, as
// in parse-query's SECTION, so "2024" is a word of a title, not a number).
const NUMBER_PREFIX = /^\d{1,3}(?:\.\d{1,3})*\.?$/;

export interface ProposalQuery {
  /** "7.2" from "7.2 magnet": a prefix of the proposal number. */
  number: string | null;
  /** Content words, lower-cased and without diacritics: "Läkar" → "lakar". */
  words: string[];
}

/** "7.2 Magnetmodellen" → { number: "7.2", words: ["magnetmodellen"] }; "läkare" → { number: null, words: ["lakare"] }. */
export function parseProposalQuery(text: string): ProposalQuery {
  const trimmed = text.normalize('NFC').trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const number = NUMBER_PREFIX.test(first) ? first : null;
  return { number, words: queryWords(number === null ? trimmed : rest.join(' ')).map(foldDiacritics) };
}

/**
 * The proposals that match what was typed, at most `limit`, in the order given (the catalog's, so "7.2" lists
 * 7.2, 7.2.1, 7.2.2 … before 7.20). A number is a prefix of the proposal number; every word must start a word of
 * the title or, from four letters, sit inside one; case and diacritics do not count. Null when nothing was typed
 * (empty, or only punctuation): the caller shows its default list.
 */
export function matchProposals(
  proposals: readonly Proposal[],
  text: string,
  limit = MAX_PROPOSAL_MATCHES,
): Proposal[] | null {
  const query = parseProposalQuery(text);
  if (query.number === null && query.words.length === 0) return null;
  const matches: Proposal[] = [];
  for (const proposal of proposals) {
    if (matches.length >= limit) break;
    if (query.number !== null && !proposal.number.startsWith(query.number)) continue;
    if (query.words.length > 0 && !titleHasWords(proposal.title, query.words)) continue;
    matches.push(proposal);
  }
  return matches;
}

function titleHasWords(title: string, wanted: readonly string[]): boolean {
  const titleWords = words(title).map(foldDiacritics);
  return wanted.every((w) =>
    titleWords.some((t) => t.startsWith(w) || (w.length >= MIN_INFIX_LENGTH && t.includes(w))),
  );
}
