/**
 * Getting a button's answer to the clicker when the obvious way fails: the answer's response_url has expired
 * (Slack keeps it 30 minutes, and users scroll back), or the bot was removed from the channel of its thread.
 * The clicker is then told privately what happened and what to do; the log names the action, never the URL.
 * When no message can reach them either (an old answer of `/remiss` in a channel the bot was never invited to:
 * no response_url, no chat.postEphemeral), a small modal does, opened with the click's trigger_id (valid 3 s).
 */
import type { Logger, RespondArguments, RespondFn } from '@slack/bolt';
import type { ChatPostMessageArguments, WebClient } from '@slack/web-api';
import { renderNoticeModal } from '../../../core/render/blocks-interaction.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import type { SlackMessage } from '../../../core/render/blocks-search.js';
import { INTERACTION_SV as I } from '../../../core/render/interaction-strings-sv.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { describeError } from '../../request-log.js';
import { slackFailure } from '../../slack-failure.js';

/** Who clicked what, where, and Bolt's tools to answer them. */
export interface Clicker {
  /** The clicked action_id ("remiss_show_more"), for the log. */
  action: string;
  channel: string | undefined;
  user: string;
  client: WebClient;
  respond: RespondFn;
  logger: Logger;
  /** The click's trigger_id: opens a modal, the last way to tell the clicker anything. */
  triggerId?: string;
}

/** chat.postEphemeral to the clicker in the click's channel; logs and returns false when that fails too. */
async function postEphemeral(c: Clicker, message: SlackMessage, cause: unknown): Promise<boolean> {
  const failed = (why: string) => {
    c.logger.error(`action=${c.action} could not reach user=${c.user}: ${describeError(cause)}; ${why}`);
    return false;
  };
  if (!c.channel) return openNotice(c, message, failed, 'no channel for chat.postEphemeral');
  try {
    await c.client.chat.postEphemeral({ channel: c.channel, user: c.user, ...message });
    return true;
  } catch (error) {
    return openNotice(c, message, failed, `chat.postEphemeral ${describeError(error)}`);
  }
}

/** The message as a modal, when nothing else reached the clicker; logs (`failed`) when that fails too. */
async function openNotice(
  c: Clicker,
  message: SlackMessage,
  failed: (why: string) => boolean,
  why: string,
): Promise<boolean> {
  if (!c.triggerId) return failed(`${why}; no trigger_id for a modal`);
  try {
    await c.client.views.open({ trigger_id: c.triggerId, view: renderNoticeModal(message) });
    c.logger.warn(`action=${c.action} user=${c.user} told in a modal: ${why}`);
    return true;
  } catch (error) {
    return failed(`${why}; views.open ${describeError(error)}`);
  }
}

/** Privately to the clicker: through the response_url, else chat.postEphemeral (channel and user from the click). */
export async function tellClicker(c: Clicker, message: SlackMessage): Promise<void> {
  try {
    await c.respond({ response_type: 'ephemeral', replace_original: false, ...message });
  } catch (error) {
    c.logger.warn(`action=${c.action} response_url failed: ${describeError(error)}; trying chat.postEphemeral`);
    await postEphemeral(c, message, error);
  }
}

/**
 * Through the response_url (privately, or for everyone). When it is spent, the clicker is told privately that the
 * answer is too old and which command gives a fresh one (`query`). True when it went through.
 */
export async function respondOrExplain(c: Clicker, message: RespondArguments, query: string): Promise<boolean> {
  try {
    await c.respond(message);
    return true;
  } catch (error) {
    c.logger.warn(`action=${c.action} response_url failed: ${describeError(error)}`);
    if (slackFailure(error) === 'expired') await postEphemeral(c, renderNotice(I.answerTooOld(query)), error);
    else await tellClicker(c, renderNotice(S.actionFailed));
    return false;
  }
}

/**
 * As the bot, in the channel or one of its threads. When the bot may not post there, the clicker is told why.
 * True when posted.
 */
export async function postOrExplain(c: Clicker, message: ChatPostMessageArguments): Promise<boolean> {
  try {
    await c.client.chat.postMessage(message);
    return true;
  } catch (error) {
    c.logger.warn(`action=${c.action} chat.postMessage failed channel=${message.channel}: ${describeError(error)}`);
    const notice = slackFailure(error) === 'not_in_channel' ? I.notInChannel : S.actionFailed;
    await tellClicker(c, renderNotice(notice));
    return false;
  }
}
