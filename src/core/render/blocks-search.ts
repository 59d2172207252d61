/**
 * Block Kit for a search result: the proposal with its tally, answers grouped by stance, a quote per
 * respondent with its source, a pick list for ambiguous queries, and pagination within Slack's limits.
 * Pure: SearchResult in, message out.
 */
import type { Button, KnownBlock } from '@slack/types';
import { STANCE_ORDER } from '../search/group-answers.js';
import type { Answer, Match, ResultTotals, SearchResult, Tally } from '../search/types.js';
import { type Stance, WHOLE_REMISS } from '../types.js';
import { ACTION, encodeValue } from './blocks-actions.js';
import { answerMarkers, answerMenu } from './blocks-correction.js';
import { asBlockQuote, LIMITS, plainText, safeMrkdwn } from './blocks-text.js';
import { SLACK_SV as S } from './strings-sv.js';

export interface SlackMessage {
  /** Notification / fallback text; escaped like any mrkdwn. */
  text: string;
  blocks: KnownBlock[];
}

export interface SearchRenderOptions {
  /**
   * Where the page starts (the "Visa fler" offset): the first answer to show, or for a respondent's answers
   * (which the search returns one page at a time, with `totals`) the first of their proposals on this page.
   */
  offset?: number;
  /**
   * Who sees the message. `private` (ephemeral): per-quote sharing and "Posta i kanalen". `thread` (the bot's
   * answer in a thread): per-quote sharing. `public` (posted for everyone): no buttons but "Visa fler".
   */
  audience: 'private' | 'thread' | 'public';
  /** When the conversation is a thread: share buttons offer "Dela i tråd" too, and follow-ups stay there. */
  threadTs?: string;
  /** For the "rättad av … 23 nov" marker; default Europe/Stockholm. */
  timeZone?: string;
}

/** Answers per page: small enough to read, and with two blocks per answer still inside 50 blocks. */
export const PAGE_SIZE = 15;
/** Longest quote we show; the rest of a section (respondent, source) fits in what remains of 3,000. */
const MAX_QUOTE = 2400;
const MAX_CHOICE_BUTTONS = 10;

/** Grouping order: the objections first, they are what an analyst looks for. */

/** "2 avstyrker · 0 tillstyrker" — both main sides always, the others when present. */
export function formatTally(tally: Tally): string {
  const parts = [`${tally.against} ${S.stanceLabel.against}`, `${tally.for} ${S.stanceLabel.for}`];
  if (tally.partly > 0) parts.push(`${tally.partly} ${S.stanceLabel.partly}`);
  if (tally.neutral > 0) parts.push(`${tally.neutral} ${S.stanceLabel.neutral}`);
  return parts.join(' · ');
}

/** formatTally, labelled "Av träffarna: …" when it counts a quote search's hits only. */
function matchTally(match: Match): string {
  const tally = formatTally(match.tally);
  return match.tallyOf === 'hits' ? S.tallyOfHits(tally) : tally;
}

/** "7.2.2 Genomför försöksverksamhet…" / "Remissen som helhet"; unescaped. */
export function proposalLabel(match: Pick<Match, 'proposal' | 'title'>): string {
  if (match.proposal === WHOLE_REMISS) return S.wholeRemiss;
  const title = match.title ?? S.untitled;
  return match.proposal ? `${match.proposal} ${title}` : title;
}

/** "fil.pdf, s. 2" (page only when the source has pages); unescaped. */
export function sourceLabel(answer: Pick<Answer, 'file' | 'page'>): string {
  return answer.page === null ? answer.file : `${answer.file}, ${S.page(answer.page)}`;
}

interface Row {
  match: Match;
  answer: Answer;
}

/** Flattens matches into rows in display order: per match, grouped by stance. */
function rowsOf(result: SearchResult): Row[] {
  const rows: Row[] = [];
  for (const match of result.matches) {
    const sorted = [...match.answers].sort((a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance));
    for (const answer of sorted) rows.push({ match, answer });
  }
  return rows;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function button(text: string, actionId: string, value: string, style?: 'primary'): Button {
  const b: Button = {
    type: 'button',
    text: { type: 'plain_text', text: plainText(text, LIMITS.buttonText) },
    action_id: actionId,
    value,
  };
  if (style) b.style = style;
  return b;
}

function answerText(result: SearchResult, row: Row, timeZone?: string): string {
  const { answer, match } = row;
  const stance = `${S.stanceEmoji[answer.stance]} ${S.stanceLabel[answer.stance]}`;
  const head =
    result.kind === 'respondent'
      ? `*${safeMrkdwn(proposalLabel(match), 300)}* — ${stance}`
      : `${S.stanceEmoji[answer.stance]} *${safeMrkdwn(answer.respondent, 200)}* — ${S.stanceLabel[answer.stance]}`;
  const quote = asBlockQuote(safeMrkdwn(answer.quote, MAX_QUOTE));
  // Low confidence / corrected: a discreet marker after the source, so analysts know what to check.
  const source = `_${safeMrkdwn(sourceLabel(answer), 200)}${answerMarkers(answer, timeZone)}_`;
  return `${head}\n${quote}\n${source}`;
}

/** `page`: where the search must start to find this answer again (a respondent's page), for the share buttons. */
function answerBlocks(
  result: SearchResult,
  row: Row,
  index: number,
  options: SearchRenderOptions,
  page?: number,
): KnownBlock[] {
  const text = answerText(result, row, options.timeZone);
  if (options.audience === 'public') return [section(text)];
  const base = { q: result.query, s: row.answer.stanceId, ...(page ? { o: page } : {}) };
  const toChannel = button(S.shareInChannel, `${ACTION.shareChannel}_${index}`, encodeValue(base));
  // The "…" menu ("Rätta", "Varför denna tolkning?") sits as the section's accessory; the share buttons below.
  const menu = answerMenu(row.answer, index);
  if (!options.threadTs) return [{ ...section(text), accessory: menu } as KnownBlock, actionsRow([toChannel])];
  const toThread = button(
    S.shareInThread,
    `${ACTION.shareThread}_${index}`,
    encodeValue({ ...base, t: options.threadTs }),
  );
  return [{ ...section(text), accessory: menu } as KnownBlock, actionsRow([toThread, toChannel])];
}

function actionsRow(elements: Button[]): KnownBlock {
  return { type: 'actions', elements };
}

function matchHeading(result: SearchResult, match: Match): KnownBlock[] {
  if (result.kind === 'respondent') return [];
  const label = safeMrkdwn(proposalLabel(match), 600);
  return [section(`*${label}*  ·  ${safeMrkdwn(match.remiss, 100)}`), context(matchTally(match))];
}

function resultHeading(result: SearchResult): KnownBlock[] {
  if (result.kind === 'respondent') {
    return [
      {
        type: 'header',
        text: {
          type: 'plain_text',
          text: plainText(S.respondentHeading(result.respondent ?? result.query), LIMITS.headerText),
        },
      },
    ];
  }
  if (result.kind === 'search' && result.matches.length > 1) {
    return [
      {
        type: 'header',
        text: { type: 'plain_text', text: plainText(S.searchHeading(result.query), LIMITS.headerText) },
      },
    ];
  }
  return [];
}

function choiceBlocks(choices: SearchResult['choices'], threadTs?: string): KnownBlock[] {
  const buttons = choices
    .slice(0, MAX_CHOICE_BUTTONS)
    .map((c, i) =>
      button(c.label, `${ACTION.pick}_${i}`, encodeValue(threadTs ? { q: c.query, t: threadTs } : { q: c.query })),
    );
  const blocks: KnownBlock[] = [];
  // Five buttons per row read better than one long wrapped row.
  for (let i = 0; i < buttons.length; i += 5) blocks.push({ type: 'actions', elements: buttons.slice(i, i + 5) });
  return blocks;
}

function renderChoices(result: SearchResult, options: SearchRenderOptions): SlackMessage {
  const text = safeMrkdwn(S.pickOne(result.query), LIMITS.sectionText);
  return { text, blocks: [section(text), ...choiceBlocks(result.choices, options.threadTs)] };
}

function renderNothing(result: SearchResult, options: SearchRenderOptions): SlackMessage {
  const text = safeMrkdwn(S.nothingFound(result.query), LIMITS.sectionText);
  const blocks: KnownBlock[] = [section(text)];
  if (result.suggestions.length > 0) {
    blocks.push(context(S.didYouMean), ...choiceBlocks(result.suggestions, options.threadTs));
  }
  return { text, blocks };
}

/** The top-level text: what a notification shows. */
function fallbackText(result: SearchResult): string {
  if (result.kind === 'respondent')
    return safeMrkdwn(S.respondentHeading(result.respondent ?? result.query), LIMITS.fallbackText);
  const first = result.matches[0];
  const head = `${proposalLabel(first)}: ${matchTally(first)}`;
  const more = result.matches.length > 1 ? ` (+${result.matches.length - 1})` : '';
  return safeMrkdwn(head + more, LIMITS.fallbackText);
}

/** "Visar x–y av n" + the actions row. */
const FOOTER_BLOCKS = 2;
const BUDGET = LIMITS.blocksPerMessage - FOOTER_BLOCKS;

/**
 * Renders one page of a search result. Never more than 50 blocks: rows are added while they fit,
 * and the rest is one "Visa fler" click away.
 */
export function renderSearchResult(result: SearchResult, options: SearchRenderOptions): SlackMessage {
  if (result.choices.length > 0) return renderChoices(result, options);
  const rows = rowsOf(result);
  if (rows.length === 0) return renderNothing(result, options);
  // A respondent's answers arrive one page at a time (the search read just that page): `offset` counts proposals.
  if (result.kind === 'respondent' && result.totals) return renderRespondentPage(result, rows, result.totals, options);

  const total = rows.length;
  const offset = Math.min(Math.max(0, options.offset ?? 0), total - 1);
  const blocks = pageHeading(result, offset === 0);
  let lastMatch: Match | null = null;
  let lastStance: Stance | null = null;
  let shown = 0;
  for (let i = offset; i < total && shown < PAGE_SIZE; i++) {
    const row = rows[i];
    const pending: KnownBlock[] = [];
    if (row.match !== lastMatch) pending.push(...matchHeading(result, row.match));
    const grouped = result.kind !== 'respondent';
    if (grouped && (row.match !== lastMatch || row.answer.stance !== lastStance)) {
      const count = row.match.tally[row.answer.stance];
      pending.push(context(`*${S.stanceGroup[row.answer.stance]}* (${count})`));
    }
    pending.push(...answerBlocks(result, row, i, options));
    if (blocks.length + pending.length > BUDGET) break;
    blocks.push(...pending);
    lastMatch = row.match;
    lastStance = row.answer.stance;
    shown++;
  }
  const next = offset + shown;
  const showing = total > shown ? S.showing(offset + 1, next, total) : null;
  return {
    text: fallbackText(result),
    blocks: [...blocks, ...footer(result, options, offset, next < total ? next : null, showing)],
  };
}

/**
 * One page of a respondent's answers, as the search returned it: whole proposals while they fit (a proposal is
 * never split across two pages, so "Visa fler", which counts proposals, shows each answer once).
 */
function renderRespondentPage(
  result: SearchResult,
  rows: readonly Row[],
  totals: ResultTotals,
  options: SearchRenderOptions,
): SlackMessage {
  const offset = Math.max(0, options.offset ?? 0);
  const blocks = pageHeading(result, offset === 0);
  let shownMatches = 0;
  let i = 0;
  while (i < rows.length) {
    const match = rows[i].match;
    const pending: KnownBlock[] = [];
    let j = i;
    for (; j < rows.length && rows[j].match === match; j++) {
      pending.push(...answerBlocks(result, rows[j], j, options, offset));
    }
    const room = BUDGET - blocks.length;
    if (pending.length > room) {
      if (shownMatches > 0) break;
      // One proposal alone over the budget (24+ documents of one respondent answering it): show what fits of it;
      // "Visa fler" goes on with the next proposal.
      blocks.push(...pending.slice(0, room));
    } else blocks.push(...pending);
    shownMatches++;
    i = j;
  }
  const next = offset + shownMatches;
  const showing = totals.matches > shownMatches ? S.showingProposals(offset + 1, next, totals.matches) : null;
  return {
    text: fallbackText(result),
    blocks: [...blocks, ...footer(result, options, offset, next < totals.matches ? next : null, showing)],
  };
}

function pageHeading(result: SearchResult, first: boolean): KnownBlock[] {
  const blocks: KnownBlock[] = first ? resultHeading(result) : [];
  if (result.notices?.includes('truncated')) blocks.push(context(S.queryTruncated));
  return blocks;
}

/** "Visar x–y av n" when there is more than this page, then "Visa fler" (from `next`) and "Posta i kanalen". */
function footer(
  result: SearchResult,
  options: SearchRenderOptions,
  offset: number,
  next: number | null,
  showing: string | null,
): KnownBlock[] {
  const buttons: Button[] = [];
  if (next !== null) {
    buttons.push(button(S.showMore, ACTION.showMore, encodeValue({ q: result.query, o: next, t: options.threadTs })));
  }
  if (options.audience === 'private' && !options.threadTs) {
    buttons.push(button(S.postInChannel, ACTION.postInChannel, encodeValue({ q: result.query, o: offset }), 'primary'));
  }
  const blocks: KnownBlock[] = [];
  if (showing !== null) blocks.push(context(showing));
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  return blocks;
}
