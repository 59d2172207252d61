/**
 * The App Home: the remisser answered most recently first, each with its most contested proposals. Pure.
 */
import type { KnownBlock, RichTextSection, View } from '@slack/types';
import type { Tally } from '../search/types.js';
import type { RemissRef } from '../types.js';
import { line, ours, richText, run } from './blocks-rich-text.js';
import { formatTally, proposalLabel } from './blocks-search.js';
import { LIMITS, plainText } from './blocks-text.js';
import { DEFAULT_TIME_ZONE } from './short-day.js';
import { SLACK_SV as S } from './strings-sv.js';

export interface ProposalTally {
  proposal: string | null;
  title: string | null;
  tally: Tally;
}

export interface HomeRemiss {
  remiss: RemissRef;
  proposals: ProposalTally[];
  /** Remissvar to this remiss (not counting the inquiry's own report). */
  responses: number;
  /** ISO 8601: when the latest of them was added; null when there is none. */
  lastAddedAt: string | null;
}

/**
 * How contested a proposal is: the size of the smaller camp (for + partly vs. against), so 5–5 beats
 * 9–1 and 9–1 beats 10–0 (rankContested breaks the ties).
 */
export function contestedness(tally: Tally): number {
  return Math.min(tally.for + tally.partly, tally.against);
}

function total(t: Tally): number {
  return t.for + t.partly + t.against + t.neutral;
}

/** "7.10" after "7.9": section numbers compare part by part. */
function compareNumbers(a: string | null, b: string | null): number {
  const pa = (a ?? '').split('.').map(Number);
  const pb = (b ?? '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return (a ?? '').localeCompare(b ?? '');
}

/**
 * Most contested first: disagreement (contestedness), then objections (a unanimous "avstyrker" is more for an
 * analyst to weigh than unanimous support), then reservations ("tillstyrker delvis"), then the proposal more
 * respondents wrote about, then section order.
 */
export function rankContested(proposals: ProposalTally[]): ProposalTally[] {
  return [...proposals].sort(
    (a, b) =>
      contestedness(b.tally) - contestedness(a.tally) ||
      b.tally.against - a.tally.against ||
      b.tally.partly - a.tally.partly ||
      total(b.tally) - total(a.tally) ||
      compareNumbers(a.proposal, b.proposal),
  );
}

/** "SOU 2098:2" before "SOU 2098:10": digits compare as numbers. */
const remissIdOrder = new Intl.Collator('sv-SE', { numeric: true });

/** ISO 8601 instants of one store compare as strings (code points, not the locale's order); none is earliest. */
function compareInstants(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Latest answered first; remisser answered at the same instant by more remissvar, then by id. */
export function rankRecent(remisser: readonly HomeRemiss[]): HomeRemiss[] {
  return [...remisser].sort(
    (a, b) =>
      compareInstants(b.lastAddedAt, a.lastAddedAt) ||
      b.responses - a.responses ||
      remissIdOrder.compare(a.remiss.id, b.remiss.id),
  );
}

/** The tab's title and intro above the remisser, and the "… och N remisser till" line below them. */
const FRAME_BLOCKS = 3;
/** Divider, header, the facts line: what every shown remiss costs before its proposals. */
const REMISS_BLOCKS = 3;
/** Proposal lines per rich_text block: ten lines of at most ~200 characters stay well under RICH_TEXT_MAX. */
const LINES_PER_SECTION = 10;
/** About this many proposal lines over the whole tab, so one remiss shows 30 and 20 remisser 3 each. */
const LINES_IN_TAB = 60;
const MIN_LINES = 3;
const MAX_LINES = 30;
/** A proposal's number and title in a line; the rest of a long title is one `/remiss` away. */
const LABEL_CHARS = 120;
/** " — 2 avstyrker · 1 tillstyrker delvis · …": eleven lines of label and tally stay under RICH_TEXT_MAX. */
const TALLY_CHARS = 100;
const BOLD = { bold: true } as const;

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** "2026-11-23" in the team's time zone. */
function day(iso: string, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short' }).format(d);
}

function remissBlocks(r: HomeRemiss, lines: number, timeZone: string): KnownBlock[] {
  const heading = r.remiss.title && r.remiss.title !== r.remiss.id ? `${r.remiss.id} – ${r.remiss.title}` : r.remiss.id;
  const blocks: KnownBlock[] = [
    { type: 'divider' },
    // Emoji off: the remiss's title as written, ":tada:" included.
    { type: 'header', text: { type: 'plain_text', text: plainText(heading, LIMITS.headerText), emoji: false } },
    context(S.homeRemissFacts(r.responses, r.lastAddedAt ? day(r.lastAddedAt, timeZone) : null)),
  ];
  const ranked = rankContested(r.proposals);
  // The title as written (rich text shows "*alla*" and a bare link as words); the tally and the rest are ours.
  const shown: RichTextSection[] = ranked
    .slice(0, lines)
    .map((p) =>
      line(run('• ', 2), run(proposalLabel(p), LABEL_CHARS, BOLD), run(` — ${formatTally(p.tally)}`, TALLY_CHARS)),
    );
  if (shown.length < ranked.length) shown.push(line(...ours(S.homeMore(ranked.length - shown.length), 200)));
  for (let i = 0; i < shown.length; i += LINES_PER_SECTION) {
    // A "more" line that would stand alone joins the block before it.
    const end = shown.length - (i + LINES_PER_SECTION) === 1 ? shown.length : i + LINES_PER_SECTION;
    blocks.push(richText(...shown.slice(i, end)));
    if (end === shown.length) break;
  }
  return blocks;
}

/**
 * Builds the Home tab view within Slack's 100 blocks, whether there is one remiss or 200: the most recently answered
 * remisser first (as many as fit with a few proposals each), each with its most contested proposals (more of them
 * when fewer remisser are shown), and a line saying how many remisser and proposals are left out.
 */
export function renderHome(remisser: readonly HomeRemiss[], timeZone = DEFAULT_TIME_ZONE): View {
  const answered = rankRecent(remisser.filter((r) => r.responses > 0 || r.proposals.length > 0));
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: S.homeTitle } }];
  if (answered.length === 0) {
    blocks.push(section(S.homeEmpty));
    return { type: 'home', blocks };
  }
  blocks.push(context(S.homeIntro));
  const budget = LIMITS.blocksPerHomeView - FRAME_BLOCKS;
  let count = Math.min(answered.length, Math.floor(budget / (REMISS_BLOCKS + 1)));
  const linesEach = Math.min(MAX_LINES, Math.max(MIN_LINES, Math.floor(LINES_IN_TAB / count)));
  let shown = answered.slice(0, count).map((r) => remissBlocks(r, linesEach, timeZone));
  // Only lines past a section's ten add blocks; drop remisser from the end until everything fits.
  while (shown.reduce((n, b) => n + b.length, 0) > budget) {
    count -= 1;
    shown = shown.slice(0, count);
  }
  for (const b of shown) blocks.push(...b);
  if (count < answered.length) blocks.push(context(S.homeMoreRemisser(answered.length - count)));
  return { type: 'home', blocks };
}
