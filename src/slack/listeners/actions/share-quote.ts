import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeShareValue, type ShareValue } from '../../../core/render/blocks-actions.js';
import { renderNotice, renderSharedQuote } from '../../../core/render/blocks-messages.js';
import type { SlackMessage } from '../../../core/render/blocks-search.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import type { SlackDeps } from '../../deps.js';
import { describeError, logRequest } from '../../request-log.js';
import { actionContext, clickerOf } from './action-context.js';
import { postOrExplain, respondOrExplain, tellClicker } from './deliver.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * Re-runs the query (the page the button was on) and finds the quote by stance id: a replaced document's quote
 * is not shared by mistake.
 */
async function sharedQuote(deps: SlackDeps, value: ShareValue, user: string): Promise<SlackMessage | null> {
  const result = await deps.ask(value.q, value.o);
  for (const match of result.matches) {
    const answer = match.answers.find((a) => a.stanceId === value.s);
    if (answer) return renderSharedQuote(match, answer, user);
  }
  return null;
}

/**
 * "Dela i tråd" / "Dela i kanalen": posts that one quote, attributed (respondent, stance, proposal, file, page).
 * From a private answer the channel post goes through the response_url; from the bot's own message in a
 * channel it is a normal bot post. When that way is closed (response_url expired, bot removed from the channel),
 * the clicker is told privately what to do.
 */
export function shareQuoteCallback(deps: SlackDeps, target: 'thread' | 'channel') {
  return async (args: Args) => {
    const { ack, action, body, logger } = args;
    try {
      await ack();
      const started = deps.now().getTime();
      const value = decodeShareValue(action.value);
      const where = actionContext(body);
      const clicker = clickerOf(args, action);
      let message: SlackMessage | null = null;
      try {
        message = value ? await sharedQuote(deps, value, where.user) : null;
      } catch (error) {
        logger.error(`share failed action=${action.action_id}: ${describeError(error)}`);
        return void (await tellClicker(clicker, renderNotice(S.searchFailed)));
      }
      logRequest(logger, {
        surface: 'action',
        query: value?.q ?? '',
        latencyMs: deps.now().getTime() - started,
        hits: message ? 1 : 0,
      });
      if (!message || !value) return void (await tellClicker(clicker, renderNotice(S.quoteGone)));
      if (target === 'thread' && value.t && where.channel) {
        await postOrExplain(clicker, { channel: where.channel, thread_ts: value.t, ...message });
      } else if (!where.ephemeral && where.channel) {
        await postOrExplain(clicker, { channel: where.channel, ...message });
      } else {
        await respondOrExplain(clicker, { response_type: 'in_channel', replace_original: false, ...message }, value.q);
      }
    } catch (error) {
      logger.error(error);
    }
  };
}
