import { compareProposalNumbers } from '../catalog/catalog.js';
import { nextSentence } from '../text/sentences.js';
import { type Stance, type StanceRecord, WHOLE_REMISS } from '../types.js';
import type { Block } from './blocks.js';
import type { Evidence } from './evidence.js';

// A quote shorter than this ("FSS instämmer i förslaget.") takes the next sentence along, which usually gives the reason.
const SHORT_QUOTE = 60;
// An agreement and its reservation a sentence or two later are quoted together when the span stays this short.
const MAX_SPAN = 400;

function finalStance(stances: Set<Stance>, reservations: number): Stance {
  if (stances.has('partly') || (stances.has('for') && stances.has('against'))) return 'partly';
  if (stances.has('for')) return reservations > 0 ? 'partly' : 'for';
  if (stances.has('against')) return 'against';
  return 'neutral';
}

function keyOf(e: Evidence): string {
  return e.proposal ?? `title:${(e.title ?? '').toLowerCase()}`;
}

/** Extends a quote over the next sentence of its block when the two belong together. */
function extendQuote(blocks: Block[], chosen: Evidence, until?: Evidence): { quote: string; end: number } {
  const text = blocks[chosen.block].text;
  if (until && until.block === chosen.block && until.start >= chosen.end && until.end - chosen.start <= MAX_SPAN)
    return { quote: text.slice(chosen.start, until.end), end: until.end };
  if (chosen.quote.length >= SHORT_QUOTE) return { quote: chosen.quote, end: chosen.end };
  const next = nextSentence(text, chosen.end);
  if (!next) return { quote: chosen.quote, end: chosen.end };
  return { quote: text.slice(chosen.start, next.end), end: next.end };
}

/**
 * A quote that ends in a colon introduces a list ("… om lagkrav på:" / "• en ledningsansvarig …"): the bullets
 * that follow belong to it, as far as MAX_SPAN allows.
 */
function withIntroducedList(blocks: Block[], blockIndex: number, quote: string, end: number): string {
  if (!quote.endsWith(':') || end < blocks[blockIndex].text.length) return quote;
  let text = quote;
  for (let i = blockIndex + 1; i < blocks.length && blocks[i].kind === 'bullet'; i++) {
    if (text.length + blocks[i].text.length + 1 > MAX_SPAN) break;
    text = `${text} ${blocks[i].text}`;
  }
  return text;
}

/** One stance per proposal: all evidence for it weighed together, quoted from the sentence that shows the result. */
export function aggregateEvidence(evidence: Evidence[], blocks: Block[]): StanceRecord[] {
  const groups = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const list = groups.get(keyOf(e)) ?? [];
    list.push(e);
    groups.set(keyOf(e), list);
  }
  const records: Array<StanceRecord & { order: number }> = [];
  for (const group of groups.values()) {
    const positions = group.filter((e) => e.stance !== 'reservation');
    if (positions.length === 0) continue;
    const reservations = group.filter((e) => e.stance === 'reservation');
    const stance = finalStance(new Set(positions.map((e) => e.stance as Stance)), reservations.length);
    const chosen =
      (stance === 'partly' ? positions.find((e) => e.selfContained) : undefined) ??
      (stance === 'partly' ? positions[0] : positions.find((e) => e.stance === stance)) ??
      positions[0];
    // An agreement followed at once by its reservation is quoted whole: "… ser det som positivt … ”Ledningsnivå” behöver dock definieras."
    const follower =
      stance === 'partly' && chosen.stance === 'for'
        ? group.find((e) => e.order > chosen.order && e.stance !== 'for')
        : undefined;
    const extended = extendQuote(blocks, chosen, follower);
    const quote = withIntroducedList(blocks, chosen.block, extended.quote, extended.end);
    const others = positions.length + reservations.length - 1;
    records.push({
      proposal: chosen.proposal,
      title: chosen.title,
      stance,
      quote,
      page: chosen.page,
      confidence: chosen.confidence,
      reason: others > 0 ? `${chosen.reason} (+${others} more sentence${others > 1 ? 's' : ''})` : chosen.reason,
      order: positions[0].order,
    });
  }
  // "Har inga synpunkter" next to real positions means "no further views", not a neutral verdict on the whole.
  const hasPositions = records.some((r) => r.proposal !== WHOLE_REMISS);
  return records
    .filter((r) => !(r.proposal === WHOLE_REMISS && r.stance === 'neutral' && hasPositions))
    .sort(compareRecords)
    .map(({ order: _order, ...record }) => record);
}

function compareRecords(a: StanceRecord & { order: number }, b: StanceRecord & { order: number }): number {
  const rank = (r: StanceRecord) => (r.proposal === WHOLE_REMISS ? 0 : r.proposal === null ? 2 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.proposal && b.proposal && rank(a) === 1) return compareProposalNumbers(a.proposal, b.proposal);
  return a.order - b.order;
}
