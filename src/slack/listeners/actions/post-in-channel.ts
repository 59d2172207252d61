import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeQueryValue } from '../../../core/render/blocks-actions.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * "Posta i kanalen": the same page, for everyone, through the response_url (works in channels the bot has
 * not joined, as the slash command does).
 */
export function postInChannelCallback(deps: SlackDeps) {
  return async ({ ack, action, respond, logger }: Args) => {
    try {
      await ack();
      const value = decodeQueryValue(action.value);
      if (!value)
        return void (await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...renderNotice(S.actionFailed),
        }));
      const message = await answerQuery(deps, logger, {
        surface: 'action',
        query: value.q,
        offset: value.o,
        audience: 'public',
      });
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
    } catch (error) {
      logger.error(error);
    }
  };
}
