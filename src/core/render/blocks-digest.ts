/**
 * The daily digest message: where the new responses make respondents disagree, then the responses added since the
 * last digest. What documents say (respondents, remisser, file names, proposal titles) is rich text, shown as
 * written; mrkdwn only carries our own words. Pure.
 */
import type { KnownBlock, RichTextSection } from '@slack/types';
import type { Tally } from '../search/types.js';
import { emoji, line, RICH_TEXT_MAX, richText, run } from './blocks-rich-text.js';
import { formatTally, proposalLabel, type SlackMessage } from './blocks-search.js';
import { LIMITS, plainText, safeMrkdwn, truncate } from './blocks-text.js';
import { MESSAGE_TEXT_BUDGET, TextBudget } from './message-budget.js';
import { respondentName } from './respondent-name.js';
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
/** Our own words in a line: a tally, "… och 3 förslag till". */
const OURS_CHARS = 100;
const NAME_CHARS = 200;
const REMISS_CHARS = 100;
const FILE_CHARS = 200;
const BOLD = { bold: true } as const;
const ITALIC = { italic: true } as const;

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

/**
 * ":red_circle: avstyrker: 7.2.2 Genomför…" for a few; ":red_circle: avstyrker 15 förslag: 1.1, 1.3, …" for many,
 * or for all when the day's responses would not fit with titles (`brief`). At most 5 labels of 100 or 20 names of
 * 60 characters: well within RICH_TEXT_MAX with the line above.
 */
function againstLine(against: readonly DigestProposal[], brief: boolean): RichTextSection {
  const head = emoji(S.stanceEmoji.against);
  if (against.length <= MAX_FULL_LABELS && !brief) {
    const labels = against.map((a) => truncate(proposalLabel(a), LABEL_CHARS)).join('; ');
    return line(head, run(` ${S.stanceLabel.against}: ${labels}`, RICH_TEXT_MAX));
  }
  const numbers = against.slice(0, MAX_NUMBERS).map((a) => truncate(shortName(a), 60));
  if (against.length > MAX_NUMBERS) numbers.push(S.digestMoreNumbers(against.length - MAX_NUMBERS));
  return line(head, run(` ${S.digestAgainstMany(against.length, numbers.join(', '))}`, RICH_TEXT_MAX));
}

/** At most 100 + 10 lines of ~200 characters: within RICH_TEXT_MAX. */
function conflictBlock(c: DigestRemissConflict): KnownBlock {
  const lines = c.proposals
    .slice(0, MAX_CONFLICT_LINES)
    .map((p) =>
      line(
        run(`• ${truncate(proposalLabel(p), LABEL_CHARS)}`, LABEL_CHARS + 2),
        run(` (${formatTally(p.tally)})`, OURS_CHARS),
      ),
    );
  if (c.proposals.length > MAX_CONFLICT_LINES)
    lines.push(line(run(S.digestMoreProposals(c.proposals.length - MAX_CONFLICT_LINES), OURS_CHARS)));
  return richText(line(run(S.digestDisagree, OURS_CHARS, BOLD), run(` ${c.remiss}`, REMISS_CHARS)), ...lines);
}

function entryBlock(e: DigestEntry, brief: boolean): KnownBlock {
  const head = line(
    run(respondentName(e.respondent, e.file), NAME_CHARS, BOLD),
    run(' · ', 3),
    run(e.remiss ?? S.unknownRemiss, REMISS_CHARS),
    run(' · ', 3),
    run(e.file, FILE_CHARS, ITALIC),
  );
  const lines = [head, line(run(formatTally(e.tally), OURS_CHARS))];
  if (e.against.length > 0) lines.push(againstLine(e.against, brief));
  return richText(...lines);
}

/** The entries that fit from the first on, as many blocks as `room` allows and as much text as `text` has left. */
function entriesThatFit(entries: readonly DigestEntry[], brief: boolean, room: number, text: TextBudget): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const e of entries.slice(0, Math.min(MAX_ENTRIES, room))) {
    const block = entryBlock(e, brief);
    if (!text.fits([...blocks, block])) break;
    blocks.push(block);
  }
  return blocks;
}

/**
 * `sinceLabel` is the formatted `since` ("2026-11-22 08:00"), done by the caller in the digest's time zone. Within
 * 50 blocks and `textLimit` characters of text (message-budget.ts; smaller when Slack refused the digest for its
 * size): the disagreement first (what an analyst acts on), in at most half of the text, then the responses, with
 * their objections by number when that shows more of them, each list saying when it is cut. However many responses
 * a day brings, the message stays the same size, so a digest Slack took once it takes every day.
 */
export function renderDigest(
  plan: DigestPlan,
  sinceLabel: string | null,
  textLimit: number = MESSAGE_TEXT_BUDGET,
): SlackMessage {
  const title = `${S.digestTitle} (${plan.entries.length})`;
  const fallback = safeMrkdwn(
    `${title}: ${plan.entries.map((e) => respondentName(e.respondent, e.file)).join(', ')}`,
    Math.min(LIMITS.fallbackText, Math.floor(textLimit / 10)),
  );
  const text = new TextBudget(textLimit - fallback.length);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: plainText(title, LIMITS.headerText), emoji: false } },
    context(sinceLabel ? safeMrkdwn(S.digestSince(sinceLabel), 200) : S.digestAll),
  ];
  text.spend(blocks);
  const conflictText = new TextBudget(text.spent + (textLimit - fallback.length - text.spent) / 2);
  let conflicts = 0;
  for (const c of plan.conflicts.slice(0, MAX_CONFLICT_REMISSER)) {
    const block = conflictBlock(c);
    if (!conflictText.fits([...blocks, block], 0)) break;
    blocks.push(block);
    conflicts++;
  }
  if (conflicts < plan.conflicts.length) blocks.push(context(S.digestMoreConflicts(plan.conflicts.length - conflicts)));
  if (plan.conflicts.length > 0) blocks.push({ type: 'divider' });
  text.spend(blocks.slice(2));
  const room = LIMITS.blocksPerMessage - blocks.length - 1;
  let shown = entriesThatFit(plan.entries, false, room, text);
  if (shown.length < plan.entries.length) {
    const brief = entriesThatFit(plan.entries, true, room, text);
    if (brief.length > shown.length) shown = brief;
  }
  blocks.push(...shown);
  if (shown.length < plan.entries.length) blocks.push(context(S.digestMore(plan.entries.length - shown.length)));
  return { text: fallback, blocks };
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
      `- ${respondentName(e.respondent, e.file)} · ${e.remiss ?? S.unknownRemiss} · ${e.file}: ${formatTally(e.tally)}`,
    );
    if (e.against.length > 0) out.push(`    ${S.stanceLabel.against}: ${e.against.map(proposalLabel).join('; ')}`);
  }
  return out.join('\n');
}
