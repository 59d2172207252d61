import { svRegex } from '../text/swedish-regex.js';
import type { Stance } from '../types.js';
import { HEDGE, HEDGED_CONTRAST, RAISED_NEGATION, RESERVATION_PATTERNS, STANCE_RULES } from './lexicon.js';

/** One stance phrase found in a sentence, after negation. */
export interface StanceHit {
  stance: Stance;
  rule: string;
  /** The phrase as it stands in the sentence: "instämmer inte". */
  phrase: string;
  start: number;
  end: number;
  negated: boolean;
  /** Where the negator read by this hit stands, when it stands before the phrase ("kan inte tillstyrka"). */
  negatorAt?: number;
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
// What ends the reach of a raised negation before a stance phrase: a clause of its own ("…, men tillstyrker"), or a
// verb coordinated with the opinion verb ("anser inte att behovet är visat och avstyrker därför").
const CLAUSE_BREAK = svRegex(String.raw`[;:]|\b(?:men|utan|vilket|vilka)\b|(?:,|\boch|\bsamt)\s+(?:\w+\s+)?$`);
// A raised negation reaches no further than its clause: "anser inte att det i nuläget finns tillräckliga skäl att …"
const MAX_RAISE_REACH = 160;
// What a raised negation can reach: a verdict stated about the proposal ("förslaget bör genomföras", "det är bra att")
// or a verb in the infinitive ("skäl att avstyrka"). A finite verb ("…, vilket vi instämmer i") has a clause and a
// subject of its own: "Utredningen anser inte att sanktioner behövs, vilket vi instämmer i" agrees.
const RAISABLE_RULES = new Set(['bör-genomföras', 'bör-inte-genomföras', 'förslagen-är-bra', 'det-är-bra', 'avslås']);
const INFINITIVE = svRegex(String.raw`^(?:avstyrka|tillstyrka|motsätta|instämma|välkomna|stödja)\b`);

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
      const negatorBefore = rule.negatable && match.groups?.neg === undefined ? NEGATOR_BEFORE.exec(before) : null;
      const negated = rule.negatable && (match.groups?.neg !== undefined || negatorBefore !== null);
      fresh.push({
        stance: negated ? flip(rule.stance) : rule.stance,
        rule: rule.id,
        phrase: match[0],
        start,
        end,
        negated,
        ...(negatorBefore ? { negatorAt: start - before.length + negatorBefore.index } : {}),
      });
    }
    if (fresh.length > 0) hits = mergeByStart(hits, fresh);
  }
  return raiseNegation(text, hits);
}

/**
 * "Kommunen anser inte att förslaget bör genomföras", "Vi ser inga skäl att avstyrka förslaget": a negated opinion
 * verb or a denied reason turns the first stance phrase after it, in the same clause. A negator the phrase has
 * already read as its own ("anser inte att det är bra", where "inte att" stands just before) is not counted twice.
 */
function raiseNegation(text: string, hits: StanceHit[]): StanceHit[] {
  if (hits.length === 0) return hits;
  RAISED_NEGATION.lastIndex = 0;
  const out = [...hits];
  // Raisers come in order and the hits are sorted: one index walks both, so a long text costs one sweep.
  let i = 0;
  for (let match = RAISED_NEGATION.exec(text); match; match = RAISED_NEGATION.exec(text)) {
    const from = match.index + match[0].length;
    while (i < out.length && out[i].start < from) i++;
    if (i >= out.length) break;
    const hit = out[i];
    if (hit.stance !== 'for' && hit.stance !== 'against') continue;
    if (!RAISABLE_RULES.has(hit.rule) && !INFINITIVE.test(hit.phrase)) continue;
    if (hit.start - from > MAX_RAISE_REACH || CLAUSE_BREAK.test(text.slice(from, hit.start))) continue;
    if (hit.negatorAt !== undefined && hit.negatorAt >= match.index && hit.negatorAt < from) continue;
    // The phrase names the negation that turned it: "anser inte att förslaget bör genomföras".
    const phrase = text.slice(match.index, hit.end);
    out[i] = { ...hit, stance: flip(hit.stance), negated: !hit.negated, phrase };
  }
  return out;
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

/** Whether an agreement is hedged ("i huvudsak", "i och för sig", "över lag", "i grunden"). */
export function hasHedge(text: string): boolean {
  return HEDGE.test(text);
}

/**
 * The contrast that qualifies a hedged agreement ("samtidigt framhålla att … borde", "men har … synpunkter"), or
 * null. Only meaningful after a hedge: without one, such a contrast leaves an agreement `for`.
 */
export function findHedgedContrast(text: string): string | null {
  return HEDGED_CONTRAST.exec(text)?.[0] ?? null;
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
  const rest = text.slice(first.end);
  let reservationPhrase = stance === 'for' ? findReservation(rest) : null;
  // "har i huvudsak inget att erinra mot förslagen, men har ett antal mer detaljerade synpunkter"
  if (stance === 'for' && reservationPhrase === null) {
    const contrast = HEDGED_CONTRAST.exec(rest);
    if (contrast && hasHedge(text.slice(0, first.end + contrast.index))) reservationPhrase = contrast[0];
  }
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
