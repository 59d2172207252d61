/**
 * One answer of a search result in Block Kit, and the labels every Slack view shares: a rich_text block (who, the
 * stance, the quote as written, where it is) and, unless the message is public, a row with the share buttons and
 * the "…" menu. Document text only ever reaches Slack as rich text or plain text, never as mrkdwn. Pure.
 */
import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { STANCE_ORDER } from '../search/group-answers.js';
import type { Answer, Match, Tally } from '../search/types.js';
import { WHOLE_REMISS } from '../types.js';
import { ACTION, encodeValue } from './blocks-actions.js';
import { answerMenu } from './blocks-correction.js';
import { emoji, line, quote, RICH_TEXT_MAX, richText, run, userOrText } from './blocks-rich-text.js';
import { LIMITS, plainText, truncate } from './blocks-text.js';
import { REVIEW_SV as R } from './review-strings-sv.js';
import { shortDay } from './short-day.js';
import { SLACK_SV as S, SEARCH_SV } from './strings-sv.js';

/** "2 avstyrker · 1 tillstyrker delvis · 0 tillstyrker", in STANCE_ORDER: both main sides always, the others when present. */
export function formatTally(tally: Tally): string {
  return STANCE_ORDER.filter((stance) => stance === 'against' || stance === 'for' || tally[stance] > 0)
    .map((stance) => `${tally[stance]} ${S.stanceLabel[stance]}`)
    .join(' · ');
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

export interface AnswerRow {
  match: Match;
  answer: Answer;
}

/** How an answer is introduced: by its respondent (a proposal's answers) or by its proposal (a respondent's). */
export interface AnswerView {
  by: 'respondent' | 'proposal';
  /** With `by: 'proposal'`: name the remiss too (the respondent answered more than one). */
  withRemiss?: boolean;
  timeZone?: string;
}

/** Sizes within one rich_text block: head, quote and source line together stay inside RICH_TEXT_MAX. */
const MAX_NAME = 200;
const MAX_LABEL = 300;
const MAX_REMISS = 100;
const MAX_SOURCE = 200;
/** The longest head ("label — stance · remiss") and source line ("file, s. 2 · rättad av … 23 nov"). */
const MAX_HEAD = MAX_LABEL + MAX_REMISS + 50;
const MAX_SOURCE_LINE = MAX_SOURCE + 160;
const MAX_QUOTE = RICH_TEXT_MAX - MAX_HEAD - MAX_SOURCE_LINE;

const ITALIC = { italic: true } as const;
const BOLD = { bold: true } as const;

/**
 * "002.txt, s. 2 · rättad av @Anna 23 nov" or "… · osäker tolkning", in italics; the analyst as a mention. In a
 * quote search, an answer found through its proposal's title says so ("… · träff genom förslagets rubrik").
 */
export function sourceLine(answer: Answer, timeZone?: string) {
  const found = answer.matchedBy === 'title' ? ` · ${SEARCH_SV.matchedByTitle}` : '';
  const where = run(`${truncate(sourceLabel(answer), MAX_SOURCE)}${found}`, MAX_SOURCE + found.length, ITALIC);
  if (answer.corrected) return line(where, ...correctionMark(answer.corrected, timeZone, ITALIC));
  return line(where, answer.confidence === 'low' ? run(` · ${R.lowConfidence}`, 60, ITALIC) : null);
}

/** " · rättad av @Anna 23 nov" (at most about 130 characters), the analyst as a mention element. */
export function correctionMark(corrected: NonNullable<Answer['corrected']>, timeZone?: string, style?: typeof ITALIC) {
  // REVIEW_SV words the marker around the user: split it there, so the user becomes a mention element.
  const [before, after] = R.correctedBy('\u0000', shortDay(corrected.at, timeZone)).split('\u0000');
  return [run(` · ${before}`, 60, style), userOrText(corrected.by, style), run(after, 60, style)];
}

/** The answer as rich text: head line, the quote as written, the source line. */
export function answerRichText(row: AnswerRow, view: AnswerView): KnownBlock {
  const { answer, match } = row;
  const stance = S.stanceLabel[answer.stance];
  const head =
    view.by === 'proposal'
      ? line(
          run(proposalLabel(match), MAX_LABEL, BOLD),
          run(' — ', 3),
          emoji(S.stanceEmoji[answer.stance]),
          run(` ${stance}`, 40),
          view.withRemiss ? run(`  ·  ${match.remiss}`, MAX_REMISS) : null,
        )
      : line(
          emoji(S.stanceEmoji[answer.stance]),
          run(' ', 1),
          run(answer.respondent, MAX_NAME, BOLD),
          run(` — ${stance}`, 40),
        );
  return richText(head, quote(answer.quote || '…', MAX_QUOTE), sourceLine(answer, view.timeZone));
}

export function button(label: string, actionId: string, value: string, style?: 'primary'): Button {
  const b: Button = {
    type: 'button',
    text: { type: 'plain_text', text: plainText(label, LIMITS.buttonText) },
    action_id: actionId,
    value,
  };
  if (style) b.style = style;
  return b;
}

export interface AnswerActions {
  /** The query that finds this answer again, and where its page starts (a respondent's page). */
  query: string;
  page?: number;
  /** The thread the conversation is in: "Dela i tråd" too. */
  threadTs?: string;
}

/**
 * The row under an answer: "Dela i tråd" (in a thread), "Dela i kanalen", and the "…" menu ("Rätta", "Varför
 * denna tolkning?"). `index` keeps action ids unique within the message.
 */
export function answerActions(row: AnswerRow, index: number, where: AnswerActions): ActionsBlock {
  const base = { q: where.query, s: row.answer.stanceId, ...(where.page ? { o: where.page } : {}) };
  const elements: ActionsBlock['elements'] = [];
  if (where.threadTs) {
    const value = encodeValue({ ...base, t: where.threadTs });
    elements.push(button(S.shareInThread, `${ACTION.shareThread}_${index}`, value));
  }
  elements.push(button(S.shareInChannel, `${ACTION.shareChannel}_${index}`, encodeValue(base)));
  elements.push(answerMenu(row.answer, index));
  return { type: 'actions', elements };
}

/**
 * A proposal's heading in a result: the label in bold, as written, and its remiss; "Åstorps kommun om 7.2.2 …"
 * when the match holds one respondent's answers only.
 */
export function matchHeading(match: Match): KnownBlock {
  const label = match.answersOf ? SEARCH_SV.respondentOn(match.answersOf, proposalLabel(match)) : proposalLabel(match);
  return richText(line(run(label, 800, BOLD), run(`  ·  ${match.remiss}`, 100)));
}
