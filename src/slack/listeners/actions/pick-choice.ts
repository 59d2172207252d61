import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeQueryValue } from '../../../core/render/blocks-actions.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';
import { actionContext } from './action-context.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** A pick-list button ("7.2.2 … (SOU 2024:72)"): answers the precise query in place of the list. */
export function pickChoiceCallback(deps: SlackDeps) {
  return async ({ ack, action, body, client, respond, logger }: Args) => {
    try {
      await ack();
      const value = decodeQueryValue(action.value);
      if (!value)
        return void (await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...renderNotice(S.actionFailed),
        }));
      const where = actionContext(body);
      if (value.t && !where.ephemeral && where.channel) {
        const message = await answerQuery(deps, logger, {
          surface: 'action',
          query: value.q,
          audience: 'thread',
          threadTs: value.t,
        });
        await client.chat.postMessage({ channel: where.channel, thread_ts: value.t, ...message });
        return;
      }
      const message = await answerQuery(deps, logger, { surface: 'action', query: value.q, audience: 'private' });
      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    } catch (error) {
      logger.error(error);
    }
  };
}
