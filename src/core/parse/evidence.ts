import { type Catalog, findProposal, proposalsOf } from '../catalog/catalog.js';
import { matchProposalTitle } from '../catalog/match-title.js';
import {
  carrierPhrase,
  classifySentence,
  findReservation,
  findStanceHits,
  hasStanceHit,
  type SentenceStance,
} from '../stance/classify-stance.js';
import { nextSentence, splitSentences } from '../text/sentences.js';
import { type Confidence, type Stance, WHOLE_REMISS } from '../types.js';
import { type Block, pageAt } from './blocks.js';
import { ANSWER_LABEL, TITLE_DASH, TRAILING_VERDICT, verdictStance, WHOLE_REMISS_CUE } from './cues.js';
import { type ListHeader, listHeader } from './list-header.js';
import { namedProposals, sameProposalTitle } from './named-proposal.js';
import { findReferences, type Reference, referenceTargets } from './references.js';
import { findRemissNumbers, titleFromHeading } from './remiss-ref.js';
import {
  describesProposal,
  namesBareVerdict,
  namesRemissAsWhole,
  namesSomeOfRemiss,
  neutralObject,
  type RemissScope,
  remissScope,
} from './whole-remiss.js';

/** One piece of evidence for a respondent's stance on one proposal; several are aggregated per proposal. */
export interface Evidence {
  proposal: string | null;
  title: string | null;
  /** `reservation` never stands alone: it turns a `for` on the same proposal into `partly`. */
  stance: Stance | 'reservation';
  quote: string;
  page: number;
  confidence: Confidence;
  reason: string;
  /** The words that carry this stance ("instämmer inte", "behöver dock definieras"), to name in a reason. */
  phrase: string;
  /** The sentence itself agrees and reserves ("välkomnar … men anser att …"): the best quote for a `partly`. */
  selfContained?: boolean;
  /** Given through a chapter ("förslagen i kapitel 7"): evidence naming the proposal itself outweighs it. */
  fromChapter?: boolean;
  /** Order in the document, and the block and offset the quote stands at (to join adjacent sentences). */
  order: number;
  block: number;
  start: number;
  end: number;
}

// How far after a stance phrase its object may reach: "betänkande <titel> (SOU 2030:11)" with a long title.
const MAX_OBJECT = 300;

interface Topic {
  proposal: string | null;
  title: string | null;
  confidence: Confidence;
  reason: string;
}

interface Context {
  remiss: string | null;
  /** Who wrote what is on remiss, for "Exempelverkets förslag" and "kommissionens förslag". */
  scope: RemissScope;
  catalog: Catalog;
  /** The numbered heading we are under. */
  section: Topic | null;
  /** An unnumbered heading we are under, matched to a proposal where it names one. */
  headingTopic: Topic | null;
  /** The last topic evidence was given for in this section: "förslaget" in the next sentence refers to it. */
  lastTopic: Topic | null;
  /** Bullets under "Förslag som vi ställer oss bakom:" take its stance; under "Vision vill:" they are demands. */
  list: ListHeader | null;
  /** Titles of proposals without a number given so far: a proposal named again in other words keeps its first. */
  titles: Set<string>;
  /** The previous sentence described a proposal ("Utredningen föreslår att …"): a bare "förslaget" is that one. */
  described: boolean;
}

function titleOf(ctx: Context, number: string): string | null {
  return findProposal(ctx.catalog, ctx.remiss, number)?.title ?? null;
}

function topicFromTitle(ctx: Context, text: string, minScore: number, why: string): Topic | null {
  const match = matchProposalTitle(ctx.catalog, ctx.remiss, text, { minScore, margin: 0.08 });
  if (!match) return null;
  return {
    proposal: match.proposal.number,
    title: match.proposal.title,
    confidence: match.score >= 0.7 ? 'medium' : 'low',
    reason: `${why} matched to ${match.proposal.number} (${match.words.join(', ')}; score ${match.score.toFixed(2)})`,
  };
}

export function collectEvidence(blocks: Block[], remiss: string | null, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  const ctx: Context = {
    remiss,
    scope: remissScope(blocks, remiss),
    catalog,
    section: null,
    headingTopic: null,
    lastTopic: null,
    list: null,
    titles: new Set(),
    described: false,
  };
  const push = (e: Omit<Evidence, 'order'>) => out.push({ ...e, order: out.length });

  blocks.forEach((block, index) => {
    if (block.kind === 'numbered-heading') {
      const number = block.number!;
      const verdict = TRAILING_VERDICT.exec(block.title ?? '');
      const title = (verdict ? (block.title ?? '').slice(0, verdict.index) : (block.title ?? '')).replace(/\s*\.$/, '');
      ctx.section = {
        proposal: number,
        title: titleOf(ctx, number) ?? title,
        confidence: 'high',
        reason: `under heading ${number}`,
      };
      ctx.headingTopic = null;
      ctx.lastTopic = null;
      ctx.described = false;
      ctx.list = null;
      if (!verdict && isNumberedStatement(block.title ?? '')) {
        // "5.4 Kommunen avstyrker förslaget att kommuner ska få anställa läkare.": the heading is the answer.
        collectSentences(ctx, block, index, block.text.length - (block.title ?? '').length, push, ctx.section);
        return;
      }
      if (verdict) {
        const stance = verdictStance(verdict[1]);
        if (stance)
          push({
            ...ctx.section,
            stance,
            quote: block.text,
            page: pageAt(block, 0),
            reason: `table row ${number}: '${verdict[1]}'`,
            phrase: verdict[1],
            block: index,
            start: 0,
            end: block.text.length,
          });
      }
      return;
    }
    if (block.kind === 'heading') {
      // "Avsnitt 4.4.3", "Förslaget i 7.2.2 om Magnetmodellen", "Kapitel 7": a heading that names one section.
      const refs = findReferences(block.text);
      ctx.section =
        refs.length === 1
          ? {
              proposal: refs[0].number,
              title: titleOf(ctx, refs[0].number),
              confidence: 'high',
              reason: `under heading naming ${refs[0].number}`,
            }
          : null;
      ctx.lastTopic = null;
      ctx.described = false;
      // The document's own title ("Remiss av SOU 2024:72 Stärkt medicinsk kompetens …") names no single proposal.
      ctx.headingTopic =
        titleFromHeading(block.text) || findRemissNumbers(block.text).length > 0
          ? null
          : topicFromTitle(ctx, block.text, 0.35, 'heading');
      ctx.list = listHeader(block.text, blocks[index + 1]?.kind === 'bullet');
      return;
    }
    if (block.kind === 'bullet') {
      collectFromBullet(ctx, block, index, push);
      return;
    }
    // Inside a numbered section a colon introduces details of that proposal, not a list of proposals.
    ctx.list = ctx.section ? null : listHeader(block.text, blocks[index + 1]?.kind === 'bullet');
    // "Förslag som vi avstyrker:" says nothing by itself; the bullets under it carry the stances.
    if (ctx.list && block.text.trim() === ctx.list.header) return;
    collectFromProse(ctx, block, index, push);
  });
  return out;
}

/** A numbered line that states a position rather than naming a proposal: it takes a stance and reads as a sentence. */
function isNumberedStatement(title: string): boolean {
  return hasStanceHit(title) && (/[.!]$/u.test(title) || title.length > 100);
}

type Push = (e: Omit<Evidence, 'order'>) => void;

function collectFromBullet(ctx: Context, block: Block, index: number, push: Push): void {
  const text = block.title ?? block.text;
  const offset = block.text.length - text.length;
  const hits = findStanceHits(text);
  const named = ctx.list ? listedTitle(text, hits) : null;
  if (ctx.list && named) {
    // A bullet under a list header names a proposal by its title: "Förslag som vi ställer oss bakom:" / "• Utveckla …"
    const topic = explicitTopic(ctx, named.text) ?? topicFromTitle(ctx, named.text, 0.5, 'listed title');
    const proposal = topic?.proposal ?? null;
    const title = topic?.title ?? named.text.replace(/[.;,]\s*$/, '');
    if (!topic) rememberTitle(ctx, title);
    push({
      proposal,
      title,
      stance: ctx.list.stance,
      quote: text,
      page: pageAt(block, offset),
      confidence: topic ? topic.confidence : 'low',
      reason: `listed under '${ctx.list.header}'${topic ? `; ${topic.reason}` : '; no number in the catalog'}`,
      phrase: ctx.list.header,
      block: index,
      start: offset,
      end: block.text.length,
    });
    // "• Samordnad skolhälsojournal. Det bör förtydligas vem som …": what follows the title comments on it.
    if (named.end < text.length)
      collectSentences(ctx, block, index, offset + named.end, push, {
        proposal,
        title,
        confidence: topic ? topic.confidence : 'low',
        reason: topic?.reason ?? 'bullet title not in the catalog',
      });
    return;
  }
  if (hits.length === 0) return;
  // "Utveckla en nationell ledarskapsutbildning … – FSS instämmer i förslaget."
  const first = hits[0];
  const dashes = [...text.slice(0, first.start).matchAll(TITLE_DASH)];
  const dash = dashes.at(-1);
  const titlePart = dash ? text.slice(0, dash.index) : '';
  const answerStart = dash ? (dash.index ?? 0) + dash[0].length : 0;
  const topic =
    explicitTopic(ctx, titlePart || text.slice(0, first.start)) ??
    (titlePart ? topicFromTitle(ctx, titlePart, 0.4, 'bullet title') : null) ??
    ctx.section ??
    (titlePart
      ? {
          proposal: null,
          title: titlePart.trim(),
          confidence: 'low' as Confidence,
          reason: 'bullet title not in the catalog',
        }
      : null);
  if (!topic) {
    collectFromProse(ctx, { ...block, text: block.text }, index, push);
    return;
  }
  collectSentences(ctx, block, index, offset + answerStart, push, topic);
}

/**
 * The title a bullet under a list header names: the whole bullet when it takes no stance, else its first sentence
 * when the stance comes only after it ("Samordnad skolhälsojournal. Det bör förtydligas …"). Null when the bullet
 * states a position itself ("Magnetmodellen – vi avstyrker").
 */
function listedTitle(text: string, hits: readonly { start: number }[]): { text: string; end: number } | null {
  if (hits.length === 0) return { text, end: text.length };
  const first = nextSentence(text, 0);
  return first && first.end < text.length && hits[0].start >= first.end ? { text: first.text, end: first.end } : null;
}

function explicitTopic(ctx: Context, text: string): Topic | null {
  const [ref] = findReferences(text);
  if (!ref) return null;
  return { proposal: ref.number, title: titleOf(ctx, ref.number), confidence: 'high', reason: `names ${ref.number}` };
}

function collectFromProse(ctx: Context, block: Block, index: number, push: Push): void {
  collectSentences(ctx, block, index, 0, push, null);
}

/**
 * Evidence from the sentences of a block from `from` on. A sentence's topic: the numbers it names (each stance
 * phrase takes the numbers after it), else the fixed topic (a bullet's title), else the section heading, else a
 * verdict on the whole remiss, else a proposal title it names, else the heading's topic, else the topic of the
 * previous sentence when it speaks of "förslaget".
 */
function collectSentences(
  ctx: Context,
  block: Block,
  index: number,
  from: number,
  push: Push,
  fixed: Topic | null,
): void {
  const text = block.text.slice(from);
  for (const sentence of splitSentences(text)) {
    const label = ANSWER_LABEL.exec(sentence.text)?.[0].length ?? 0;
    const quote = sentence.text.slice(label);
    const start = from + sentence.start + label;
    const end = from + sentence.end;
    const base = { quote, page: pageAt(block, start), block: index, start, end };
    const verdict = classifySentence(quote);
    const described = ctx.described;
    ctx.described = describesProposal(quote);
    if (!verdict) {
      // "Förslaget är dock otydligt i vilka chefer som omfattas.": a demand about the topic just discussed.
      const topic = fixed ?? ctx.section ?? ctx.lastTopic;
      const reservation = topic ? findReservation(quote) : null;
      if (topic && reservation)
        push({
          ...topic,
          ...base,
          stance: 'reservation',
          reason: `${topic.reason}; reservation '${reservation}'`,
          phrase: reservation,
        });
      continue;
    }
    const refs = findReferences(quote);
    if (refs.length > 0 && !fixed) {
      // "Regionen tillstyrker förslagen i 6.2 och 6.4 men avstyrker 6.5": each number takes the stance phrase before it
      // (the first phrase when none stands before it). Both lists are in order, so one index walks the phrases.
      // "förslagen i kapitel 7" answers the chapter's proposals; "avsnitt 5.1–5.3" answers 5.2 too.
      const known = ctx.remiss === null ? [] : proposalsOf(ctx.catalog, ctx.remiss);
      const section = ctx.section?.proposal ?? null;
      let h = 0;
      for (const ref of refs) {
        if (isLeadIn(ref, refs, verdict.hits)) continue;
        while (h + 1 < verdict.hits.length && verdict.hits[h + 1].start < ref.start) h++;
        const hit = verdict.hits[h];
        const stance = verdict.hits.length > 1 ? hit.stance : verdict.stance;
        const scope = { known, section, each: stance !== 'partly', titleOf: (n: string) => titleOf(ctx, n) };
        const targets = referenceTargets(ref, scope);
        for (const { why, fromChapter, ...target } of targets) {
          const topic: Topic = {
            ...target,
            confidence: fromChapter ? 'medium' : 'high',
            reason: `${why}; '${hit.phrase}'`,
          };
          push({ ...topic, ...base, stance, phrase: hit.phrase, ...(fromChapter ? { fromChapter } : {}) });
          // "förslaget" in the next sentence refers to one proposal, not to a chapter's several.
          ctx.lastTopic = targets.length === 1 ? topic : null;
        }
      }
      continue;
    }
    // "har inga synpunkter på delmålen för år 2030" is about those, not the remiss; "… på förslagen i
    // betänkandet" is about the remiss; "Nämnden har inga synpunkter." names nothing.
    const neutral = verdict.stance === 'neutral' ? verdict.hits.find((h) => h.stance === 'neutral') : undefined;
    const object = neutral ? neutralObject(objectAfter(quote, neutral.end), ctx.scope) : null;
    // "instämmer i många av utredningens förslag": most, not all, of the remiss.
    // The lexicon's 'flertalet' phrase reads the quantifier itself ("tillstyrker en stor del av de förslag"), so its
    // object is read from just after the verb.
    const some =
      (verdict.stance === 'for' || verdict.stance === 'partly') &&
      verdict.hits.some((h) =>
        namesSomeOfRemiss(objectAfter(quote, h.rule === 'flertalet' ? afterVerb(h) : h.end), ctx.scope),
      );
    const asWhole = neutral
      ? object !== 'specific' && WHOLE_REMISS_CUE.test(quote)
      : some ||
        WHOLE_REMISS_CUE.test(quote) ||
        verdict.hits.some((h) => namesRemissAsWhole(objectAfter(quote, h.end), ctx.scope));
    const known =
      fixed ??
      ctx.section ??
      (asWhole ? wholeVerdict() : null) ??
      topicFromTitle(ctx, quote.slice(verdict.hits[0].start), 0.35, 'topic') ??
      (object === 'remiss' ? wholeRemiss('no view on the remiss') : null) ??
      ctx.headingTopic;
    // "Förbundet avstyrker förslaget om en ny tillsynsmyndighet.": a proposal named by its words, no number.
    if (!known && pushNamed(ctx, verdict, quote, base, push)) continue;
    const topic =
      known ??
      (/\bförslag/iu.test(quote) ? ctx.lastTopic : null) ??
      (!neutral && verdict.hits.some((h) => namesBareVerdict(objectAfter(quote, h.end), described))
        ? wholeVerdict()
        : null) ??
      // "Kommunen har inga synpunkter." with nothing named: a reply letter's verdict (dropped if positions follow).
      (object === 'none' ? wholeRemiss('no view given') : null);
    if (!topic) continue;
    const phrase = verdict.hits[0].phrase.replace(/\s+/g, ' ');
    const selfContained = verdict.stance === 'partly' && verdict.hits.some((h) => h.stance === 'for');
    const reservation = verdict.reservationPhrase ? ` with the reservation '${verdict.reservationPhrase}'` : '';
    push({
      ...topic,
      ...base,
      stance: some && topic.proposal === WHOLE_REMISS ? 'partly' : verdict.stance,
      selfContained,
      reason: `${topic.reason}; '${phrase}'${reservation}`,
      phrase: carrierPhrase(verdict),
    });
    // "Vi har inga synpunkter." is no antecedent: a later "Vi instämmer i förslagen om …" is not about the whole remiss.
    if (!(topic.proposal === WHOLE_REMISS && verdict.stance === 'neutral')) ctx.lastTopic = topic;
  }
}

/**
 * Evidence for the proposals a sentence's stance phrases name by their words (`namedProposals`), as title-only
 * stances: each phrase's own stance when the sentence has several, else the sentence's. False when it names none.
 */
function pushNamed(
  ctx: Context,
  verdict: SentenceStance,
  quote: string,
  base: Pick<Evidence, 'quote' | 'page' | 'block' | 'start' | 'end'>,
  push: Push,
): boolean {
  const found = namedProposals(quote, verdict.hits, ctx.scope);
  for (const named of found) {
    const { hit } = named;
    // As with numbers: with several phrases each takes its own object ("avstyrker förslaget om X men ser positivt på Y").
    const stance = verdict.hits.length > 1 ? hit.stance : verdict.stance;
    // "tillstyrker utredningens förslag till ny regionindelning" under "Remiss Ny regionindelning": the remiss itself.
    const topic = named.whole ? wholeVerdict() : namedTopic(ctx, named.title);
    const phrase = hit.phrase.replace(/\s+/g, ' ');
    push({ ...topic, ...base, stance, reason: `${topic.reason}; '${phrase}'`, phrase: hit.phrase });
    ctx.lastTopic = topic;
  }
  return found.length > 0;
}

/** A title-only topic, under the title an earlier naming of the same proposal gave it. */
function namedTopic(ctx: Context, named: string): Topic {
  const title = sameProposalTitle(ctx.titles, named) ?? named;
  rememberTitle(ctx, title);
  return { proposal: null, title, confidence: 'low', reason: 'proposal named by its words, no number' };
}

// A response names far fewer proposals than this; a 20 MB text of made-up ones is not compared pair by pair.
const MAX_TITLES = 200;

function rememberTitle(ctx: Context, title: string): void {
  if (ctx.titles.size < MAX_TITLES) ctx.titles.add(title);
}

/** The words after a phrase, as far as an object can reach: a sentence may be a 20 MB line without a period. */
function objectAfter(quote: string, end: number): string {
  return quote.slice(end, end + MAX_OBJECT);
}

/**
 * A chapter (or a section above a named proposal) mentioned before the first stance phrase, when that phrase has
 * proposals of its own after it: "synpunkter på kapitel 6 och … två förslag i kapitel 7, där vi instämmer i
 * förslagen 7.2.1 och 7.2.2" answers 7.2.1 and 7.2.2, not chapters 6 and 7. A proposal named first keeps
 * the phrase after it ("Förslaget i 6.2 tillstyrker vi, liksom 6.3").
 */
function isLeadIn(ref: Reference, refs: readonly Reference[], hits: readonly { start: number }[]): boolean {
  const first = hits[0].start;
  if (ref.start >= first) return false;
  const end = hits[1]?.start ?? Number.POSITIVE_INFINITY;
  const own = refs.filter((r) => r.start > first && r.start < end);
  if (own.length === 0) return false;
  return !ref.number.includes('.') || refs.some((r) => r.start > first && r.number.startsWith(`${ref.number}.`));
}

/** A verdict on the remiss as a whole, however it was named: one reason, so one Swedish rendering. */
function wholeVerdict(): Topic {
  return wholeRemiss('verdict on the remiss as a whole');
}

/** Where a stance phrase's first word (its verb) ends. */
function afterVerb(hit: { start: number; phrase: string }): number {
  return hit.start + (/^\S+/u.exec(hit.phrase)?.[0].length ?? 0);
}

function wholeRemiss(reason: string): Topic {
  return { proposal: WHOLE_REMISS, title: null, confidence: 'medium', reason };
}
