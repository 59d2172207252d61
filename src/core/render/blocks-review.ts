/**
 * Block Kit for `/remiss granska`: low-confidence answers (each with its quote and the "…" menu to correct it),
 * then remissvar whose respondent was not found, then remissvar where no stance was found. One page at a time,
 * within 50 blocks and the message budget (message-budget.ts): whole entries, then "Visar 21–40 av 110 att
 * granska" and "Visa fler", as search results page. What documents say (names, file names, quotes) is rich text,
 * shown as written. Pure.
 */
import type { KnownBlock, RichTextBlock, RichTextSection } from '@slack/types';
import type { ReviewAnswer, ReviewDocument, ReviewList } from '../review/review-list.js';
import { ACTION, encodeValue } from './blocks-actions.js';
import { button, sourceLine } from './blocks-answer.js';
import { answerMenu } from './blocks-correction.js';
import { emoji, line, quote, richText, run } from './blocks-rich-text.js';
import { formatTally, proposalLabel, type SlackMessage } from './blocks-search.js';
import { LIMITS, plainText } from './blocks-text.js';
import { TextBudget } from './message-budget.js';
import { REVIEW_SV as R } from './review-strings-sv.js';
import { SLACK_SV as S } from './strings-sv.js';

/**
 * Answers per page, two blocks each (the answer as rich text, so a quote is shown as written, and a row with its
 * "…" menu, since rich text takes no accessory): 20 × 2 + headings and the footer stay within 50.
 */
export const MAX_REVIEW_ANSWERS = 20;
const MAX_QUOTE = 1200;
/** Document lines per rich_text block: eight lines of at most ~320 characters stay under RICH_TEXT_MAX. */
const LINES_PER_BLOCK = 8;
const NAME_CHARS = 150;
const FILE_CHARS = 150;
/** "Visar x–y av n att granska" and the row with "Visa fler". */
const FOOTER_BLOCKS = 2;
const BOLD = { bold: true } as const;
const ITALIC = { italic: true } as const;

export interface ReviewRenderOptions {
  remiss: string | null;
  titleOf?: (remiss: string, proposal: string) => string | undefined;
  /** Where the page starts ("Visa fler"): the first entry to show, counted over the three lists in order. */
  offset?: number;
  /** The thread the list was asked for in: "Visa fler" goes on there. */
  threadTs?: string;
}

type Entry =
  | { kind: 'uncertain'; answer: ReviewAnswer }
  | { kind: 'unattributed'; document: ReviewDocument }
  | { kind: 'noStance'; document: ReviewDocument };

function entriesOf(list: ReviewList): Entry[] {
  return [
    ...list.uncertain.map((answer) => ({ kind: 'uncertain' as const, answer })),
    ...list.unattributed.map((document) => ({ kind: 'unattributed' as const, document })),
    ...list.noStance.map((document) => ({ kind: 'noStance' as const, document })),
  ];
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** A list's heading, "(forts.)" when it began on an earlier page, and for unattributed remissvar what to do. */
function heading(kind: Entry['kind'], list: ReviewList, continued: boolean): KnownBlock[] {
  const words =
    kind === 'uncertain'
      ? R.reviewLowHeading(list.uncertain.length)
      : kind === 'unattributed'
        ? R.reviewUnattributedHeading(list.unattributed.length)
        : R.reviewNoStanceHeading(list.noStance.length);
  const blocks = [section(continued ? `${words} ${R.reviewContinued}` : words)];
  if (kind === 'unattributed') blocks.push(context(R.reviewUnattributedHint));
  return blocks;
}

function answerBlocks(a: ReviewAnswer, index: number, options: ReviewRenderOptions): KnownBlock[] {
  const label = proposalLabel({
    proposal: a.proposal,
    title: (a.proposal ? options.titleOf?.(a.remiss, a.proposal) : undefined) ?? a.title,
  });
  const head = line(
    emoji(S.stanceEmoji[a.stance]),
    run(' ', 1),
    run(a.respondent, 200, BOLD),
    run(` — ${S.stanceLabel[a.stance]} · `, 60),
    run(label, 300),
  );
  return [
    richText(head, quote(a.quote, MAX_QUOTE), sourceLine(a)),
    { type: 'actions', elements: [answerMenu(a, index)] },
  ];
}

/**
 * "• Yttrande_2024-05-12.pdf · SOU 2024:72 · 1 avstyrker · 1 tillstyrker" for an unattributed remissvar;
 * "• Kommun 27 (protokollsutdrag.pdf)" for one without stances ("Okänd remissinstans (…)" without a respondent).
 */
function documentLine(entry: Entry & { document: ReviewDocument }): RichTextSection {
  const d = entry.document;
  if (entry.kind === 'unattributed') {
    const facts = ` · ${d.remiss?.id ?? S.unknownRemiss} · ${formatTally(d.tally)}`;
    return line(run('• ', 2), run(d.file, FILE_CHARS, ITALIC), run(facts, 250));
  }
  return line(
    run(`• ${d.respondent === null ? S.unknownRespondentName : ''}`, 40),
    d.respondent === null ? null : run(d.respondent, NAME_CHARS),
    run(' (', 2),
    run(d.file, FILE_CHARS, ITALIC),
    run(')', 1),
  );
}

/** What "Visa fler" asks again: the list of the same remiss, or of all. */
function reviewQuery(remiss: string | null): string {
  return remiss ? `granska ${remiss}` : 'granska';
}

export function renderReviewList(list: ReviewList, options: ReviewRenderOptions): SlackMessage {
  const title = plainText(R.reviewTitle(options.remiss), LIMITS.headerText);
  const all = entriesOf(list);
  if (all.length === 0) {
    return {
      text: `${title}: ${R.reviewNothing}`,
      blocks: [{ type: 'header', text: { type: 'plain_text', text: title, emoji: false } }, section(R.reviewNothing)],
    };
  }
  const offset = Math.min(Math.max(0, options.offset ?? 0), all.length - 1);
  const pageTitle = offset > 0 ? plainText(`${title} ${R.reviewContinued}`, LIMITS.headerText) : title;
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: pageTitle, emoji: false } }];
  if (offset === 0) blocks.push(context(R.reviewIntro));
  const text = new TextBudget();
  text.spend(blocks);
  const firstOf = (kind: Entry['kind']) => all.findIndex((e) => e.kind === kind);
  let kind: Entry['kind'] | null = null;
  let group: RichTextBlock | null = null;
  let answers = 0;
  let next = offset;
  for (; next < all.length; next++) {
    const entry = all[next];
    const head = entry.kind === kind ? [] : heading(entry.kind, list, next > firstOf(entry.kind));
    const shown = next > offset;
    if (entry.kind === 'uncertain') {
      if (answers === MAX_REVIEW_ANSWERS) break;
      const add = [...head, ...answerBlocks(entry.answer, next, options)];
      if (blocks.length + add.length + FOOTER_BLOCKS > LIMITS.blocksPerMessage) break;
      if (shown && !text.fits(add)) break;
      text.spend(add);
      blocks.push(...add);
      answers++;
    } else {
      const docLine = documentLine(entry);
      const opens = head.length > 0 || group === null || group.elements.length === LINES_PER_BLOCK;
      const added = head.length + (opens ? 1 : 0);
      if (blocks.length + added + FOOTER_BLOCKS > LIMITS.blocksPerMessage) break;
      if (shown && !text.fits([...head, docLine])) break;
      text.spend([...head, docLine]);
      blocks.push(...head);
      if (opens) {
        group = { type: 'rich_text', elements: [] };
        blocks.push(group);
      }
      group?.elements.push(docLine);
    }
    kind = entry.kind;
  }
  if (offset > 0 || next < all.length) blocks.push(context(R.reviewShowing(offset + 1, next, all.length)));
  if (next < all.length) {
    const value = encodeValue({ q: reviewQuery(options.remiss), o: next, t: options.threadTs });
    blocks.push({ type: 'actions', elements: [button(S.showMore, ACTION.showMore, value)] });
  }
  const summary = R.reviewSummary(title, list.uncertain.length, list.noStance.length, list.unattributed.length);
  return { text: plainText(summary, LIMITS.fallbackText), blocks };
}
