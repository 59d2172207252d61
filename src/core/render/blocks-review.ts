/**
 * Block Kit for `/remiss granska`: low-confidence answers (each with its quote and the "…" menu to correct it),
 * then responses where no stance was found. Pure; stays within 50 blocks.
 */
import type { KnownBlock } from '@slack/types';
import type { ReviewList } from '../review/review-list.js';
import { sourceLine } from './blocks-answer.js';
import { answerMenu } from './blocks-correction.js';
import { emoji, line, quote, richText, run } from './blocks-rich-text.js';
import { proposalLabel, type SlackMessage } from './blocks-search.js';
import { LIMITS, plainText, safeMrkdwn } from './blocks-text.js';
import { REVIEW_SV as R } from './review-strings-sv.js';
import { SLACK_SV as S } from './strings-sv.js';

/**
 * Answers shown, two blocks each (the answer as rich text, so a quote is shown as written, and a row with its
 * "…" menu, since rich text takes no accessory); the rest is counted. 20 × 2 + 8 others stays within 50.
 */
export const MAX_REVIEW_ANSWERS = 20;
const MAX_QUOTE = 1200;
const MAX_NO_STANCE_LINES = 40;

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

export function renderReviewList(
  list: ReviewList,
  options: { remiss: string | null; titleOf?: (remiss: string, proposal: string) => string | undefined },
): SlackMessage {
  const title = plainText(R.reviewTitle(options.remiss), LIMITS.headerText);
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: title } }];
  if (list.uncertain.length === 0 && list.noStance.length === 0) {
    blocks.push(section(R.reviewNothing));
    return { text: `${title}: ${R.reviewNothing}`, blocks };
  }
  blocks.push(context(R.reviewIntro));
  if (list.uncertain.length > 0) {
    blocks.push(section(R.reviewLowHeading(list.uncertain.length)));
    list.uncertain.slice(0, MAX_REVIEW_ANSWERS).forEach((a, i) => {
      const label = proposalLabel({
        proposal: a.proposal,
        title: (a.proposal ? options.titleOf?.(a.remiss, a.proposal) : undefined) ?? a.title,
      });
      const head = line(
        emoji(S.stanceEmoji[a.stance]),
        run(' ', 1),
        run(a.respondent, 200, { bold: true }),
        run(` — ${S.stanceLabel[a.stance]} · `, 60),
        run(label, 300),
      );
      blocks.push(richText(head, quote(a.quote, MAX_QUOTE), sourceLine(a)));
      blocks.push({ type: 'actions', elements: [answerMenu(a, i)] });
    });
    if (list.uncertain.length > MAX_REVIEW_ANSWERS) {
      blocks.push(context(R.reviewMore(list.uncertain.length - MAX_REVIEW_ANSWERS)));
    }
  }
  if (list.noStance.length > 0) {
    const lines = list.noStance
      .slice(0, MAX_NO_STANCE_LINES)
      .map((d) => `• ${safeMrkdwn(d.respondent ?? S.unknownRespondent, 150)} (${safeMrkdwn(d.file, 150)})`);
    if (list.noStance.length > MAX_NO_STANCE_LINES)
      lines.push(R.reviewMore(list.noStance.length - MAX_NO_STANCE_LINES));
    blocks.push(section(R.reviewNoStanceHeading(list.noStance.length)));
    blocks.push(section(lines.join('\n').slice(0, LIMITS.sectionText)));
  }
  return {
    text: plainText(R.reviewSummary(title, list.uncertain.length, list.noStance.length), LIMITS.fallbackText),
    blocks,
  };
}
