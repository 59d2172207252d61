/**
 * "Varför denna tolkning?": the parser's confidence and reason, in Swedish. On an answer an analyst corrected,
 * first the correction (who, when, to what, their comment), then what the parser had read: the reason explains the
 * parser's stance, not the one the answer now shows. Pure.
 */
import type { CorrectedStance } from '../review/correction.js';
import type { Stance } from '../types.js';
import { renderNotice } from './blocks-messages.js';
import { line, richText, run, userOrText } from './blocks-rich-text.js';
import type { SlackMessage } from './blocks-search.js';
import { escapeMrkdwn, LIMITS, safeMrkdwn } from './blocks-text.js';
import { REVIEW_SV as R } from './review-strings-sv.js';
import { shortDay } from './short-day.js';

export interface WhyView {
  /** As stored: high, medium, low. */
  confidence: string;
  /** The reason in Swedish (reason-sv.ts), or null when this version cannot put it so. */
  reason: string | null;
  /** The stance the parser read. */
  parsedStance: Stance;
  /** The current correction of the answer, if any: Slack user id, ISO time, comment, the stance chosen. */
  correction?: { by: string; at: string; comment: string | null; stance: CorrectedStance };
  timeZone?: string;
}

const MAX_COMMENT = 520;

export function renderWhy(view: WhyView): SlackMessage {
  const parsed = R.why(R.confidence[view.confidence] ?? view.confidence, view.reason ?? R.reasonUnknown);
  const { correction } = view;
  if (!correction) return renderNotice(parsed);
  const day = shortDay(correction.at, view.timeZone);
  const stance = R.stances[correction.stance];
  const before = `${R.whyParsed(R.stances[view.parsedStance])} ${parsed}`;
  // REVIEW_SV words the line around the user: split it there, so the analyst becomes a mention element.
  const [head, tail] = R.whyCorrected('\u0000', day, stance).split('\u0000');
  const comment = correction.comment ? R.whyComment(correction.comment) : '';
  const blocks = [
    richText(
      line(run(head, 60), userOrText(correction.by), run(tail, 100)),
      line(run(comment, MAX_COMMENT, { italic: true })),
      line(run(before, 1500)),
    ),
  ];
  const who = /^[UW][A-Z0-9]+$/.test(correction.by) ? `<@${correction.by}>` : escapeMrkdwn(correction.by);
  const rest = safeMrkdwn([comment, before].filter(Boolean).join(' '), LIMITS.fallbackText - 200);
  return { text: `${escapeMrkdwn(head)}${who}${escapeMrkdwn(tail)} ${rest}`, blocks };
}
