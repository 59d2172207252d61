import { compareProposalNumbers } from '../catalog/catalog.js';
import { nextSentence } from '../text/sentences.js';
import { type Stance, type StanceRecord, WHOLE_REMISS } from '../types.js';
import type { Block } from './blocks.js';
import type { Evidence } from './evidence.js';
import { hedgedContrast } from './hedged-agreement.js';

// A quote shorter than this ("FSS instämmer i förslaget.") takes the next sentence along, which usually gives the reason.
const SHORT_QUOTE = 60;
// An agreement and its reservation a sentence or two later are quoted together when the span stays this short.
const MAX_SPAN = 400;
// A reason names at most this many of the phrases that made a stance partly.
const MAX_NAMED = 3;

function finalStance(stances: Set<Stance>, reservations: number): Stance {
  if (stances.has('partly') || (stances.has('for') && stances.has('against'))) return 'partly';
  if (stances.has('for')) return reservations > 0 ? 'partly' : 'for';
  if (stances.has('against')) return 'against';
  return 'neutral';
}

function keyOf(e: Evidence): string {
  return e.proposal ?? `title:${(e.title ?? '').toLowerCase()}`;
}

/**
 * The evidence that turned the chosen sentence's stance into `partly`: an objection, a reservation or (after an
 * objection) an agreement on the same proposal. None when the chosen sentence is `partly` by itself.
 */
function carriersOf(group: Evidence[], chosen: Evidence, stance: Stance): Evidence[] {
  if (stance !== 'partly' || chosen.stance === 'partly') return [];
  return group.filter((e) => e !== chosen && e.stance !== chosen.stance && e.stance !== 'neutral');
}

/**
 * The carrier to quote along with the chosen sentence: the first after it in the same block, else the last before
 * it, as long as the two and what stands between them fit in MAX_SPAN.
 */
function quotedCarrier(chosen: Evidence, carriers: Evidence[]): Evidence | undefined {
  const near = carriers.filter(
    (e) => e.block === chosen.block && Math.max(e.end, chosen.end) - Math.min(e.start, chosen.start) <= MAX_SPAN,
  );
  return near.find((e) => e.start >= chosen.end) ?? near.filter((e) => e.end <= chosen.start).at(-1);
}

/** "'instämmer', but 'Det behöver även tydliggöras' and 'instämmer inte'": what made an agreement partly. */
function butClause(carriers: Evidence[]): string {
  const phrases = [...new Set(carriers.map((e) => `'${e.phrase.replace(/\s+/g, ' ')}'`))];
  if (phrases.length === 0) return '';
  const shown = phrases.slice(0, MAX_NAMED);
  const listed = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `, but ${listed}${phrases.length > MAX_NAMED ? ' …' : ''}`;
}

/**
 * Extends a quote over a carrier sentence that stands near it (an agreement and its reservation a sentence or two
 * apart are quoted together), else over the next sentence of its block when the quote alone is short.
 */
function extendQuote(blocks: Block[], chosen: Evidence, carrier?: Evidence): { quote: string; end: number } {
  const text = blocks[chosen.block].text;
  if (carrier) {
    const end = Math.max(carrier.end, chosen.end);
    return { quote: text.slice(Math.min(carrier.start, chosen.start), end), end };
  }
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
  for (const all of groups.values()) {
    // "Vi instämmer i förslagen i kapitel 7. Förslaget i 7.2.2 avstyrker vi dock.": 7.2.2 answers for itself.
    const named = all.some((e) => !e.fromChapter && e.stance !== 'reservation');
    const group = named ? all.filter((e) => !e.fromChapter) : all;
    const positions = group.filter((e) => e.stance !== 'reservation');
    if (positions.length === 0) continue;
    const reservations = group.filter((e) => e.stance === 'reservation');
    let stance = finalStance(new Set(positions.map((e) => e.stance as Stance)), reservations.length);
    // "har i och för sig inga invändningar … Samtidigt borde …": a hedged agreement qualified a sentence later.
    const hedged = stance === 'for' ? hedgedContrast(positions, blocks) : null;
    if (hedged) stance = 'partly';
    const chosen =
      hedged?.agreement ??
      (stance === 'partly' ? positions.find((e) => e.selfContained) : undefined) ??
      (stance === 'partly' ? positions[0] : positions.find((e) => e.stance === stance)) ??
      positions[0];
    // An agreement and its reservation close by are quoted whole: "… ser det som positivt … ”Ledningsnivå” behöver dock definieras."
    const carriers = hedged ? [hedged.contrast] : carriersOf(group, chosen, stance);
    const extended = extendQuote(blocks, chosen, quotedCarrier(chosen, carriers));
    const quote = withIntroducedList(blocks, chosen.block, extended.quote, extended.end);
    const others = positions.length + reservations.length - 1;
    records.push({
      proposal: chosen.proposal,
      title: chosen.title,
      stance,
      quote,
      page: chosen.page,
      confidence: chosen.confidence,
      reason: `${chosen.reason}${butClause(carriers)}${others > 0 ? ` (+${others} more sentence${others > 1 ? 's' : ''})` : ''}`,
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
