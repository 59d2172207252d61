import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';
import { queryButtonListener } from './action-context.js';

/**
 * "Posta i kanalen": the same page, for everyone, through the response_url (works in channels the bot has
 * not joined, as the slash command does).
 */
export function postInChannelCallback(deps: SlackDeps) {
  return queryButtonListener(async ({ value, respond, logger }) => {
    const message = await answerQuery(deps, logger, {
      surface: 'action',
      query: value.q,
      offset: value.o,
      audience: 'public',
    });
    await respond({ response_type: 'in_channel', replace_original: false, ...message });
  });
}
