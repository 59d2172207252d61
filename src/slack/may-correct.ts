import type { WebClient } from '@slack/web-api';
import { REVIEW_SV as R } from '../core/render/review-strings-sv.js';
import type { Logger, SlackDeps } from './deps.js';
import { describeError } from './request-log.js';

export type Permission = { ok: true } | { ok: false; message: string };

/** Where the answer was shown: the conversation's id, and whether only its members can see it. */
export interface ShownIn {
  channel: string | undefined;
  /** A DM, group DM or private channel: a click there is itself proof that the user is a member. */
  membersOnly: boolean;
}

const PAGE = 1000;
/** A channel with more members than this is not paged through for one click. */
const MAX_PAGES = 20;

/**
 * Whether Slack shows this conversation to its members only, from a click's `channel` ({ id, name }, signed by
 * Slack): a DM ("D…", "directmessage"), a group DM ("mpdm-anna--berit-1") or a private channel ("privategroup").
 * Only a public channel can be read by someone who has not joined it.
 */
export function isMembersOnly(channel: { id?: string; name?: string } | undefined): boolean {
  const name = channel?.name ?? '';
  return (
    (channel?.id ?? '').startsWith('D') ||
    name === 'directmessage' ||
    name === 'privategroup' ||
    name.startsWith('mpdm-')
  );
}

/**
 * Who may correct: with REVIEWERS set, exactly those user ids; otherwise members of the conversation where the
 * answer was shown. In a DM, group DM or private channel the click proves membership: the bot could not list the
 * members of a DM it is not part of (no scope lets it), and /remiss works there without the bot. In a public
 * channel, where anyone can read along, conversations.members is asked (paged). When the members cannot be read,
 * nobody is let through: a correction changes what everyone sees.
 */
export async function mayCorrect(
  deps: Pick<SlackDeps, 'reviewers'>,
  client: WebClient,
  logger: Logger,
  user: string,
  shownIn: ShownIn,
): Promise<Permission> {
  if (deps.reviewers && deps.reviewers.length > 0) {
    return deps.reviewers.includes(user) ? { ok: true } : { ok: false, message: R.notReviewer };
  }
  const { channel } = shownIn;
  if (!channel) return { ok: false, message: R.membersUnknown };
  if (shownIn.membersOnly) return { ok: true };
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
