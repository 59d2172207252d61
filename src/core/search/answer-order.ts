/**
 * The order a respondent's answers are listed in, as one string per answer that sorts by plain code-point
 * comparison: the same in JS (`<`), SQLite (BINARY) and PostgreSQL (COLLATE "C"). The stores keep it in
 * `stances.sort_key`, so a database can hand out one page of a respondent's answers in the order search shows them.
 *
 * - "*" (the remiss as a whole) first: "0";
 * - numbers part by part, each part zero-padded to nine digits ("4.1" < "4.1.1" < "10.1"):
 *   "7.2.2" → "1000000007.000000002.000000002";
 * - anything else the parser called a proposal (a leading zero "07.2", letters), as written: "2…";
 * - title-only answers (no number) last, by their exact title: "3…".
 *
 * One key per group of answers: two answers share a key exactly when search groups them into one match (same
 * number, or no number and the same title), so `count(DISTINCT sort_key)` counts matches.
 *
 * PostgreSQL computes the same key as a generated column (src/store/postgres/schema.ts, migration 3); the store
 * contract tests that both agree with this function.
 */
export function proposalSortKey(proposal: string | null, title: string | null): string {
  if (proposal === null) return `3${title ?? ''}`;
  if (proposal === '*') return '0';
  const known = numberedKeys.get(proposal);
  if (known !== undefined) return known;
  const key = NUMBERED.test(proposal)
    ? `1${proposal.replace(/\d+/g, (part) => part.padStart(9, '0'))}`
    : `2${proposal}`;
  // Search sorts every page of answers by these keys, and a remiss has a few hundred numbers: building each key
  // anew (regex, padded parts) was a quarter of what a respondent query allocated, and garbage is paid for in
  // collection pauses. Bounded, so parsing arbitrary text cannot grow it without end.
  if (numberedKeys.size >= MAX_REMEMBERED_KEYS) numberedKeys.clear();
  numberedKeys.set(proposal, key);
  return key;
}

const MAX_REMEMBERED_KEYS = 10_000;
const numberedKeys = new Map<string, string>();

/** "7.2.2", "10.1", "4": parts without leading zeros (which would make "07" and "7" one key) and at most nine digits. */
const NUMBERED = /^(0|[1-9][0-9]{0,8})(\.(0|[1-9][0-9]{0,8}))*$/;

/**
 * Code-point order, as the databases compare UTF-8 text byte by byte (not the locale's order). JS `<` compares
 * UTF-16 code units, which differs only where a surrogate pair (an emoji) meets U+E000–U+FFFF.
 */
export function compareSortKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (U+D800–DFFF) stand for code points above U+FFFF: move them past U+E000–U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}
