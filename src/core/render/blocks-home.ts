/**
 * The App Home: per remiss, its proposals with their tallies, the most contested first. Pure.
 */
import type { KnownBlock, View } from '@slack/types';
import type { Tally } from '../search/types.js';
import type { RemissRef } from '../types.js';
import { formatTally, proposalLabel } from './blocks-search.js';
import { LIMITS, plainText, safeMrkdwn } from './blocks-text.js';
import { SLACK_SV as S } from './strings-sv.js';

export interface ProposalTally {
  proposal: string | null;
  title: string | null;
  tally: Tally;
}

export interface HomeRemiss {
  remiss: RemissRef;
  proposals: ProposalTally[];
}

/**
 * How contested a proposal is: the size of the smaller camp (for + partly vs. against), so 5–5 beats
 * 9–1 and 9–1 beats 10–0; ties go to the proposal more respondents wrote about.
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

export function rankContested(proposals: ProposalTally[]): ProposalTally[] {
  return [...proposals].sort(
    (a, b) =>
      contestedness(b.tally) - contestedness(a.tally) ||
      total(b.tally) - total(a.tally) ||
      compareNumbers(a.proposal, b.proposal),
  );
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Builds the Home tab view (at most 100 blocks; proposals beyond that are summarised in one line). */
export function renderHome(remisser: HomeRemiss[]): View {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: S.homeTitle } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: S.homeIntro }] },
  ];
  if (remisser.length === 0) blocks.push(section(S.homeEmpty));
  const perRemissOverhead = 3; // divider, header, "… och N förslag till"
  const budget = LIMITS.blocksPerHomeView;
  for (const [i, r] of remisser.entries()) {
    if (blocks.length + perRemissOverhead > budget) break;
    const remaining = remisser.length - i;
    blocks.push({ type: 'divider' });
    const heading = r.remiss.title ? `${r.remiss.id} – ${r.remiss.title}` : r.remiss.id;
    blocks.push({ type: 'header', text: { type: 'plain_text', text: plainText(heading, LIMITS.headerText) } });
    const ranked = rankContested(r.proposals);
    // Leave room for every later remiss's heading.
    const room = budget - blocks.length - 1 - (remaining - 1) * perRemissOverhead;
    const shown = ranked.slice(0, Math.max(0, room));
    for (const p of shown) {
      const label = safeMrkdwn(proposalLabel(p), 500);
      blocks.push(section(`*${label}*\n${formatTally(p.tally)}`));
    }
    if (shown.length < ranked.length) {
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: S.homeMore(ranked.length - shown.length) }] });
    }
  }
  return { type: 'home', blocks: blocks.slice(0, budget) };
}
