/**
 * The daily digest message: where the new responses make respondents disagree, then the responses added since the
 * last digest. Pure.
 */
import type { KnownBlock } from '@slack/types';
import type { Tally } from '../search/types.js';
import { formatTally, proposalLabel, type SlackMessage } from './blocks-search.js';
import { LIMITS, safeMrkdwn } from './blocks-text.js';
import { SLACK_SV as S } from './strings-sv.js';

/** A proposal as the digest names it: "7.2.2" and its title, "*" for the remiss as a whole, or a title only. */
export interface DigestProposal {
  proposal: string | null;
  title: string | null;
}

export interface DigestEntry {
  respondent: string | null;
  remiss: string | null;
  file: string;
  tally: Tally;
  /** The proposals this response avstyrker, in section order. */
  against: DigestProposal[];
}

export interface DigestRemissConflict {
  remiss: string;
  /** Proposals touched by the new responses where respondents now stand on both sides, most contested first. */
  proposals: Array<DigestProposal & { tally: Tally }>;
}

export interface DigestPlan {
  /** Responses added after this instant (null: the first digest ever, everything counts). */
  since: Date | null;
  /** The responses that avstyrker most first. */
  entries: DigestEntry[];
  conflicts: DigestRemissConflict[];
}

const MAX_ENTRIES = 40;
const MAX_CONFLICT_REMISSER = 5;
const MAX_CONFLICT_LINES = 10;
/** Up to this many objections are named with their titles; more by number only, so an entry stays a few lines. */
const MAX_FULL_LABELS = 5;
const MAX_NUMBERS = 20;
const LABEL_CHARS = 100;

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** "7.2.2", "Remissen som helhet", or the start of a title when there is no number. Unescaped. */
function shortName(p: DigestProposal): string {
  if (p.proposal === '*' || p.proposal === null) {
    const label = proposalLabel(p);
    return label.length > 40 ? `${label.slice(0, 39)}…` : label;
  }
  return p.proposal;
}

/** ":red_circle: avstyrker: 7.2.2 Genomför…" for a few; ":red_circle: avstyrker 15 förslag: 1.1, 1.3, …" for many. */
function againstLine(against: readonly DigestProposal[]): string {
  const head = S.stanceEmoji.against;
  if (against.length <= MAX_FULL_LABELS) {
    return `${head} ${S.stanceLabel.against}: ${against.map((a) => safeMrkdwn(proposalLabel(a), LABEL_CHARS)).join('; ')}`;
  }
  const numbers = against.slice(0, MAX_NUMBERS).map((a) => safeMrkdwn(shortName(a), 60));
  if (against.length > MAX_NUMBERS) numbers.push(S.digestMoreNumbers(against.length - MAX_NUMBERS));
  return `${head} ${S.digestAgainstMany(against.length, numbers.join(', '))}`;
}

function conflictSection(c: DigestRemissConflict): KnownBlock {
  const lines = c.proposals
    .slice(0, MAX_CONFLICT_LINES)
    .map((p) => `• ${safeMrkdwn(proposalLabel(p), LABEL_CHARS)} (${formatTally(p.tally)})`);
  if (c.proposals.length > MAX_CONFLICT_LINES)
    lines.push(S.digestMoreProposals(c.proposals.length - MAX_CONFLICT_LINES));
  return section(
    `*${S.digestDisagree}* ${safeMrkdwn(c.remiss, 100)}\n${lines.join('\n')}`.slice(0, LIMITS.sectionText),
  );
}

function entrySection(e: DigestEntry): KnownBlock {
  const who = safeMrkdwn(e.respondent ?? S.unknownRespondent, 200);
  const remiss = safeMrkdwn(e.remiss ?? S.unknownRemiss, 100);
  const lines = [`*${who}* · ${remiss} · _${safeMrkdwn(e.file, 200)}_`, formatTally(e.tally)];
  if (e.against.length > 0) lines.push(againstLine(e.against));
  return section(lines.join('\n').slice(0, LIMITS.sectionText));
}

/**
 * `sinceLabel` is the formatted `since` ("2026-11-22 08:00"), done by the caller in the digest's time zone. Within
 * 50 blocks: the disagreement first (what an analyst acts on), then the responses, each list saying when it is cut.
 */
export function renderDigest(plan: DigestPlan, sinceLabel: string | null): SlackMessage {
  const title = `${S.digestTitle} (${plan.entries.length})`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: title } },
    context(sinceLabel ? safeMrkdwn(S.digestSince(sinceLabel), 200) : S.digestAll),
  ];
  blocks.push(...plan.conflicts.slice(0, MAX_CONFLICT_REMISSER).map(conflictSection));
  if (plan.conflicts.length > MAX_CONFLICT_REMISSER) {
    blocks.push(context(S.digestMoreConflicts(plan.conflicts.length - MAX_CONFLICT_REMISSER)));
  }
  if (plan.conflicts.length > 0) blocks.push({ type: 'divider' });
  const room = LIMITS.blocksPerMessage - blocks.length - 1;
  const shown = plan.entries.slice(0, Math.min(MAX_ENTRIES, room));
  blocks.push(...shown.map(entrySection));
  if (shown.length < plan.entries.length) blocks.push(context(S.digestMore(plan.entries.length - shown.length)));
  const text = safeMrkdwn(
    `${title}: ${plan.entries.map((e) => e.respondent ?? e.file).join(', ')}`,
    LIMITS.fallbackText,
  );
  return { text, blocks };
}

/** The dry-run / terminal form of the same plan: every response and disputed proposal, by its full label. */
export function renderDigestText(plan: DigestPlan, sinceLabel: string | null): string {
  if (plan.entries.length === 0) return S.digestNothing;
  const out = [`${S.digestTitle} (${plan.entries.length}) – ${sinceLabel ? S.digestSince(sinceLabel) : S.digestAll}`];
  for (const c of plan.conflicts) {
    out.push(`${S.digestDisagree} ${c.remiss}`);
    for (const p of c.proposals) out.push(`    ${proposalLabel(p)} (${formatTally(p.tally)})`);
  }
  for (const e of plan.entries) {
    out.push(
      `- ${e.respondent ?? S.unknownRespondent} · ${e.remiss ?? S.unknownRemiss} · ${e.file}: ${formatTally(e.tally)}`,
    );
    if (e.against.length > 0) out.push(`    ${S.stanceLabel.against}: ${e.against.map(proposalLabel).join('; ')}`);
  }
  return out.join('\n');
}
