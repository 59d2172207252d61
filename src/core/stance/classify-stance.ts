import { svRegex } from '../text/swedish-regex.js';
import type { Stance } from '../types.js';
import { RESERVATION_PATTERNS, STANCE_RULES } from './lexicon.js';

/** One stance phrase found in a sentence, after negation. */
export interface StanceHit {
  stance: Stance;
  rule: string;
  /** The phrase as it stands in the sentence: "instämmer inte". */
  phrase: string;
  start: number;
  end: number;
  negated: boolean;
}

export interface SentenceStance {
  stance: Stance;
  hits: StanceHit[];
  /** A demand or doubt after the agreement turned it into `partly`. */
  reservation: boolean;
  /** That demand or doubt as it stands in the sentence: "men anser". */
  reservationPhrase?: string;
}

// "Kommunen kan inte tillstyrka", "att vi inte instämmer": a negator just before the phrase.
const NEGATOR_BEFORE = svRegex(String.raw`\b(?:inte|ej|icke)\s+(?:\w+\s+)?$`);

function flip(stance: Stance): Stance {
  if (stance === 'for') return 'against';
  if (stance === 'against') return 'for';
  return stance;
}

/** Every stance phrase in `text`, earliest first; where phrases overlap the earlier lexicon rule wins. */
export function findStanceHits(text: string): StanceHit[] {
  // Sorted by start and never overlapping, so each rule's matches (in order too) are checked in one sweep:
  // a text of a hundred thousand stance phrases costs a hundred thousand steps per rule, not their square.
  let hits: StanceHit[] = [];
  for (const rule of STANCE_RULES) {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    const fresh: StanceHit[] = [];
    let k = 0;
    // exec on the shared regex, not matchAll, which copies the regex: this runs for every sentence of a document.
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      while (k < hits.length && hits[k].end <= start) k++;
      if (k < hits.length && hits[k].start < end) continue;
      const before = text.slice(Math.max(0, start - 24), start);
      const negated = rule.negatable && (match.groups?.neg !== undefined || NEGATOR_BEFORE.test(before));
      fresh.push({
        stance: negated ? flip(rule.stance) : rule.stance,
        rule: rule.id,
        phrase: match[0],
        start,
        end,
        negated,
      });
    }
    if (fresh.length > 0) hits = mergeByStart(hits, fresh);
  }
  return hits;
}

/**
 * Whether `text` holds any stance phrase: `findStanceHits(text).length > 0`, without collecting the hits. The first
 * rule that matches anywhere always yields a hit (nothing earlier can overlap it), so one match of any rule decides.
 */
export function hasStanceHit(text: string): boolean {
  for (const rule of STANCE_RULES) {
    rule.pattern.lastIndex = 0;
    if (rule.pattern.test(text)) return true;
  }
  return false;
}

function mergeByStart(a: StanceHit[], b: StanceHit[]): StanceHit[] {
  const out: StanceHit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

export function hasReservation(text: string): boolean {
  return findReservation(text) !== null;
}

/** The earliest reservation phrase in `text` ("behöver dock definieras", "men anser"), or null. */
export function findReservation(text: string): string | null {
  let first: RegExpExecArray | null = null;
  for (const pattern of RESERVATION_PATTERNS) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = match;
  }
  return first ? first[0] : null;
}

/**
 * The stance one sentence takes, or null when it takes none ("no stance beats a wrong one").
 * Mixed positions without section numbers to tell them apart, or an agreement followed by a demand, are `partly`.
 */
export function classifySentence(text: string): SentenceStance | null {
  const hits = findStanceHits(text);
  if (hits.length === 0) return null;
  const stances = new Set(hits.map((h) => h.stance));
  const first = hits[0];
  let stance: Stance = first.stance;
  if (stances.has('partly') || (stances.has('for') && stances.has('against'))) stance = 'partly';
  const reservationPhrase = stance === 'for' ? findReservation(text.slice(first.end)) : null;
  if (reservationPhrase === null) return { stance, hits, reservation: false };
  return { stance: 'partly', hits, reservation: true, reservationPhrase };
}

/**
 * The words that give a sentence its stance, for naming in a reason: for a mixed sentence the part that is not
 * agreement ("instämmer inte", "men anser"), else its first stance phrase.
 */
export function carrierPhrase(verdict: SentenceStance): string {
  const hit =
    verdict.stance === 'partly'
      ? (verdict.hits.find((h) => h.stance === 'partly') ?? verdict.hits.find((h) => h.stance === 'against'))
      : verdict.hits.find((h) => h.stance === verdict.stance);
  const phrase = hit?.phrase ?? verdict.reservationPhrase ?? verdict.hits[0].phrase;
  return phrase.replace(/\s+/g, ' ');
}
