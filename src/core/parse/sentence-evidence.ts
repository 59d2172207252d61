import { proposalsOf } from '../catalog/catalog.js';
import { carrierPhrase, classifySentence, findReservation, type SentenceStance } from '../stance/classify-stance.js';
import { splitSentences } from '../text/sentences.js';
import { WHOLE_REMISS } from '../types.js';
import { type Block, pageAt } from './blocks.js';
import { ANSWER_LABEL, WHOLE_REMISS_CUE } from './cues.js';
import {
  type Context,
  type Evidence,
  namedTopic,
  type Push,
  type Topic,
  titleOf,
  topicFromTitle,
  wholeRemiss,
  wholeVerdict,
} from './evidence-topic.js';
import { namedProposals } from './named-proposal.js';
import { findReferences, type Reference, referenceTargets } from './references.js';
import {
  describesProposal,
  namesBareVerdict,
  namesRemissAsWhole,
  namesSomeOfRemiss,
  neutralObject,
} from './whole-remiss.js';

/**
 * Evidence from running sentences: each sentence that takes a stance, and the proposal it is about, read from the
 * numbers it names, the heading or bullet it stands under, a proposal title in its words, or the sentence before.
 */

// How far after a stance phrase its object may reach: "betänkande <titel> (SOU 2030:11)" with a long title.
const MAX_OBJECT = 300;

export function collectFromProse(ctx: Context, block: Block, index: number, push: Push): void {
  collectSentences(ctx, block, index, 0, push, null);
}

/**
 * Evidence from the sentences of a block from `from` on. A sentence's topic: the numbers it names (each stance
 * phrase takes the numbers after it), else the fixed topic (a bullet's title), else the section heading, else a
 * verdict on the whole remiss, else a proposal title it names, else the heading's topic, else the topic of the
 * previous sentence when it speaks of "förslaget".
 */
export function collectSentences(
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

/** Where a stance phrase's first word (its verb) ends. */
function afterVerb(hit: { start: number; phrase: string }): number {
  return hit.start + (/^\S+/u.exec(hit.phrase)?.[0].length ?? 0);
}
