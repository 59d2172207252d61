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
import { type Clicker, postOrExplain, respondOrExplain, tellClicker } from './deliver.js';
import { clickTarget } from './once-per-click.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** Where a clicked button lives: the channel, and whether its message was only visible to the clicker. */
export interface ActionContext {
  channel: string | undefined;
  ephemeral: boolean;
  user: string;
}

export function actionContext(body: BlockAction): ActionContext {
  const container = body.container as { channel_id?: string; is_ephemeral?: boolean } | undefined;
  return {
    channel: body.channel?.id ?? container?.channel_id,
    ephemeral: container?.is_ephemeral === true,
    user: body.user.id,
  };
}

/** The clicker of `action` in `body`, with Bolt's tools to answer them (see deliver.ts). */
export function clickerOf(
  args: { body: BlockAction; client: AllMiddlewareArgs['client']; respond: RespondFn; logger: Logger },
  action: { action_id: string },
): Clicker {
  const where = actionContext(args.body);
  return {
    action: action.action_id,
    channel: where.channel,
    user: where.user,
    client: args.client,
    respond: args.respond,
    logger: args.logger,
    ...(args.body.trigger_id ? { triggerId: args.body.trigger_id } : {}),
  };
}

/** What a query button's own logic gets: the value we wrote into the button, where it was clicked, the clicker. */
export interface QueryButtonClick extends Clicker {
  value: QueryValue;
  where: ActionContext;
  /** The button on its message (once-per-click.ts), null when the payload names no message. */
  target: string | null;
}

/**
 * The frame of a button that carries a query (pick list, "Visa fler", "Posta i kanalen"): ack first, decode the
 * value (a forged or truncated one is answered "Det gick inte…" privately), and never throw out of the listener
 * (errors go to Bolt's logger). `handle` is the button's own logic.
 */
export function queryButtonListener(handle: (click: QueryButtonClick) => Promise<void>) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, logger } = args;
    try {
      await ack();
      const clicker = clickerOf(args, action);
      const value = decodeQueryValue(action.value);
      if (!value) return void (await tellClicker(clicker, renderNotice(S.actionFailed)));
      await handle({ ...clicker, value, where: actionContext(body), target: clickTarget(body, action) });
    } catch (error) {
      logger.error(error);
    }
  };
}

/**
 * Answers a clicked query where the conversation is: in the bot's thread when the button sits on a public
 * message in one (the value names the thread), otherwise privately to the clicker, replacing the message with
 * the button or not. When that way is closed (response_url expired, bot removed), the clicker is told privately.
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
    await postOrExplain(click, { channel: where.channel, thread_ts: value.t, ...message });
    return;
  }
  const message = await answerQuery(deps, click.logger, { surface: 'action', ...request, audience: 'private' });
  await respondOrExplain(
    click,
    { response_type: 'ephemeral', replace_original: options.replaceOriginal, ...message },
    request.query,
  );
}
