/**
 * Block Kit for a search result: the proposal with its tally, answers grouped by stance, a quote per
 * respondent with its source, a pick list for ambiguous queries, and pagination within Slack's limits.
 * Pure: SearchResult in, message out.
 */
import type { Button, KnownBlock } from '@slack/types';
import { STANCE_ORDER } from '../search/group-answers.js';
import { MAX_QUOTE_HITS, queryWordCount } from '../search/quote-hits.js';
import type { Match, ResultTotals, SearchResult, Tally } from '../search/types.js';
import type { Stance } from '../types.js';
import { ACTION, encodeValue } from './blocks-actions.js';
import {
  type AnswerRow,
  type AnswerView,
  answerActions,
  answerRichText,
  button,
  formatTally,
  matchHeading,
  proposalLabel,
} from './blocks-answer.js';
import { choiceList, choicesLeftOut } from './blocks-choices.js';
import { LIMITS, plainText, safeMrkdwn } from './blocks-text.js';
import { renderUnanswered, unansweredBlocks } from './blocks-unanswered.js';
import { TextBudget } from './message-budget.js';
import { SLACK_SV as S, SEARCH_SV } from './strings-sv.js';

export { formatTally, proposalLabel, sourceLabel } from './blocks-answer.js';

export interface SlackMessage {
  /** Notification / fallback text; escaped like any mrkdwn. */
  text: string;
  blocks: KnownBlock[];
}

export interface SearchRenderOptions {
  /**
   * Where the page starts (the "Visa fler" offset): the first answer to show, or for a respondent's answers
   * (which the search returns one page at a time, with `totals`) the first of their proposals on this page, or
   * for a pick list the first choice.
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
/**
 * A respondent's proposals per page, asked of the search: one more than a page, so a respondent with 16 gets them
 * in one message instead of a "Visa fler" for the last one. The renderer shows the extra one only then.
 */
export const RESPONDENT_PAGE = PAGE_SIZE + 1;

/**
 * formatTally, labelled "Av träffarna: …" when it counts a quote search's hits only, and "Alla svar på förslaget: …"
 * under one respondent's answer (the tally is everyone's).
 */
function matchTally(match: Match): string {
  const tally = formatTally(match.tally);
  if (match.answersOf) return SEARCH_SV.tallyOfAll(tally);
  return match.tallyOf === 'hits' ? S.tallyOfHits(tally) : tally;
}

/** Flattens matches into rows in display order: per match, grouped by stance. */
function rowsOf(result: SearchResult): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const match of result.matches) {
    const sorted = [...match.answers].sort((a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance));
    for (const answer of sorted) rows.push({ match, answer });
  }
  return rows;
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** Emoji off: a header names a respondent or a query as written, ":tada:" included. */
function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: plainText(text, LIMITS.headerText), emoji: false } };
}

/** `page`: where the search must start to find this answer again (a respondent's page), for the share buttons. */
function answerBlocks(
  result: SearchResult,
  row: AnswerRow,
  index: number,
  options: SearchRenderOptions,
  page?: number,
): KnownBlock[] {
  const view: AnswerView =
    result.kind === 'respondent'
      ? { by: 'proposal', withRemiss: answersManyRemisser(result), timeZone: options.timeZone }
      : { by: 'respondent', timeZone: options.timeZone };
  const rich = answerRichText(row, view);
  if (options.audience === 'public') return [rich];
  return [rich, answerActions(row, index, { query: result.query, page, threadTs: options.threadTs })];
}

/** Whether a respondent's answers span remisser: each proposal then names its own. */
function answersManyRemisser(result: SearchResult): boolean {
  return (result.remisser?.length ?? 0) > 1 || new Set(result.matches.map((m) => m.remiss)).size > 1;
}

function respondentCounts(result: SearchResult): { matches: number; tally: Tally } {
  if (result.totals) return result.totals;
  const tally: Tally = { for: 0, partly: 0, against: 0, neutral: 0 };
  for (const m of result.matches) for (const stance of STANCE_ORDER) tally[stance] += m.tally[stance];
  return { matches: result.matches.length, tally };
}

/** "Vision: ståndpunkter i 80 förslag", "(forts.)" after the first page; the name cut so the header fits. */
function respondentHeading(result: SearchResult, continued: boolean): string {
  const { matches } = respondentCounts(result);
  const name = result.respondent ?? result.query;
  const rest = SEARCH_SV.respondentHeading('', matches) + (continued ? ` ${S.continued}` : '');
  return `${plainText(name, LIMITS.headerText - rest.length)}${rest}`;
}

function quoteCount(result: SearchResult): number {
  return result.matches.reduce((n, m) => n + m.answers.length, 0);
}

function matchedByTitle(result: SearchResult): boolean {
  return result.matches.some((m) => m.answers.some((a) => a.matchedBy === 'title'));
}

/** "3 citat med ”X”", or "3 träffar för ”X” i citat och förslagsrubriker" when some matched by their title. */
function searchHeading(result: SearchResult): string {
  const heading = matchedByTitle(result) ? SEARCH_SV.searchHeadingWithTitles : SEARCH_SV.searchHeading;
  return heading(result.query, quoteCount(result));
}

function quotesCapped(result: SearchResult): string {
  return SEARCH_SV.quotesCapped(MAX_QUOTE_HITS, queryWordCount(result.query));
}

/**
 * What a page says above its answers. Every page of a respondent's answers or of a quote search names what was
 * asked (a page may be posted in the channel alone); the first also gives a respondent's count and tally. A quote
 * search says what it counted. Notices (query cut, quote search cut) on every page.
 */
function pageHeading(result: SearchResult, first: boolean): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (result.kind === 'respondent') {
    blocks.push(header(respondentHeading(result, !first)));
    if (first) blocks.push(context(formatTally(respondentCounts(result).tally)));
  } else if (result.kind === 'search') {
    blocks.push(header(`${searchHeading(result)}${first ? '' : ` ${S.continued}`}`));
  }
  if (result.notices?.includes('truncated')) blocks.push(context(S.queryTruncated));
  if (result.notices?.includes('quotes_capped')) blocks.push(context(quotesCapped(result)));
  return blocks;
}

/**
 * The top-level text: what a notification shows, out of context. Says what kind of answer it is and, for a later
 * page, which part.
 */
function fallbackText(result: SearchResult, shown: string | null, first: boolean): string {
  // "… – visar förslag 16–30 av 80": the page, after what the message is.
  const showing = shown && shown.charAt(0).toLowerCase() + shown.slice(1);
  let head: string;
  if (result.kind === 'respondent') {
    head = `${respondentHeading(result, false)} – ${first ? formatTally(respondentCounts(result).tally) : (showing ?? '')}`;
  } else if (result.kind === 'search') {
    head = (matchedByTitle(result) ? S.quoteHitsWithTitles : S.quoteHits)(
      result.query,
      quoteCount(result),
      result.matches.length,
    );
    if (result.notices?.includes('quotes_capped')) head += `. ${quotesCapped(result)}`;
    if (showing) head += ` – ${showing}`;
  } else {
    const m = result.matches[0];
    // "Åstorps kommun om 7.2.2 …: avstyrker. Alla svar på förslaget: 2 avstyrker · 0 tillstyrker"
    const theirs = m.answers.length > 0 ? `${m.answers.map((a) => S.stanceLabel[a.stance]).join(', ')}.` : '';
    const label = m.answersOf
      ? `${SEARCH_SV.respondentOn(m.answersOf, proposalLabel(m))}: ${theirs || SEARCH_SV.noAnswersFrom(m.answersOf)}`
      : `${proposalLabel(m)}:`;
    head = `${label} ${matchTally(m)}${result.matches.length > 1 ? ` (+${result.matches.length - 1})` : ''}`;
    if (showing) head += ` – ${showing}`;
  }
  return safeMrkdwn(head.replace(/ – $/, ''), LIMITS.fallbackText);
}

function renderChoices(result: SearchResult, options: SearchRenderOptions): SlackMessage {
  // A remiss named alone, or a chapter: all its proposals, as the terminal asks.
  const question = result.kind === 'none' ? SEARCH_SV.pickRemissProposal(result.query) : S.pickOne(result.query);
  const heading = safeMrkdwn(question, LIMITS.sectionText);
  const before = result.notices?.includes('truncated') ? [S.queryTruncated] : [];
  const list = choiceList(result, result.choices, { heading, before, after: choicesLeftOut(result) }, options);
  const count = result.choicesTotal ?? result.choices.length;
  const where = list.showing && (options.offset ?? 0) > 0 ? list.showing : S.choiceCount(count);
  return { text: safeMrkdwn(`${question} (${where})`, LIMITS.fallbackText), blocks: list.blocks };
}

function renderNothing(result: SearchResult, options: SearchRenderOptions): SlackMessage {
  const text = safeMrkdwn(S.nothingFound(result.query), LIMITS.sectionText);
  const before: string[] = result.notices?.includes('truncated') ? [S.queryTruncated] : [];
  if (result.suggestions.length === 0) {
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }, ...before.map(context)] };
  }
  before.push(result.notices?.includes('unknown_remiss') ? SEARCH_SV.knownRemisser : S.didYouMean);
  const list = choiceList(result, result.suggestions, { heading: text, before, after: [] }, options);
  return { text, blocks: list.blocks };
}

/** "Visar x–y av n" + the actions row. */
const FOOTER_BLOCKS = 2;
const BUDGET = LIMITS.blocksPerMessage - FOOTER_BLOCKS;

/**
 * Renders one page of a search result. Never more than 50 blocks nor more text than a message may hold
 * (message-budget.ts): rows are added while they fit, and the rest is one "Visa fler" click away.
 */
export function renderSearchResult(result: SearchResult, options: SearchRenderOptions): SlackMessage {
  if (result.choices.length > 0) return renderChoices(result, options);
  const rows = rowsOf(result);
  if (rows.length === 0 && result.kind === 'proposal' && result.matches.length > 0) {
    return renderUnanswered(result, options);
  }
  if (rows.length === 0) return renderNothing(result, options);
  // A respondent's answers arrive one page at a time (the search read just that page): `offset` counts proposals.
  if (result.kind === 'respondent' && result.totals) return renderRespondentPage(result, rows, result.totals, options);

  const total = rows.length;
  const offset = Math.min(Math.max(0, options.offset ?? 0), total - 1);
  const blocks = pageHeading(result, offset === 0);
  if (offset === 0) blocks.push(...unansweredBlocks(result));
  const text = new TextBudget();
  text.spend(blocks);
  let lastMatch: Match | null = null;
  let lastStance: Stance | null = null;
  let shown = 0;
  for (let i = offset; i < total && shown < PAGE_SIZE; i++) {
    const row = rows[i];
    const pending: KnownBlock[] = [];
    const grouped = result.kind !== 'respondent';
    if (grouped && row.match !== lastMatch) pending.push(matchHeading(row.match), context(matchTally(row.match)));
    // One respondent's answer says its stance itself; a group heading would count it as the proposal's.
    const stanceGroup = grouped && !row.match.answersOf;
    if (stanceGroup && (row.match !== lastMatch || row.answer.stance !== lastStance)) {
      const count = row.match.tally[row.answer.stance];
      pending.push(context(`*${S.stanceGroup[row.answer.stance]}* (${count})`));
    }
    pending.push(...answerBlocks(result, row, i, options));
    // The first answer always: one is far within the text budget, and a page must move on.
    if (blocks.length + pending.length > BUDGET || (shown > 0 && !text.fits(pending))) break;
    text.spend(pending);
    blocks.push(...pending);
    lastMatch = row.match;
    lastStance = row.answer.stance;
    shown++;
  }
  const next = offset + shown;
  const showing = total > shown ? S.showing(offset + 1, next, total) : null;
  return {
    text: fallbackText(result, showing, offset === 0),
    blocks: [...blocks, ...footer(result, options, offset, next < total ? next : null, showing)],
  };
}

/**
 * One page of a respondent's answers, as the search returned it: whole proposals while they fit (a proposal is
 * never split across two pages, so "Visa fler", which counts proposals, shows each answer once). The page holds
 * PAGE_SIZE proposals, or RESPONDENT_PAGE when that ends the list.
 */
function renderRespondentPage(
  result: SearchResult,
  rows: readonly AnswerRow[],
  totals: ResultTotals,
  options: SearchRenderOptions,
): SlackMessage {
  const offset = Math.max(0, options.offset ?? 0);
  const blocks = pageHeading(result, offset === 0);
  const text = new TextBudget();
  text.spend(blocks);
  const limit = offset + RESPONDENT_PAGE === totals.matches ? RESPONDENT_PAGE : PAGE_SIZE;
  let shownMatches = 0;
  let i = 0;
  while (i < rows.length && shownMatches < limit) {
    const match = rows[i].match;
    const pending: KnownBlock[] = [];
    let j = i;
    for (; j < rows.length && rows[j].match === match; j++) {
      pending.push(...answerBlocks(result, rows[j], j, options, offset));
    }
    const room = BUDGET - blocks.length;
    if (pending.length > room || !text.fits(pending)) {
      if (shownMatches > 0) break;
      // One proposal alone over the budget (24+ documents of one respondent answering it): show what fits of it;
      // "Visa fler" goes on with the next proposal.
      for (let k = 0; k < room && (k === 0 || text.fits(pending[k])); k++) {
        text.spend(pending[k]);
        blocks.push(pending[k]);
      }
    } else {
      text.spend(pending);
      blocks.push(...pending);
    }
    shownMatches++;
    i = j;
  }
  const next = offset + shownMatches;
  const showing = totals.matches > shownMatches ? S.showingProposals(offset + 1, next, totals.matches) : null;
  return {
    text: fallbackText(result, showing, offset === 0),
    blocks: [...blocks, ...footer(result, options, offset, next < totals.matches ? next : null, showing)],
  };
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
