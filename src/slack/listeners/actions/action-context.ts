import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  Logger,
  RespondFn,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { decodeQueryValue, type QueryValue } from '../../../core/render/blocks-actions.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** Where a clicked button lives: the channel, and whether its message was only visible to the clicker. */
export interface ActionContext {
  channel: string | undefined;
  ephemeral: boolean;
  user: string;
}

export function actionContext(body: BlockAction<ButtonAction>): ActionContext {
  const container = body.container as { channel_id?: string; is_ephemeral?: boolean } | undefined;
  return {
    channel: body.channel?.id ?? container?.channel_id,
    ephemeral: container?.is_ephemeral === true,
    user: body.user.id,
  };
}

/** What a query button's own logic gets: the value we wrote into the button, where it was clicked, Bolt's tools. */
export interface QueryButtonClick {
  value: QueryValue;
  where: ActionContext;
  client: ButtonArgs['client'];
  respond: RespondFn;
  logger: Logger;
}

/**
 * The frame of a button that carries a query (pick list, "Visa fler", "Posta i kanalen"): ack first, decode the
 * value (a forged or truncated one is answered "Det gick inte…" privately), and never throw out of the listener
 * (errors go to Bolt's logger). `handle` is the button's own logic.
 */
export function queryButtonListener(handle: (click: QueryButtonClick) => Promise<void>) {
  return async ({ ack, action, body, client, respond, logger }: ButtonArgs) => {
    try {
      await ack();
      const value = decodeQueryValue(action.value);
      if (!value) {
        return void (await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...renderNotice(S.actionFailed),
        }));
      }
      await handle({ value, where: actionContext(body), client, respond, logger });
    } catch (error) {
      logger.error(error);
    }
  };
}

/**
 * Answers a clicked query where the conversation is: in the bot's thread when the button sits on a public
 * message in one (the value names the thread), otherwise privately to the clicker, replacing the message with
 * the button or not.
 */
export async function answerWhereClicked(
  deps: SlackDeps,
  click: QueryButtonClick,
  request: { query: string; offset?: number },
  options: { replaceOriginal: boolean },
): Promise<void> {
  const { value, where } = click;
  if (value.t && !where.ephemeral && where.channel) {
    const message = await answerQuery(deps, click.logger, {
      surface: 'action',
      ...request,
      audience: 'thread',
      threadTs: value.t,
    });
    await click.client.chat.postMessage({ channel: where.channel, thread_ts: value.t, ...message });
    return;
  }
  const message = await answerQuery(deps, click.logger, { surface: 'action', ...request, audience: 'private' });
  await click.respond({ response_type: 'ephemeral', replace_original: options.replaceOriginal, ...message });
}
