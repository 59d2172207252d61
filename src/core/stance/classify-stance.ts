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
  const hits: StanceHit[] = [];
  const overlaps = (start: number, end: number) => hits.some((h) => start < h.end && h.start < end);
  for (const rule of STANCE_RULES) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      const before = text.slice(Math.max(0, start - 24), start);
      const negated = rule.negatable && (match.groups?.neg !== undefined || NEGATOR_BEFORE.test(before));
      hits.push({
        stance: negated ? flip(rule.stance) : rule.stance,
        rule: rule.id,
        phrase: match[0],
        start,
        end,
        negated,
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function hasReservation(text: string): boolean {
  return RESERVATION_PATTERNS.some((pattern) => pattern.test(text));
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
  const reservation = stance === 'for' && hasReservation(text.slice(first.end));
  return { stance: reservation ? 'partly' : stance, hits, reservation };
}
