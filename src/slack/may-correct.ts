import type { WebClient } from '@slack/web-api';
import { REVIEW_SV as R } from '../core/render/review-strings-sv.js';
import type { Logger, SlackDeps } from './deps.js';
import { describeError } from './request-log.js';

export type Permission = { ok: true } | { ok: false; message: string };

const PAGE = 1000;
/** A channel with more members than this is not paged through for one click. */
const MAX_PAGES = 20;

/**
 * Who may correct: with REVIEWERS set, exactly those user ids; otherwise members of the channel where the answer
 * was shown (conversations.members, paged). When the members cannot be read (no channel, a private channel the bot
 * is not in), nobody is let through: a correction changes what everyone sees.
 */
export async function mayCorrect(
  deps: Pick<SlackDeps, 'reviewers'>,
  client: WebClient,
  logger: Logger,
  user: string,
  channel: string | undefined,
): Promise<Permission> {
  if (deps.reviewers && deps.reviewers.length > 0) {
    return deps.reviewers.includes(user) ? { ok: true } : { ok: false, message: R.notReviewer };
  }
  if (!channel) return { ok: false, message: R.membersUnknown };
  try {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await client.conversations.members({ channel, limit: PAGE, cursor });
      if (result.members?.includes(user)) return { ok: true };
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return { ok: false, message: R.notAllowed };
  } catch (error) {
    logger.warn(`conversations.members failed channel=${channel}: ${describeError(error)}`);
    return { ok: false, message: R.membersUnknown };
  }
}
