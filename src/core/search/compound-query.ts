/**
 * Queries that name two things at once: several section numbers ("7.2.2 7.2.3"), or a respondent and a title word
 * ("magnetmodellen Åstorp", "vad tycker Åstorp om magnetmodellen"). Each part is answered, or said to be left out;
 * none is dropped in silence. Pure: the search hands in its results and its ranking.
 */
import type { SearchResult } from './types.js';

/** Section numbers one query answers together; more are named as left out. */
export const MAX_NUMBERS = 5;
/** A query of this many words at most is tried as a respondent plus a title. */
export const MAX_SPLIT_WORDS = 6;

/** A result that shows an answer (a proposal, even one nobody answered), not a pick list or "nothing". */
export function isAnswer(result: SearchResult): boolean {
  return result.kind === 'proposal' && result.choices.length === 0 && result.matches.length > 0;
}

/**
 * The one remiss that has every number of a query (those it has in any remiss: "7.2.2 7.9.9" asks only about
 * 7.2.2's), so "7.2.2 7.2.3" is asked in SOU 2024:72 when only it has both; null when none or several do.
 */
export function commonRemiss(numbers: readonly string[], remisserOf: (number: string) => string[]): string | null {
  let common: string[] | null = null;
  for (const number of numbers) {
    const here = remisserOf(number);
    if (here.length === 0) continue;
    const before: string[] = common ?? here;
    common = before.filter((r) => here.includes(r));
  }
  return common?.length === 1 ? common[0] : null;
}

/**
 * `results[i]` answers `numbers[i]` (the first MAX_NUMBERS of them): the answers as one result, their matches in
 * the order asked, and the numbers without an answer in `otherNumbers`. With no answer at all, the first number's
 * result (a pick list, "nothing") names the others.
 */
export function mergeNumberResults(
  numbers: readonly string[],
  results: readonly SearchResult[],
  limit: number,
): SearchResult {
  const answered = results.filter(isAnswer);
  if (answered.length === 0) return { ...results[0], otherNumbers: numbers.slice(1) };
  const otherNumbers = [...numbers.slice(0, results.length).filter((_, i) => !isAnswer(results[i]))];
  otherNumbers.push(...numbers.slice(results.length));
  const others = otherNumbers.length > 0 ? { otherNumbers } : {};
  // One answer keeps what it has to offer (a respondent's other proposals when they took no stance on this one).
  if (answered.length === 1) return { ...answered[0], ...others };
  const [first] = answered;
  return {
    query: first.query,
    kind: 'proposal',
    matches: answered.flatMap((r) => r.matches).slice(0, limit),
    choices: [],
    suggestions: [],
    ...(first.respondent ? { respondent: first.respondent } : {}),
    ...(first.notices ? { notices: first.notices } : {}),
    ...others,
  };
}

/**
 * The words of a query as a respondent's name and a proposal's title: `respondent` finds exactly one name by some
 * of the words (in a row), `titles` the proposals (one, or a tie) by the rest, among those the respondent answered.
 * Longer names are tried first ("Åstorps kommun" before "kommun"). Null when no split gives both.
 */
export function splitRespondentAndTitle<R, P>(
  words: readonly string[],
  respondent: (text: string) => R[],
  titles: (text: string, who: R) => P[],
): { who: R; proposals: P[] } | null {
  if (words.length < 2 || words.length > MAX_SPLIT_WORDS) return null;
  for (let size = words.length - 1; size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const named = respondent(words.slice(start, start + size).join(' '));
      if (named.length !== 1) continue;
      const rest = [...words.slice(0, start), ...words.slice(start + size)].join(' ');
      const proposals = titles(rest, named[0]);
      if (proposals.length > 0) return { who: named[0], proposals };
    }
  }
  return null;
}
