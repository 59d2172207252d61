import type { StanceRecord } from '../types.js';
import { contentWords, stem } from './tokens.js';

/**
 * Which title-only answers (a proposal named by its words, no number) of one remiss are one proposal, across
 * respondents. Pure: titles in, keys and titles out. The store applies it when it saves a document (see
 * `withStoredTitles`), so every later grouping by exact title (search, tallies, paging, exports) agrees.
 *
 * Two titles are one proposal exactly when their keys are equal: the same content words, up to inflection, word
 * order, case, small words and the verb that sets the proposal up. "En nationell läkarreserv", "den nationella
 * läkarreserven" and "Inrätta en nationell läkarreserv" are one proposal; "läkarreserv i kommunerna" and
 * "läkarreserv i regionerna" are two. Equal keys are an equivalence, so which answers go together does not depend
 * on the order the letters arrive in (the title shown does: the first letter's words). Deliberately stricter than `sameProposalTitle` (one letter restating its own
 * position): across respondents a differing word is more often a different proposal (kommuner/regioner, 19/23 år),
 * and a wrong merge hides a stance inside another proposal's tally where nobody sees it, while a missed one shows
 * as two rows an analyst can read side by side.
 */

// "att en nationell läkarreserv inrättas", "införandet av …", "att skapa …": the verb that sets the proposal up says
// nothing about which proposal it is. Creating verbs only: "avskaffa", "slopa" name the opposite proposal.
const SETS_UP =
  /^(?:inrätta(?:s|r|d|t|ts|nde|ndet)?|inför(?:a|s|d|t|ts|ande|andet)?|etablera(?:s|r|d|t|ts|nde|ndet)?|skapa(?:s|r|d|t|ts|nde|ndet)?)$/u;
// "den föreslagna strukturen", "ett nytt register" ("ny"/"nya" are too short to be content words already).
const SAYS_NOTHING = /^(?:föresl\p{L}*|nytt)$/u;
// "Arbetsgivare ska inte …", "ej", "inga": a negated proposal is the opposite one; kept as one word of the key.
const NEGATION = /^(?:inte|ej|icke|ingen|inget|inga)$/u;
// Numbers and abbreviations are shorter than content words but tell proposals apart: "19 år" vs "23 år",
// "6 kap 24 a §", "EU", "BO:s roll". A title in capitals ("EN NATIONELL LÄKARRESERV") has no abbreviations.
const NUMBER = /\p{N}/u;
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const LOWER_CASE = /\p{Ll}/u;

/**
 * The key two namings of one proposal share: "Den nationella läkarreserven" → "läkarreserv nationell". Null when
 * the title has no word to tell a proposal by.
 */
export function titleOnlyKey(title: string): string | null {
  const words = new Set<string>();
  const cased = LOWER_CASE.test(title);
  for (const token of title.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const word = token.toLocaleLowerCase('sv-SE');
    if (NEGATION.test(word)) words.add('inte');
    else if (NUMBER.test(word) || (cased && ABBREVIATION.test(token))) words.add(word);
  }
  for (const word of contentWords(title)) {
    if (!SETS_UP.test(word) && !SAYS_NOTHING.test(word) && !NEGATION.test(word)) words.add(keyStem(word));
  }
  return words.size > 0 ? [...words].sort().join(' ') : null;
}

// "elevhälsan", "elevhälsans" and "elevhälsa" are one word; `stem` (shared with catalog matching) keeps the "-an".
const DEFINITE_AN = /(?<=\p{L}{5})an$/u;

function keyStem(word: string): string {
  return stem(word).replace(DEFINITE_AN, '');
}

/**
 * A document's stances with each title-only title replaced by the title its proposal is stored under in the
 * remiss: the first of `stored` (titles the remiss's title-only answers have, first stored first) with the same
 * key, else the document's own first naming of it. The title shown for a proposal is thus the first respondent's
 * words, and stays: a stored answer's title is never rewritten, so analysts' corrections (keyed by title) and
 * respondent paging stay put. Numbered stances, and titles with no key, are kept as they are; the respondent's
 * own words stay in the quote.
 */
export function withStoredTitles(stances: readonly StanceRecord[], stored: Iterable<string>): StanceRecord[] {
  const byKey = new Map<string, string>();
  const remember = (title: string) => {
    const key = titleOnlyKey(title);
    if (key !== null && !byKey.has(key)) byKey.set(key, title);
  };
  for (const title of stored) remember(title);
  return stances.map((s) => {
    if (s.proposal !== null || s.title === null) return s;
    remember(s.title);
    const key = titleOnlyKey(s.title);
    const title = key === null ? s.title : (byKey.get(key) ?? s.title);
    return title === s.title ? s : { ...s, title };
  });
}

/** Whether a document has a stance `withStoredTitles` may change: one named by its words only. */
export function hasTitleOnlyStance(stances: readonly StanceRecord[]): boolean {
  return stances.some((s) => s.proposal === null && s.title !== null);
}
