import { type Catalog, findProposal } from '../catalog/catalog.js';
import { matchProposalTitle } from '../catalog/match-title.js';
import { type Confidence, type Stance, WHOLE_REMISS } from '../types.js';
import type { ListHeader } from './list-header.js';
import { sameProposalTitle } from './named-proposal.js';
import { findReferences } from './references.js';
import type { RemissScope } from './whole-remiss.js';

/**
 * What a piece of evidence is, what it can be about (a numbered proposal, a title, the remiss as a whole), and the
 * state the walk over a document's blocks carries from one block to the next to decide that: a sentence's topic
 * often stands in the heading above it or in the sentence before.
 */

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

export type Push = (e: Omit<Evidence, 'order'>) => void;

export interface Topic {
  proposal: string | null;
  title: string | null;
  confidence: Confidence;
  reason: string;
}

export interface Context {
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

export function titleOf(ctx: Context, number: string): string | null {
  return findProposal(ctx.catalog, ctx.remiss, number)?.title ?? null;
}

export function topicFromTitle(ctx: Context, text: string, minScore: number, why: string): Topic | null {
  const match = matchProposalTitle(ctx.catalog, ctx.remiss, text, { minScore, margin: 0.08 });
  if (!match) return null;
  return {
    proposal: match.proposal.number,
    title: match.proposal.title,
    confidence: match.score >= 0.7 ? 'medium' : 'low',
    reason: `${why} matched to ${match.proposal.number} (${match.words.join(', ')}; score ${match.score.toFixed(2)})`,
  };
}

export function explicitTopic(ctx: Context, text: string): Topic | null {
  const [ref] = findReferences(text);
  if (!ref) return null;
  return { proposal: ref.number, title: titleOf(ctx, ref.number), confidence: 'high', reason: `names ${ref.number}` };
}

/** A title-only topic, under the title an earlier naming of the same proposal gave it. */
export function namedTopic(ctx: Context, named: string): Topic {
  const title = sameProposalTitle(ctx.titles, named) ?? named;
  rememberTitle(ctx, title);
  return { proposal: null, title, confidence: 'low', reason: 'proposal named by its words, no number' };
}

// A response names far fewer proposals than this; a 20 MB text of made-up ones is not compared pair by pair.
const MAX_TITLES = 200;

export function rememberTitle(ctx: Context, title: string): void {
  if (ctx.titles.size < MAX_TITLES) ctx.titles.add(title);
}

/** A verdict on the remiss as a whole, however it was named: one reason, so one Swedish rendering. */
export function wholeVerdict(): Topic {
  return wholeRemiss('verdict on the remiss as a whole');
}

export function wholeRemiss(reason: string): Topic {
  return { proposal: WHOLE_REMISS, title: null, confidence: 'medium', reason };
}
