import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeShareValue, type ShareValue } from '../../../core/render/blocks-actions.js';
import { renderNotice, renderSharedQuote } from '../../../core/render/blocks-messages.js';
import type { SlackMessage } from '../../../core/render/blocks-search.js';
import { INTERACTION_SV as I } from '../../../core/render/interaction-strings-sv.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import type { SlackDeps } from '../../deps.js';
import { describeError, logRequest } from '../../request-log.js';
import { type ActionContext, actionContext, clickerOf } from './action-context.js';
import { type Clicker, postOrExplain, respondOrExplain, tellClicker } from './deliver.js';
import { clickClaims, clickTarget, oncePerClick } from './once-per-click.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * Re-runs the query (the page the button was on) and finds the quote by stance id: a replaced document's quote
 * is not shared by mistake.
 */
async function sharedQuote(deps: SlackDeps, value: ShareValue, user: string): Promise<SlackMessage | null> {
  const result = await deps.ask(value.q, value.o);
  for (const match of result.matches) {
    const answer = match.answers.find((a) => a.stanceId === value.s);
    if (answer) return renderSharedQuote(match, answer, user, deps.timeZone);
  }
  return null;
}

/**
 * "Dela i tråd" / "Dela i kanalen": posts that one quote, attributed (respondent, stance, proposal, file, page).
 * From a private answer the channel post goes through the response_url; from the bot's own message in a
 * channel it is a normal bot post. When that way is closed (response_url expired, bot removed from the channel),
 * the clicker is told privately what to do. Shared from a private answer, the clicker is told it was; a quote is
 * shared once per button and message, however often it is clicked and whichever instance each click reaches
 * (once-per-click.ts).
 */
export function shareQuoteCallback(deps: SlackDeps, target: 'thread' | 'channel') {
  const shared = clickClaims(deps);
  return async (args: Args) => {
    const { ack, action, body, logger } = args;
    try {
      await ack();
      const started = deps.now().getTime();
      const clicker = clickerOf(args, action);
      const where = actionContext(body);
      const value = decodeShareValue(action.value);
      const outcome = await oncePerClick(shared, clickTarget(body, action), logger, () =>
        share(deps, { value, where, clicker, target, started }),
      );
      if (outcome === 'held') return void (await tellClicker(clicker, renderNotice(I.alreadyShared)));
      if (outcome === 'done' && where.ephemeral) {
        await tellClicker(clicker, renderNotice(target === 'thread' ? I.sharedInThread : I.sharedInChannel));
      }
    } catch (error) {
      logger.error(error);
    }
  };
}

interface ShareClick {
  value: ShareValue | null;
  where: ActionContext;
  clicker: Clicker;
  target: 'thread' | 'channel';
  started: number;
}

/** Finds the quote and posts it where the button says; true when it was posted. */
async function share(deps: SlackDeps, { value, where, clicker, target, started }: ShareClick): Promise<boolean> {
  const { logger } = clicker;
  let message: SlackMessage | null = null;
  try {
    message = value ? await sharedQuote(deps, value, where.user) : null;
  } catch (error) {
    logger.error(`share failed action=${clicker.action}: ${describeError(error)}`);
    await tellClicker(clicker, renderNotice(S.searchFailed));
    return false;
  }
  logRequest(logger, {
    surface: 'action',
    query: value?.q ?? '',
    latencyMs: deps.now().getTime() - started,
    hits: message ? 1 : 0,
  });
  if (!message || !value) {
    await tellClicker(clicker, renderNotice(S.quoteGone));
    return false;
  }
  if (target === 'thread' && value.t && where.channel) {
    return postOrExplain(clicker, { channel: where.channel, thread_ts: value.t, ...message });
  }
  if (!where.ephemeral && where.channel) return postOrExplain(clicker, { channel: where.channel, ...message });
  return respondOrExplain(clicker, { response_type: 'in_channel', replace_original: false, ...message }, value.q);
}
