import { svRegex } from '../text/swedish-regex.js';
import type { Proposal } from '../types.js';

export interface Reference {
  number: string;
  start: number;
  /** Named as a chapter ("förslagen i kapitel 13", "kap. 7"): it stands for the proposals under it. */
  chapter?: boolean;
  /** Filled in from a range ("avsnitt 5.1–5.3" gives 5.2), which is kept as written for the reason. */
  range?: string;
}

// "förslaget i 7.2.2", "avsnitt 5.4", "(punkt 5.2.1)", "kapitel 7", "förslagen i 6.2 och 6.4", "avsnitt 6.2, 6.3 och 6.5"
const REFERENCE = svRegex(
  String.raw`\b(?:förslag(?:et|en)?|avsnitt(?:en)?|punkt(?:erna)?|kapitel|kap\.|bedömning(?:en)?)\s+(?:i\s+|under\s+)?(?:avsnitt\s+|kapitel\s+)?(\d{1,2}(?:\.\d{1,2}){0,3}(?:\s*(?:,|och|samt|–|-)\s*\d{1,2}(?:\.\d{1,2}){0,3})*)`,
  'giu',
);
// The list after "kapitel 13" or "kap. 7" names chapters.
const CHAPTER_WORD = /(?:kapitel|kap\.)\s+$/iu;
// One number of a list and the separator before it: "5.1", "–5.3", " och 6.4"
const LISTED_NUMBER = /(?:\s*([,–-]|och|samt)\s*)?(\d{1,2}(?:\.\d{1,2}){0,3})/gu;
// A range is filled in only when it is short: "5.1–5.3" is a range, "5.1–5.40" is more likely a typo.
const MAX_RANGE_STEPS = 20;
// A bare section number inside a sentence: "… men avstyrker 6.5."
const BARE_NUMBER = /(?<![\d.:/])\b(\d{1,2}(?:\.\d{1,2}){1,3})\b(?![\d:/]|\.\d)/gu;

/** Section numbers a sentence names, with their positions. Years, dates and law numbers ("2017:80") are not numbers here. */
export function findReferences(sentence: string): Reference[] {
  const refs: Reference[] = [];
  for (const match of sentence.matchAll(REFERENCE)) {
    const list = match[1];
    const listStart = (match.index ?? 0) + match[0].length - list.length;
    const chapter = CHAPTER_WORD.test(match[0].slice(0, match[0].length - list.length));
    let previous: Reference | null = null;
    for (const n of list.matchAll(LISTED_NUMBER)) {
      const ref: Reference = { number: n[2], start: listStart + (n.index ?? 0) + n[0].length - n[2].length };
      if (chapter && !ref.number.includes('.')) ref.chapter = true;
      if (previous && (n[1] === '–' || n[1] === '-')) refs.push(...between(previous, ref));
      refs.push(ref);
      previous = ref;
    }
  }
  const listed = new Set(refs.map((r) => r.start));
  for (const match of sentence.matchAll(BARE_NUMBER)) {
    const start = match.index ?? 0;
    if (!listed.has(start)) refs.push({ number: match[1], start });
  }
  // Stable: a range's filled-in numbers share the position of its end and stay before it.
  return refs.sort((a, b) => a.start - b.start);
}

/**
 * The numbers a range leaves out: "5.1–5.3" gives 5.2 (same parent, same depth), "kapitel 5–7" gives chapter 6.
 * Nothing across parents ("5.3–6.2") or for plain numbers outside a chapter list ("punkt 3–5").
 */
function between(from: Reference, to: Reference): Reference[] {
  const a = from.number.split('.');
  const b = to.number.split('.');
  const sameParent = a.length === b.length && a.slice(0, -1).join('.') === b.slice(0, -1).join('.');
  if (!sameParent || (a.length === 1 && !(from.chapter && to.chapter))) return [];
  const first = Number(a.at(-1));
  const last = Number(b.at(-1));
  if (last <= first + 1 || last - first > MAX_RANGE_STEPS) return [];
  const parent = a.slice(0, -1);
  const range = `${from.number}–${to.number}`;
  const out: Reference[] = [];
  for (let k = first + 1; k < last; k++) {
    const number = [...parent, String(k)].join('.');
    out.push({ number, start: to.start, range, ...(from.chapter ? { chapter: true } : {}) });
  }
  return out;
}

/** What one reference answers: a proposal number, or a chapter's proposals, or a chapter named only as such. */
export interface ReferenceTarget {
  proposal: string | null;
  title: string | null;
  /** The start of a reason: "names 7.2.2", "names chapter 7, which holds 7.2.1". */
  why: string;
  /** Derived from a chapter: a proposal named on its own elsewhere answers for itself. */
  fromChapter: boolean;
}

export interface ReferenceScope {
  /** The catalog of the remiss the response answers; empty when either is unknown (another remiss's is no guide). */
  known: readonly Proposal[];
  /** The number of the heading the sentence stands under, if any. */
  section: string | null;
  /** The stance holds for each proposal named, not only for the whole ("flertalet av förslagen" does not). */
  each: boolean;
  titleOf: (number: string) => string | null;
}

/**
 * The proposals a reference answers:
 * - "förslagen i kapitel 7" with the catalog holding 7.x: each of them;
 * - a chapter the catalog holds nothing of, or whose proposals the stance does not hold for one by one ("tillstyrker
 *   flertalet av förslagen i kapitel 7"): the chapter as a title ("kapitel 7"), never a proposal "7";
 * - a chapter named under a heading naming it ("Kapitel 7" / "… inga synpunkter på förslagen i kapitel 7"): the
 *   heading's own reading;
 * - a number filled in from a range: only when the catalog has it, or when there is no catalog;
 * - any other number: itself.
 */
export function referenceTargets(ref: Reference, scope: ReferenceScope): ReferenceTarget[] {
  const own = { proposal: ref.number, title: scope.titleOf(ref.number), why: `names ${ref.range ?? ref.number}` };
  if (ref.chapter && ref.number !== scope.section) {
    const under = scope.known.filter((p) => p.number.startsWith(`${ref.number}.`));
    const chapter = { proposal: null, title: `kapitel ${ref.number}`, fromChapter: true };
    if (under.length === 0)
      return [{ ...chapter, why: `names chapter ${ref.number} (none of its proposals in the catalog)` }];
    if (!scope.each) return [{ ...chapter, why: `names chapter ${ref.number} as a whole` }];
    return under.map((p) => ({
      proposal: p.number,
      title: p.title,
      why: `names chapter ${ref.number}, which holds ${p.number}`,
      fromChapter: true,
    }));
  }
  if (ref.range && scope.known.length > 0 && !scope.known.some((p) => p.number === ref.number)) return [];
  return [{ ...own, fromChapter: false }];
}
