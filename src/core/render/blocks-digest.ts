/**
 * The daily digest message: responses added since the last digest, and where they disagree. Pure.
 */
import type { KnownBlock } from '@slack/types';
import type { Tally } from '../search/types.js';
import { formatTally, type SlackMessage } from './blocks-search.js';
import { LIMITS, safeMrkdwn } from './blocks-text.js';
import { SLACK_SV as S } from './strings-sv.js';

export interface DigestEntry {
  respondent: string | null;
  remiss: string | null;
  file: string;
  tally: Tally;
  /** Proposal labels this response avstyrker: "7.2.2 Genomför försöksverksamhet…". */
  against: string[];
}

export interface DigestRemissConflict {
  remiss: string;
  /** Proposals touched by the new responses where respondents now stand on both sides. */
  proposals: Array<{ label: string; tally: Tally }>;
}

export interface DigestPlan {
  /** Responses added after this instant (null: the first digest ever, everything counts). */
  since: Date | null;
  entries: DigestEntry[];
  conflicts: DigestRemissConflict[];
}

const MAX_ENTRIES = 40;

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** `sinceLabel` is the formatted `since` ("2026-11-22 08:00"), done by the caller in the digest's time zone. */
export function renderDigest(plan: DigestPlan, sinceLabel: string | null): SlackMessage {
  const title = `${S.digestTitle} (${plan.entries.length})`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: title } },
    context(sinceLabel ? safeMrkdwn(S.digestSince(sinceLabel), 200) : S.digestAll),
  ];
  const conflictBlocks = plan.conflicts.slice(0, 3).map((c) => {
    const lines = c.proposals.slice(0, 10).map((p) => `• ${safeMrkdwn(p.label, 200)} (${formatTally(p.tally)})`);
    return section(
      `*${S.digestDisagree}* ${safeMrkdwn(c.remiss, 100)}\n${lines.join('\n')}`.slice(0, LIMITS.sectionText),
    );
  });
  const room = LIMITS.blocksPerMessage - blocks.length - conflictBlocks.length - 1;
  const shown = plan.entries.slice(0, Math.min(MAX_ENTRIES, room));
  for (const e of shown) {
    const who = safeMrkdwn(e.respondent ?? S.unknownRespondent, 200);
    const remiss = safeMrkdwn(e.remiss ?? S.unknownRemiss, 100);
    const lines = [`*${who}* · ${remiss} · _${safeMrkdwn(e.file, 200)}_`, formatTally(e.tally)];
    if (e.against.length > 0) {
      lines.push(
        `${S.stanceEmoji.against} ${S.stanceLabel.against}: ${e.against.map((a) => safeMrkdwn(a, 150)).join('; ')}`,
      );
    }
    blocks.push(section(lines.join('\n').slice(0, LIMITS.sectionText)));
  }
  if (shown.length < plan.entries.length) blocks.push(context(S.digestMore(plan.entries.length - shown.length)));
  blocks.push(...conflictBlocks);
  const text = safeMrkdwn(
    `${title}: ${plan.entries.map((e) => e.respondent ?? e.file).join(', ')}`,
    LIMITS.fallbackText,
  );
  return { text, blocks };
}

/** The dry-run / terminal form of the same plan. */
export function renderDigestText(plan: DigestPlan, sinceLabel: string | null): string {
  if (plan.entries.length === 0) return S.digestNothing;
  const out = [`${S.digestTitle} (${plan.entries.length}) – ${sinceLabel ? S.digestSince(sinceLabel) : S.digestAll}`];
  for (const e of plan.entries) {
    out.push(
      `- ${e.respondent ?? S.unknownRespondent} · ${e.remiss ?? S.unknownRemiss} · ${e.file}: ${formatTally(e.tally)}`,
    );
    if (e.against.length > 0) out.push(`    ${S.stanceLabel.against}: ${e.against.join('; ')}`);
  }
  for (const c of plan.conflicts) {
    out.push(`${S.digestDisagree} ${c.remiss}`);
    for (const p of c.proposals) out.push(`    ${p.label} (${formatTally(p.tally)})`);
  }
  return out.join('\n');
}
