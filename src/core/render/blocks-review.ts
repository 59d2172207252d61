/**
 * Block Kit for `/remiss granska`: low-confidence answers (each with its quote and the "…" menu to correct it),
 * then responses where no stance was found. Pure; stays within 50 blocks.
 */
import type { KnownBlock } from '@slack/types';
import type { ReviewList } from '../review/review-list.js';
import { answerMarkers, answerMenu } from './blocks-correction.js';
import { proposalLabel, type SlackMessage, sourceLabel } from './blocks-search.js';
import { asBlockQuote, LIMITS, plainText, safeMrkdwn } from './blocks-text.js';
import { REVIEW_SV as R } from './review-strings-sv.js';
import { SLACK_SV as S } from './strings-sv.js';

/** Answers shown (one block each, the menu as accessory); the rest is counted. */
export const MAX_REVIEW_ANSWERS = 30;
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
    return { text: title, blocks };
  }
  blocks.push(context(R.reviewIntro));
  if (list.uncertain.length > 0) {
    blocks.push(section(R.reviewLowHeading(list.uncertain.length)));
    list.uncertain.slice(0, MAX_REVIEW_ANSWERS).forEach((a, i) => {
      const label = proposalLabel({
        proposal: a.proposal,
        title: (a.proposal ? options.titleOf?.(a.remiss, a.proposal) : undefined) ?? a.title,
      });
      const head = `${S.stanceEmoji[a.stance]} *${safeMrkdwn(a.respondent, 200)}* — ${S.stanceLabel[a.stance]} · ${safeMrkdwn(label, 300)}`;
      const quote = asBlockQuote(safeMrkdwn(a.quote, MAX_QUOTE));
      const source = `_${safeMrkdwn(sourceLabel(a), 200)}${answerMarkers(a)}_`;
      blocks.push({ ...section(`${head}\n${quote}\n${source}`), accessory: answerMenu(a, i) } as KnownBlock);
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
  return { text: title, blocks };
}
